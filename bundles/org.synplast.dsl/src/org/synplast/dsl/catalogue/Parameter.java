package org.synplast.dsl.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One catalogue entry: a setting that may appear in a block.
 *
 * @param key              the setting's name as written in a file
 * @param meaning          what the parameter means (shown on hover)
 * @param kind             the kind of value it takes
 * @param canonicalUnit    the unit values are converted to ("" for dimensionless; for references the
 *                         expected element kind: synapse, morphology, membrane, cell, connection,
 *                         protocol, experiment)
 * @param defaultText      the default as it would be written, or "" when the setting is required or
 *                         has no default
 * @param min              hard lower bound in the canonical unit (values below are an error)
 * @param minExclusive     whether {@code min} itself is excluded
 * @param max              hard upper bound in the canonical unit
 * @param physiologicalMin lower end of the physiological range (values below give a warning)
 * @param physiologicalMax upper end of the physiological range
 * @param symbols          the symbols accepted (SYMBOL slots, or QUANTITY slots that also accept a symbol),
 *                         or the strings accepted by a STRING slot (any string when empty)
 * @param flags            what else the slot accepts
 * @param source           the literature source of the default value and range
 */
public record Parameter(String key, String meaning, ValueKind kind, String canonicalUnit, String defaultText,
		double min, boolean minExclusive, double max, double physiologicalMin, double physiologicalMax,
		Set<String> symbols, Set<Flag> flags, String source) {

	/** Optional capabilities of a slot. */
	public enum Flag {
		/** May be a distribution over synapses: `mean ± sd`, `gamma(..)`, `uniform(a, b)`, ... */
		DISTRIBUTION,
		/** May depend on the path distance `d` from the soma (and `Lmax`). */
		SPATIAL,
		/** May be a list `[a, b, ...]` (of symbols, or of quantities such as a diameter profile). */
		LIST,
		/** Must be given (no default). */
		REQUIRED
	}

	/** Validates and copies the collections. */
	public Parameter {
		Objects.requireNonNull(key);
		Objects.requireNonNull(meaning);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(canonicalUnit);
		Objects.requireNonNull(defaultText);
		Objects.requireNonNull(source);
		symbols = Set.copyOf(symbols);
		flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
		if (min > max || physiologicalMin > physiologicalMax) {
			throw new IllegalArgumentException("empty range for " + key);
		}
	}

	/** Whether the slot has the given flag. */
	public boolean has(Flag flag) {
		return flags.contains(flag);
	}

	/** Whether the slot needs a unit (its canonical unit is not dimensionless). */
	public boolean isDimensional() {
		return (kind == ValueKind.QUANTITY || kind == ValueKind.RANGE) && !canonicalUnit.isEmpty();
	}

	/** The hard range as text, e.g. "(0, ∞) ms" or "[0, 1]". */
	public String rangeText() {
		String lo = min == Double.NEGATIVE_INFINITY ? "(-∞" : (minExclusive ? "(" : "[") + format(min);
		String hi = max == Double.POSITIVE_INFINITY ? "∞)" : format(max) + "]";
		return lo + ", " + hi + (canonicalUnit.isEmpty() || kind == ValueKind.REFERENCE ? "" : " " + canonicalUnit);
	}

	/** One-paragraph documentation for hovers and completion proposals (plain text). */
	public String documentation() {
		StringBuilder b = new StringBuilder();
		b.append(key).append(": ").append(meaning).append('\n');
		switch (kind) {
		case REFERENCE -> b.append("Value: the name of a ").append(canonicalUnit).append('\n');
		case SYMBOL -> b.append("Value: one of ").append(String.join(", ", sorted(symbols))).append('\n');
		case STRING -> b.append(symbols.isEmpty() ? "Value: a string\n"
				: "Value: one of " + sorted(symbols).stream().map(x -> "\"" + x + "\"").collect(
						java.util.stream.Collectors.joining(", ")) + "\n");
		case BOOLEAN -> b.append("Value: true or false\n");
		default -> {
			b.append("Unit: ").append(canonicalUnit.isEmpty() ? "dimensionless" : canonicalUnit)
					.append("; valid range ").append(rangeText()).append('\n');
			if (!symbols.isEmpty()) {
				b.append("Or: ").append(String.join(", ", sorted(symbols))).append('\n');
			}
		}
		}
		if (!defaultText.isEmpty()) {
			b.append("Default: ").append(defaultText).append('\n');
		} else if (has(Flag.REQUIRED)) {
			b.append("Required\n");
		}
		if (has(Flag.DISTRIBUTION)) {
			b.append("May vary per synapse: mean ± sd or a distribution\n");
		}
		if (has(Flag.SPATIAL)) {
			b.append("May depend on the path distance d from the soma\n");
		}
		if (!source.isEmpty()) {
			b.append("Source: ").append(source);
		}
		return b.toString().strip();
	}

	private static List<String> sorted(Set<String> s) {
		return s.stream().sorted().toList();
	}

	private static String format(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
	}
}
