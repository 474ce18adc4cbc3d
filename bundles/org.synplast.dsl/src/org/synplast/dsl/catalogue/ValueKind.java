package org.synplast.dsl.catalogue;

/** What kind of value a catalogue slot takes. */
public enum ValueKind {
	/** A number, dimensionless or with a unit compatible with the slot's canonical unit. */
	QUANTITY,
	/** A whole number (synapse counts, pulses, pairs, seeds). */
	COUNT,
	/** The name of another element (morphology, membrane, cell, synapse model, connection, protocol, experiment). */
	REFERENCE,
	/** One of a fixed set of symbols (regions, read-out measures, blockers, tests). */
	SYMBOL,
	/** A string (file paths, citations). */
	STRING,
	/** true or false. */
	BOOLEAN,
	/** A range `a .. b` of quantities. */
	RANGE
}
