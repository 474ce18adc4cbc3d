package org.synplast.dsl.units;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.measure.MetricPrefix;
import javax.measure.Prefix;
import javax.measure.Unit;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.function.Calculus;
import tech.units.indriya.function.DefaultNumberSystem;
import tech.units.indriya.unit.Units;

/**
 * Maps the unit text of a literal (`ms`, `nS/um2`, `ohm*cm`, `µm²`, `Ω·cm`, `°C`, `/um`) to a JSR 385
 * {@link Unit} of the indriya reference implementation.
 *
 * <p>Accepted spellings: µ (micro sign), μ (Greek mu) and u for micro; ² ³ or 2 3 for powers; Ω or
 * ohm; °C or degC; · or * for products. An atom is a metric prefix (G M k c m u n p) followed by one of
 * s, min, Hz, V, A, S, M (mol/L), m, F, ohm, L, and an optional power 2 or 3. The parser does not use
 * indriya's service-loader based formats, so it works the same inside and outside OSGi.
 */
public final class UnitParser {

	static {
		// Explicit number system: indriya would otherwise look it up through java.util.ServiceLoader,
		// which does not see indriya's services from another bundle under OSGi.
		Calculus.setCurrentNumberSystem(new DefaultNumberSystem());
	}

	/** The dimensionless unit. */
	public static final Unit<?> ONE = AbstractUnit.ONE;

	private static final Map<String, Unit<?>> BASES = Map.ofEntries(Map.entry("s", Units.SECOND),
			Map.entry("Hz", Units.HERTZ), Map.entry("V", Units.VOLT), Map.entry("A", Units.AMPERE),
			Map.entry("S", Units.SIEMENS), Map.entry("M", Units.MOLE.divide(Units.LITRE)), Map.entry("m", Units.METRE),
			Map.entry("F", Units.FARAD), Map.entry("ohm", Units.OHM), Map.entry("L", Units.LITRE));

	private static final Map<String, Prefix> PREFIXES = Map.of("G", MetricPrefix.GIGA, "M", MetricPrefix.MEGA, "k",
			MetricPrefix.KILO, "c", MetricPrefix.CENTI, "m", MetricPrefix.MILLI, "u", MetricPrefix.MICRO, "n", MetricPrefix.NANO, "p",
			MetricPrefix.PICO);

	/** Bases tried longest first, so that "ohm" wins over "m" and "Hz" over a prefix. */
	private static final List<String> BASE_ORDER = List.of("ohm", "Hz", "s", "V", "A", "S", "M", "m", "F", "L");

	/** Unit spellings offered by content assist, filtered by the dimension a slot expects. */
	public static final List<String> SUGGESTED = List.of("ms", "s", "min", "Hz", "mV", "nA", "pA", "nS", "uS", "mM",
			"uM", "nM", "um", "um2", "um3", "S/cm2", "mS/cm2", "uF/cm2", "ohm*cm", "degC", "nS/um2", "/um");

	private static final Map<String, Optional<Unit<?>>> CACHE = new ConcurrentHashMap<>();

	private UnitParser() {
	}

	/** Normal form of a unit text: ASCII spelling, no blanks (`µm²` -> `um2`, `Ω·cm` -> `ohm*cm`). */
	public static String normalize(String text) {
		StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\u00B5', '\u03BC' -> b.append('u');
			case '\u00B2' -> b.append('2');
			case '\u00B3' -> b.append('3');
			case '\u03A9', '\u2126' -> b.append("ohm");
			case '\u00B0' -> b.append("deg");
			case '\u00B7' -> b.append('*');
			case ' ', '\t', '\r', '\n' -> {
				// blanks between atoms carry no meaning
			}
			default -> b.append(c);
			}
		}
		return b.toString();
	}

	/** The unit for a unit text, or empty if the text is not a known unit. */
	public static Optional<Unit<?>> parse(String text) {
		return CACHE.computeIfAbsent(normalize(text), UnitParser::parseNormalized);
	}

	private static Optional<Unit<?>> parseNormalized(String s) {
		if (s.isEmpty()) {
			return Optional.of(ONE);
		}
		if (s.equals("degC")) {
			return Optional.of(Units.CELSIUS);
		}
		Unit<?> result = ONE;
		char op = '*';
		int start = 0;
		if (s.charAt(0) == '/') {
			op = '/';
			start = 1;
		}
		for (int i = start; i <= s.length(); i++) {
			if (i == s.length() || s.charAt(i) == '*' || s.charAt(i) == '/') {
				Optional<Unit<?>> atom = atom(s.substring(start, i));
				if (atom.isEmpty()) {
					return Optional.empty();
				}
				result = op == '*' ? result.multiply(atom.get()) : result.divide(atom.get());
				if (i < s.length()) {
					op = s.charAt(i);
				}
				start = i + 1;
			}
		}
		return Optional.of(result);
	}

	private static Optional<Unit<?>> atom(String a) {
		if (a.isEmpty()) {
			return Optional.empty();
		}
		if (a.equals("min")) {
			return Optional.of(Units.MINUTE);
		}
		if (a.equals("K")) {
			return Optional.of(Units.KELVIN);
		}
		int power = 1;
		char last = a.charAt(a.length() - 1);
		if (last == '2' || last == '3') {
			power = last - '0';
			a = a.substring(0, a.length() - 1);
		}
		for (String base : BASE_ORDER) {
			if (a.endsWith(base)) {
				String prefix = a.substring(0, a.length() - base.length());
				Unit<?> unit = BASES.get(base);
				if (!prefix.isEmpty()) {
					Prefix p = PREFIXES.get(prefix);
					if (p == null) {
						continue;
					}
					unit = unit.prefix(p);
				}
				return Optional.of(power == 1 ? unit : unit.pow(power));
			}
		}
		return Optional.empty();
	}

	/** Whether a unit is dimensionless. */
	public static boolean isDimensionless(Unit<?> unit) {
		return unit.isCompatible(ONE);
	}

	/**
	 * Converts a value between compatible units.
	 *
	 * @throws IllegalArgumentException if the units have different dimensions
	 */
	public static double convert(double value, Unit<?> from, Unit<?> to) {
		if (!from.isCompatible(to)) {
			throw new IllegalArgumentException("incompatible units " + from + " and " + to);
		}
		try {
			return from.getConverterToAny(to).convert(value);
		} catch (javax.measure.IncommensurableException e) {
			throw new IllegalArgumentException("incompatible units " + from + " and " + to, e);
		}
	}

	/** The SI system unit of the same dimension (e.g. m for µm, K for °C). */
	public static Unit<?> systemUnit(Unit<?> unit) {
		return unit.getSystemUnit();
	}
}
