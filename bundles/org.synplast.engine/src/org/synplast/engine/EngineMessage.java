package org.synplast.engine;

import java.util.Locale;

/**
 * Every error message of the engine, as a format pattern (Hipparchus' localized-formats style).
 * Arguments are substituted with {@link String#format(Locale, String, Object...)}.
 */
public enum EngineMessage {
    /** A morphology file could not be read. */
    IO_ERROR("cannot read %s: %s"),
    /** A line of a morphology file does not have the expected form. */
    MALFORMED_LINE("malformed line: %s"),
    /** An SWC sample refers to a parent that does not exist. */
    MISSING_PARENT("sample %d refers to missing parent %d"),
    /** An SWC sample id is used twice. */
    DUPLICATE_SAMPLE("sample id %d is defined twice"),
    /** Parent links form a cycle. */
    CYCLE("samples %s form a cycle (no path to a root)"),
    /** A diameter is zero or negative. */
    NON_POSITIVE_DIAMETER("diameter %s is not positive"),
    /** A type code is not one of soma (1), axon (2), basal (3), apical (4). */
    UNKNOWN_TYPE("unknown structure type %s (expected 1 soma, 2 axon, 3 basal, 4 apical)"),
    /** The file describes no soma. */
    NO_SOMA("no soma in the morphology"),
    /** The soma samples branch or are not contiguous. */
    BRANCHED_SOMA("the soma samples must form one unbranched chain, sample %d breaks it"),
    /** More than one root. */
    SEVERAL_ROOTS("more than one root sample (%d and %d)"),
    /** Parentheses do not balance in a Neurolucida file. */
    UNBALANCED_PARENTHESES("unbalanced parentheses: %s"),
    /** A Neurolucida block has an unknown or missing kind. */
    UNKNOWN_BLOCK("unknown Neurolucida block %s"),
    /** A section has too few points. */
    TOO_FEW_POINTS("section %d has %d distinct points, at least %d are needed"),
    /** A morphology or section value is out of range. */
    INVALID_ARGUMENT("%s must be %s but is %s"),
    /** A section refers to a parent at or after itself. */
    BAD_PARENT("section %d has parent %d; parents must come before their children"),
    /** A mechanism parameter is unknown. */
    UNKNOWN_PARAMETER("mechanism %s has no parameter %s (known: %s)"),
    /** A mechanism variable cannot be recorded. */
    UNKNOWN_VARIABLE("mechanism %s has no variable %s at compartment %d"),
    /** No mechanism of that name is inserted. */
    UNKNOWN_MECHANISM("no mechanism %s is inserted"),
    /** A compartment index is outside the cell. */
    BAD_COMPARTMENT("compartment %d is not in 0..%d"),
    /** The simulation was used before initialisation. */
    NOT_INITIALIZED("the simulation must be initialized first"),
    /** An event was scheduled in the past. */
    EVENT_IN_PAST("event at t = %s ms is before the current time %s ms");

    private final String pattern;

    EngineMessage(String pattern) {
        this.pattern = pattern;
    }

    /** @return the format pattern */
    public String pattern() {
        return pattern;
    }

    /**
     * @param args the arguments of the pattern
     * @return the formatted message
     */
    public String format(Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
