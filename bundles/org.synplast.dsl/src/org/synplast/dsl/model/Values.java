package org.synplast.dsl.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.measure.Unit;

import org.synplast.dsl.catalogue.Parameter;
import org.synplast.dsl.catalogue.ParameterCatalogue;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Expr;
import org.synplast.dsl.synPlast.MeanSd;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.synPlast.Value;
import org.synplast.dsl.units.ExpressionUnits;
import org.synplast.dsl.units.UnitParser;

/** Canonical numeric values of settings, as the catalogue defines their units. */
public final class Values {

	private Values() {
	}

	/** The catalogue entry of a setting, if its block and key are known. */
	public static Optional<Parameter> parameterOf(Setting s) {
		return Settings.elementOf(s).flatMap(e -> parameterAt(e, Settings.pathOf(s)));
	}

	/** The catalogue entry at a path below an element. */
	public static Optional<Parameter> parameterAt(Element e, List<String> path) {
		if (path.isEmpty()) {
			return Optional.empty();
		}
		return ParameterCatalogue.block(Settings.kindOf(e), path.subList(0, path.size() - 1))
				.flatMap(b -> b.parameter(path.get(path.size() - 1)));
	}

	/** The canonical unit of a catalogue entry. */
	public static Unit<?> canonicalUnit(Parameter p) {
		return UnitParser.parse(p.canonicalUnit()).orElseThrow(() -> new IllegalStateException(p.key()));
	}

	/**
	 * The canonical value of a constant numeric value (a number, or the mean of `mean ± sd`), or empty
	 * if it is not a constant number with a consistent unit.
	 */
	public static OptionalDouble canonical(Value v, Parameter p) {
		Value scalar = v instanceof MeanSd m ? m.getMean() : v;
		if (!(scalar instanceof Expr e) || ExpressionUnits.usesDistance(e)) {
			return OptionalDouble.empty();
		}
		Unit<?> target = p.isDimensional() ? canonicalUnit(p) : UnitParser.ONE;
		Optional<Unit<?>> unit = ExpressionUnits.unitOf(e, new java.util.ArrayList<>());
		if (unit.isEmpty() || !unit.get().isCompatible(target)) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(ExpressionUnits.evaluate(e, target, 0, 0));
	}

	/** The canonical value of an element's effective setting at a path (e.g. "induction", "dt"). */
	public static OptionalDouble number(Element e, String... path) {
		List<String> p = List.of(path);
		Setting s = Settings.effective(e).get(p);
		if (s == null) {
			return OptionalDouble.empty();
		}
		return parameterAt(e, p).map(par -> canonical(s.getValue(), par)).orElse(OptionalDouble.empty());
	}

	/**
	 * The canonical value at a path, or the catalogue default if the path is not set (empty if there
	 * is no numeric default).
	 */
	public static OptionalDouble numberOrDefault(Element e, String... path) {
		OptionalDouble v = number(e, path);
		if (v.isPresent() || Settings.effective(e).containsKey(List.of(path))) {
			return v;
		}
		return parameterAt(e, List.of(path)).map(Values::defaultValue).orElse(OptionalDouble.empty());
	}

	/** The catalogue default of an entry in its canonical unit, if numeric. */
	public static OptionalDouble defaultValue(Parameter p) {
		String text = p.defaultText().strip();
		if (text.isEmpty()) {
			return OptionalDouble.empty();
		}
		int blank = text.indexOf(' ');
		try {
			double number = Double.parseDouble(blank < 0 ? text : text.substring(0, blank));
			if (blank < 0) {
				return OptionalDouble.of(number);
			}
			Optional<Unit<?>> unit = UnitParser.parse(text.substring(blank + 1));
			if (unit.isEmpty() || !p.isDimensional()) {
				return OptionalDouble.empty();
			}
			return OptionalDouble.of(UnitParser.convert(number, unit.get(), canonicalUnit(p)));
		} catch (NumberFormatException ex) {
			return OptionalDouble.empty();
		}
	}
}
