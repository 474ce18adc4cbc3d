package org.synplast.dsl.validation;

/** Issue codes of every SynPlast diagnostic (quick fixes and tests refer to them). */
public final class IssueCodes {

	private static final String PREFIX = "org.synplast.dsl.";

	/** A key that the catalogue does not know in this block. */
	public static final String UNKNOWN_KEY = PREFIX + "unknownKey";
	/** The same setting twice in one element. */
	public static final String DUPLICATE_KEY = PREFIX + "duplicateKey";
	/** A value of the wrong form (block vs value, symbol, string, reference, list, distribution). */
	public static final String WRONG_VALUE_KIND = PREFIX + "wrongValueKind";
	/** A unit that the unit parser does not know. */
	public static final String UNKNOWN_UNIT = PREFIX + "unknownUnit";
	/** A value whose unit has the wrong dimension for its slot. */
	public static final String UNIT_DIMENSION = PREFIX + "unitDimension";
	/** A dimensional slot given a bare number. */
	public static final String MISSING_UNIT = PREFIX + "missingUnit";
	/** Dimensionally inconsistent expression (exp of a length, mV + ms, ...). */
	public static final String EXPRESSION_DIMENSION = PREFIX + "expressionDimension";
	/** `d` or `Lmax` in a slot that does not depend on distance. */
	public static final String DISTANCE_NOT_ALLOWED = PREFIX + "distanceNotAllowed";
	/** A value outside its valid range. */
	public static final String VALUE_OUT_OF_RANGE = PREFIX + "valueOutOfRange";
	/** A count that is not a whole number. */
	public static final String NOT_A_COUNT = PREFIX + "notACount";
	/** A value outside its physiological range (warning). */
	public static final String NON_PHYSIOLOGICAL = PREFIX + "nonPhysiological";
	/** A number too large to represent. */
	public static final String NUMBER_NOT_FINITE = PREFIX + "numberNotFinite";
	/** A rise time constant not below its decay time constant. */
	public static final String RISE_NOT_BELOW_DECAY = PREFIX + "riseNotBelowDecay";
	/** A required setting is missing. */
	public static final String MISSING_SETTING = PREFIX + "missingSetting";
	/** A burst (plus Δt) does not fit in the sweep period. */
	public static final String BURST_EXCEEDS_SWEEP = PREFIX + "burstExceedsSweep";
	/** |Δt| is not smaller than the interval between spikes of a burst. */
	public static final String DT_EXCEEDS_INTERVAL = PREFIX + "dtExceedsInterval";
	/** The read-out averages more EPSPs than there are test pulses. */
	public static final String READOUT_EXCEEDS_PULSES = PREFIX + "readoutExceedsPulses";
	/** Test pulses given as both a count and a duration that disagree. */
	public static final String PULSES_DURATION_MISMATCH = PREFIX + "pulsesDurationMismatch";
	/** A placement rule that selects no dendrite of the postsynaptic morphology. */
	public static final String PLACEMENT_SELECTS_NOTHING = PREFIX + "placementSelectsNothing";
	/** A blocker that changes nothing in this experiment. */
	public static final String BLOCKER_WITHOUT_EFFECT = PREFIX + "blockerWithoutEffect";
	/** Files that import each other. */
	public static final String IMPORT_CYCLE = PREFIX + "importCycle";
	/** An imported file that does not exist or does not parse. */
	public static final String IMPORT_NOT_FOUND = PREFIX + "importNotFound";
	/** Two elements with the same qualified name. */
	public static final String DUPLICATE_ELEMENT = PREFIX + "duplicateElement";
	/** `extends` of an element of another kind. */
	public static final String EXTENDS_KIND = PREFIX + "extendsKind";
	/** Elements that extend each other. */
	public static final String EXTENDS_CYCLE = PREFIX + "extendsCycle";
	/** A morphology file that is not .swc or .asc. */
	public static final String MORPHOLOGY_FORMAT = PREFIX + "morphologyFormat";
	/** A morphology file that does not exist (warning: it may be supplied at run time). */
	public static final String MORPHOLOGY_FILE_MISSING = PREFIX + "morphologyFileMissing";
	/** A parametric morphology that cannot be built (missing reach or diameter, conflicting or inconsistent keys). */
	public static final String MORPHOLOGY_SHAPE = PREFIX + "morphologyShape";
	/** Distribution parameters that define no distribution. */
	public static final String DISTRIBUTION_PARAMETERS = PREFIX + "distributionParameters";
	/** A malformed correlation. */
	public static final String CORRELATION = PREFIX + "correlation";
	/** A sweep axis without points, with a bad step or too many points. */
	public static final String SWEEP_AXIS = PREFIX + "sweepAxis";

	private IssueCodes() {
	}
}
