package org.synplast.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import javax.measure.Unit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.Check;
import org.synplast.dsl.catalogue.BlockSpec;
import org.synplast.dsl.catalogue.Parameter;
import org.synplast.dsl.catalogue.Parameter.Flag;
import org.synplast.dsl.catalogue.ParameterCatalogue;
import org.synplast.dsl.catalogue.ValueKind;
import org.synplast.dsl.model.Settings;
import org.synplast.dsl.model.Values;
import org.synplast.dsl.synPlast.BoolValue;
import org.synplast.dsl.synPlast.CellType;
import org.synplast.dsl.synPlast.Connection;
import org.synplast.dsl.synPlast.Correlation;
import org.synplast.dsl.synPlast.Distribution;
import org.synplast.dsl.synPlast.DistributionFamily;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Experiment;
import org.synplast.dsl.synPlast.Expr;
import org.synplast.dsl.synPlast.Import;
import org.synplast.dsl.synPlast.ListValue;
import org.synplast.dsl.synPlast.MeanSd;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.synPlast.Morphology;
import org.synplast.dsl.synPlast.Protocol;
import org.synplast.dsl.synPlast.Quantity;
import org.synplast.dsl.synPlast.Range;
import org.synplast.dsl.synPlast.RefValue;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.synPlast.StringValue;
import org.synplast.dsl.synPlast.Sweep;
import org.synplast.dsl.synPlast.SymbolValue;
import org.synplast.dsl.synPlast.SynPlastPackage;
import org.synplast.dsl.synPlast.SynapseModel;
import org.synplast.dsl.synPlast.Value;
import org.synplast.dsl.units.ExpressionUnits;
import org.synplast.dsl.units.UnitParser;

import com.google.inject.Inject;

/**
 * Checks of SynPlast files. Every message says what is wrong and how to fix it; every diagnostic has
 * a code in {@link IssueCodes}. Settings are checked against the {@link ParameterCatalogue}.
 */
public class SynPlastValidator extends AbstractSynPlastValidator {

	private static final SynPlastPackage P = SynPlastPackage.eINSTANCE;
	private static final int MAX_SWEEP_POINTS = 10_000;

	@Inject
	private IQualifiedNameProvider names;

	// ---- keys and value forms ---------------------------------------------------------------

	/** A key must be a setting or block of its block in the catalogue. */
	@Check
	public void checkUnknownKey(Setting s) {
		Optional<Element> element = Settings.elementOf(s);
		if (element.isEmpty()) {
			return;
		}
		List<String> path = Settings.pathOf(s);
		List<String> own = Settings.keys(s);
		List<String> prefix = path.subList(0, path.size() - own.size());
		Optional<BlockSpec> spec = ParameterCatalogue.block(Settings.kindOf(element.get()), prefix);
		if (spec.isEmpty()) {
			return; // the enclosing block is reported itself
		}
		for (int i = 0; i < own.size(); i++) {
			String key = own.get(i);
			BlockSpec b = spec.get();
			boolean last = i == own.size() - 1;
			if (!b.allows(key)) {
				String where = prefix.isEmpty() && i == 0 ? Settings.kindOf(element.get()) : b.name();
				error("Unknown setting '" + key + "' in " + where + "." + suggestion(key, b) + " Valid here: "
						+ String.join(", ", validKeys(b)), s, P.getSetting_Key(), IssueCodes.UNKNOWN_KEY, key);
				return;
			}
			if (!last) {
				if (b.block(key).isEmpty()) {
					error("'" + key + "' is a setting, not a block: write " + key + " = ...", s, P.getSetting_Key(),
							IssueCodes.UNKNOWN_KEY, key);
					return;
				}
				spec = b.block(key);
			}
		}
	}

	private static List<String> validKeys(BlockSpec b) {
		List<String> keys = new ArrayList<>(b.parameters().keySet());
		b.blocks().keySet().stream().filter(k -> !keys.contains(k)).map(k -> k + " { }").forEach(keys::add);
		return keys;
	}

	private static String suggestion(String key, BlockSpec b) {
		String best = null;
		int bestDistance = 3;
		Set<String> candidates = new LinkedHashSet<>(b.parameters().keySet());
		candidates.addAll(b.blocks().keySet());
		for (String c : candidates) {
			int d = distance(key.toLowerCase(), c.toLowerCase());
			if (d < bestDistance) {
				best = c;
				bestDistance = d;
			}
		}
		return best == null ? "" : " Did you mean '" + best + "'?";
	}

	private static int distance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

	/** The same setting may be given only once per element. */
	@Check
	public void checkDuplicateKey(Element e) {
		Map<List<String>, Setting> seen = new HashMap<>();
		e.eAllContents().forEachRemaining(o -> {
			if (o instanceof Setting s && s.getValue() != null) {
				Setting first = seen.putIfAbsent(Settings.pathOf(s), s);
				if (first != null) {
					error("'" + String.join(".", Settings.pathOf(s)) + "' is already set in " + e.getName()
							+ "; remove one of the two", s, P.getSetting_Key(), IssueCodes.DUPLICATE_KEY);
				}
			}
		});
	}

	/** The value must have the form the slot takes (block, reference, symbol, string, list, ...). */
	@Check
	public void checkValueKind(Setting s) {
		Optional<Element> element = Settings.elementOf(s);
		if (element.isEmpty()) {
			return;
		}
		List<String> path = Settings.pathOf(s);
		Optional<BlockSpec> parent = ParameterCatalogue.block(Settings.kindOf(element.get()),
				path.subList(0, path.size() - 1));
		if (parent.isEmpty()) {
			return;
		}
		String key = path.get(path.size() - 1);
		Optional<Parameter> param = parent.get().parameter(key);
		if (s.getValue() == null) {
			if (param.isPresent() && parent.get().block(key).isEmpty()) {
				error("'" + key + "' takes a value, not a block: write " + key + " = " + example(param.get()), s,
						P.getSetting_Key(), IssueCodes.WRONG_VALUE_KIND);
			}
			return;
		}
		if (param.isEmpty()) {
			if (parent.get().block(key).isPresent()) {
				error("'" + key + "' is a block: write " + key + " { ... }", s, P.getSetting_Value(),
						IssueCodes.WRONG_VALUE_KIND);
			}
			return;
		}
		String problem = valueFormProblem(s.getValue(), param.get(), element.get() instanceof Sweep);
		if (problem != null) {
			error(problem, s, P.getSetting_Value(), IssueCodes.WRONG_VALUE_KIND);
		}
	}

	private static String example(Parameter p) {
		if (!p.defaultText().isEmpty()) {
			return p.defaultText();
		}
		return switch (p.kind()) {
		case REFERENCE -> "<name of a " + p.canonicalUnit() + ">";
		case STRING -> "\"...\"";
		case BOOLEAN -> "true";
		case SYMBOL -> p.symbols().iterator().next();
		case RANGE -> "0 " + p.canonicalUnit() + " .. 100 " + p.canonicalUnit();
		default -> "1" + (p.canonicalUnit().isEmpty() ? "" : " " + p.canonicalUnit());
		};
	}

	private static String valueFormProblem(Value v, Parameter p, boolean inSweep) {
		String key = p.key();
		switch (p.kind()) {
		case REFERENCE:
			return v instanceof RefValue ? null
					: "'" + key + "' expects the name of a " + p.canonicalUnit() + ", e.g. " + key + " = MyName";
		case STRING:
			if (!(v instanceof StringValue sv)) {
				return "'" + key + "' expects a string in quotes, e.g. \"...\"";
			}
			return p.symbols().isEmpty() || p.symbols().contains(sv.getValue()) ? null
					: "'" + key + "' expects one of " + p.symbols().stream().sorted().map(x -> "\"" + x + "\"")
							.collect(Collectors.joining(", "));
		case BOOLEAN:
			return v instanceof BoolValue ? null : "'" + key + "' expects true or false";
		case SYMBOL: {
			if (v instanceof ListValue l && p.has(Flag.LIST)) {
				for (Value x : l.getValues()) {
					String m = symbolProblem(x, p);
					if (m != null) {
						return m;
					}
				}
				return null;
			}
			return symbolProblem(v, p);
		}
		case RANGE:
			if (v instanceof Range r) {
				return r.getStep() == null ? null : "A step is only meaningful in a sweep; remove 'step ...'";
			}
			return "'" + key + "' expects a range, e.g. " + key + " = " + example(p);
		default:
			if (p.has(Flag.LIST) && v instanceof ListValue l) {
				return l.getValues().isEmpty() ? "'" + key + "' needs at least one value in its list"
						: l.getValues().stream().map(x -> scalarFormProblem(x, p)).filter(m -> m != null).findFirst()
								.orElse(null);
			}
			if (inSweep && (v instanceof ListValue || v instanceof Range)) {
				if (v instanceof ListValue l) {
					return l.getValues().stream().map(x -> scalarFormProblem(x, p)).filter(m -> m != null)
							.findFirst().orElse(null);
				}
				return null;
			}
			return scalarFormProblem(v, p);
		}
	}

	private static String scalarFormProblem(Value v, Parameter p) {
		String what = p.kind() == ValueKind.COUNT ? "a whole number"
				: p.canonicalUnit().isEmpty() ? "a number" : "a number with a unit (" + p.canonicalUnit() + ")";
		if (v instanceof Expr) {
			return null;
		}
		if (v instanceof MeanSd || v instanceof Distribution) {
			return p.has(Flag.DISTRIBUTION) ? null
					: "'" + p.key() + "' is one value for all synapses; write " + what + ", not a distribution";
		}
		if (v instanceof SymbolValue sv && p.symbols().contains(sv.getSymbol().getLiteral())) {
			return null;
		}
		if (v instanceof ListValue || v instanceof Range) {
			return "Lists and ranges are sweep axes: move '" + p.key() + "' into a sweep, or give one value";
		}
		return "'" + p.key() + "' expects " + what + (p.symbols().isEmpty() ? "" : " or " + String.join(", ",
				p.symbols()));
	}

	private static String symbolProblem(Value v, Parameter p) {
		String allowed = p.symbols().stream().sorted().collect(Collectors.joining(", "));
		if (v instanceof SymbolValue sv && p.symbols().contains(sv.getSymbol().getLiteral())) {
			return null;
		}
		return "'" + p.key() + "' expects " + (p.has(Flag.LIST) ? "one or a list [..] of " : "one of ") + allowed;
	}

	// ---- units and expressions --------------------------------------------------------------

	/** The numeric leaves of a value (means, sds, range ends, distribution arguments, list items). */
	private static List<Expr> scalars(Value v) {
		List<Expr> result = new ArrayList<>();
		Deque<Value> todo = new ArrayDeque<>();
		todo.add(v);
		while (!todo.isEmpty()) {
			Value x = todo.poll();
			if (x instanceof Expr e) {
				result.add(e);
			} else if (x instanceof MeanSd m) {
				todo.add(m.getMean());
				todo.add(m.getSd());
			} else if (x instanceof Range r) {
				todo.add(r.getFrom());
				todo.add(r.getTo());
				if (r.getStep() != null) {
					todo.add(r.getStep());
				}
			} else if (x instanceof Distribution d) {
				todo.addAll(d.getArgs());
			} else if (x instanceof ListValue l) {
				todo.addAll(l.getValues());
			}
		}
		result.removeIf(e -> e == null);
		return result;
	}

	/** Numeric leaves of a setting whose slot takes numbers, with its catalogue entry. */
	private static Optional<Parameter> numericParameter(Setting s) {
		return s.getValue() == null ? Optional.empty()
				: Values.parameterOf(s).filter(p -> p.kind() == ValueKind.QUANTITY || p.kind() == ValueKind.COUNT
						|| p.kind() == ValueKind.RANGE);
	}

	/** A unit must be one the unit parser knows. */
	@Check
	public void checkUnknownUnit(Quantity q) {
		if (q.getUnit() != null && UnitParser.parse(q.getUnit()).isEmpty()) {
			error("Unknown unit '" + q.getUnit() + "'. Use e.g. ms s min Hz mV nA pA nS uS mM uM nM um um2 um3 "
					+ "S/cm2 uF/cm2 ohm*cm degC", q, P.getQuantity_Unit(), IssueCodes.UNKNOWN_UNIT, q.getUnit());
		}
	}

	/** A number too large for a double becomes infinite and must be rejected. */
	@Check
	public void checkNumberNotFinite(Quantity q) {
		if (!Double.isFinite(q.getValue())) {
			error("This number is too large to represent; write it with a smaller magnitude or another unit", q,
					P.getQuantity_Value(), IssueCodes.NUMBER_NOT_FINITE);
		}
	}

	/** Expressions must be dimensionally consistent inside. */
	@Check
	public void checkExpressionDimension(Setting s) {
		if (s.getValue() == null) {
			return;
		}
		for (Expr e : scalars(s.getValue())) {
			List<ExpressionUnits.Problem> problems = new ArrayList<>();
			ExpressionUnits.unitOf(e, problems);
			for (ExpressionUnits.Problem p : problems) {
				error(p.message(), p.where(), null, IssueCodes.EXPRESSION_DIMENSION);
			}
		}
	}

	/** A value's unit must have the dimension of its slot's canonical unit. */
	@Check
	public void checkUnitDimension(Setting s) {
		numericParameter(s).ifPresent(p -> forEachUnit(s, p, (e, unit, expected) -> {
			if (!unit.isCompatible(expected) && (ExpressionUnits.hasUnit(e) || !p.isDimensional())) {
				error("'" + p.key() + "' expects " + describe(p) + ", but this value is in " + unitText(e, unit)
						+ "; write it in " + (p.isDimensional() ? p.canonicalUnit() + " or a compatible unit"
								: "no unit"),
						e, null, IssueCodes.UNIT_DIMENSION);
			}
		}));
	}

	/** A dimensional slot needs a unit on its number. */
	@Check
	public void checkMissingUnit(Setting s) {
		numericParameter(s).filter(Parameter::isDimensional).ifPresent(p -> forEachUnit(s, p, (e, unit, expected) -> {
			if (!unit.isCompatible(expected) && !ExpressionUnits.hasUnit(e)) {
				error("'" + p.key() + "' needs a unit: write e.g. " + numberText(e) + " " + p.canonicalUnit(), e, null, IssueCodes.MISSING_UNIT);
			}
		}));
	}

	private static String unitText(Expr e, Unit<?> unit) {
		return e instanceof Quantity q && q.getUnit() != null ? q.getUnit()
				: UnitParser.isDimensionless(unit) ? "no unit" : unit.toString();
	}

	private static String numberText(Expr e) {
		return e instanceof Quantity q ? format(q.getValue()) : "(...)";
	}

	private interface UnitConsumer {
		void accept(Expr e, Unit<?> unit, Unit<?> expected);
	}

	private static void forEachUnit(Setting s, Parameter p, UnitConsumer consumer) {
		Unit<?> expected = p.isDimensional() ? Values.canonicalUnit(p) : UnitParser.ONE;
		Value v = s.getValue();
		if (v instanceof Distribution d && (d.getFamily() == DistributionFamily.POISSON
				|| d.getFamily() == DistributionFamily.UNIFORM) && p.kind() == ValueKind.COUNT) {
			expected = UnitParser.ONE;
		}
		for (Expr e : scalars(v)) {
			Optional<Unit<?>> unit = ExpressionUnits.unitOf(e, new ArrayList<>());
			if (unit.isPresent()) {
				consumer.accept(e, unit.get(), expected);
			}
		}
	}

	private static String describe(Parameter p) {
		return p.isDimensional() ? "a value in " + p.canonicalUnit() : "a dimensionless number";
	}

	/** The path distance `d` and `Lmax` may only appear in distance-dependent slots. */
	@Check
	public void checkDistanceUse(Setting s) {
		Optional<Parameter> p = numericParameter(s);
		if (p.isPresent() && !p.get().has(Flag.SPATIAL) && ExpressionUnits.usesDistance(s.getValue())) {
			error("'" + p.get().key() + "' cannot depend on the path distance d; only membrane densities and "
					+ "capacitance can. Give a constant", s, P.getSetting_Value(), IssueCodes.DISTANCE_NOT_ALLOWED);
		}
	}

	// ---- ranges ---------------------------------------------------------------------------------

	/** Constant values of a numeric slot, in its canonical unit, with the expression they come from. */
	private static List<Map.Entry<Expr, Double>> constants(Setting s, Parameter p) {
		List<Map.Entry<Expr, Double>> result = new ArrayList<>();
		Value v = s.getValue();
		List<Value> values = new ArrayList<>();
		if (v instanceof MeanSd m) {
			values.add(m.getMean());
		} else if (v instanceof Range r) {
			values.add(r.getFrom());
			values.add(r.getTo());
		} else if (v instanceof ListValue l) {
			values.addAll(l.getValues());
		} else if (v instanceof Expr) {
			values.add(v);
		}
		for (Value x : values) {
			if (x instanceof Expr e && !ExpressionUnits.usesDistance(e)) {
				OptionalDouble d = canonical(e, p);
				if (d.isPresent()) {
					result.add(Map.entry(e, d.getAsDouble()));
				}
			}
		}
		return result;
	}

	private static OptionalDouble canonical(Expr e, Parameter p) {
		try {
			return Values.canonical(e, p);
		} catch (IllegalArgumentException | ArithmeticException ex) {
			return OptionalDouble.empty();
		}
	}

	/** Values must lie in their valid range (probabilities in [0, 1], positive time constants, ...). */
	@Check
	public void checkRange(Setting s) {
		numericParameter(s).ifPresent(p -> {
			for (Map.Entry<Expr, Double> c : constants(s, p)) {
				double x = c.getValue();
				boolean below = p.minExclusive() ? x <= p.min() : x < p.min();
				if (Double.isFinite(x) && (below || x > p.max())) {
					error("'" + p.key() + "' = " + format(x) + (p.isDimensional() ? " " + p.canonicalUnit() : "")
							+ " is outside its valid range " + p.rangeText() + "; " + rangeHint(p), c.getKey(), null,
							IssueCodes.VALUE_OUT_OF_RANGE);
				}
			}
		});
	}

	private static String rangeHint(Parameter p) {
		if (p.min() == 0 && p.max() == 1) {
			return "it is a probability or fraction";
		}
		if (p.min() == 0 && p.minExclusive()) {
			return "it must be positive";
		}
		if (p.min() == 0) {
			return "it cannot be negative";
		}
		return "give a value inside the range";
	}

	/** Values outside the physiological range are allowed but flagged. */
	@Check
	public void checkPhysiologicalRange(Setting s) {
		numericParameter(s).ifPresent(p -> {
			for (Map.Entry<Expr, Double> c : constants(s, p)) {
				double x = c.getValue();
				boolean valid = (p.minExclusive() ? x > p.min() : x >= p.min()) && x <= p.max();
				if (valid && (x < p.physiologicalMin() || x > p.physiologicalMax())) {
					warning("'" + p.key() + "' = " + format(x) + (p.isDimensional() ? " " + p.canonicalUnit() : "")
							+ " is outside the physiological range [" + format(p.physiologicalMin()) + ", "
							+ format(p.physiologicalMax()) + "]" + (p.source().isEmpty() ? "" : " (" + p.source()
									+ ")") + "; check the value and its unit",
							c.getKey(), null, IssueCodes.NON_PHYSIOLOGICAL);
				}
			}
		});
	}

	/** Counts must be whole numbers. */
	@Check
	public void checkCount(Setting s) {
		numericParameter(s).filter(p -> p.kind() == ValueKind.COUNT).ifPresent(p -> {
			List<Expr> exprs = s.getValue() instanceof Distribution d && d.getFamily() == DistributionFamily.UNIFORM
					? scalars(d)
					: constants(s, p).stream().map(Map.Entry::getKey).toList();
			for (Expr e : exprs) {
				OptionalDouble x = canonical(e, p);
				if (x.isPresent() && Double.isFinite(x.getAsDouble()) && x.getAsDouble() != Math.rint(x.getAsDouble())) {
					error("'" + p.key() + "' counts something: write a whole number, not " + format(x.getAsDouble()), e,
							null, IssueCodes.NOT_A_COUNT);
				}
			}
		});
	}

	/** Rise time constants must be shorter than decay time constants. */
	@Check
	public void checkTimeConstantOrder(SynapseModel m) {
		for (String receptor : List.of("AMPA", "NMDA")) {
			OptionalDouble rise = Values.numberOrDefault(m, "tau_r_" + receptor);
			OptionalDouble decay = Values.numberOrDefault(m, "tau_d_" + receptor);
			if (rise.isPresent() && decay.isPresent() && rise.getAsDouble() >= decay.getAsDouble()) {
				Setting where = Settings.effective(m).getOrDefault(List.of("tau_r_" + receptor),
						Settings.effective(m).get(List.of("tau_d_" + receptor)));
				String message = receptor + " rise time constant τr = " + format(rise.getAsDouble())
						+ " ms must be shorter than its decay time constant τd = " + format(decay.getAsDouble())
						+ " ms; swap or correct them";
				if (where != null && Settings.elementOf(where).orElse(null) == m) {
					error(message, where, P.getSetting_Value(), IssueCodes.RISE_NOT_BELOW_DECAY);
				} else {
					error(message, m, P.getElement_Name(), IssueCodes.RISE_NOT_BELOW_DECAY);
				}
			}
		}
	}

	/** Settings without a default must be given (after `extends`). */
	@Check
	public void checkRequired(Element e) {
		BlockSpec root = ParameterCatalogue.root(Settings.kindOf(e)).orElseThrow();
		Map<List<String>, Setting> effective = Settings.effective(e);
		List<String> missing = new ArrayList<>();
		collectRequired(root, List.of(), e instanceof Sweep, effective, missing);
		if (!missing.isEmpty()) {
			error(Settings.kindOf(e) + " " + e.getName() + " lacks " + String.join(", ", missing) + "; add "
					+ (missing.size() == 1 ? "it" : "them"), e, P.getElement_Name(), IssueCodes.MISSING_SETTING);
		}
	}

	private static void collectRequired(BlockSpec b, List<String> prefix, boolean rootOnly,
			Map<List<String>, Setting> effective, List<String> missing) {
		for (Parameter p : b.parameters().values()) {
			List<String> path = new ArrayList<>(prefix);
			path.add(p.key());
			if (p.has(Flag.REQUIRED) && !effective.containsKey(path)) {
				missing.add(String.join(".", path) + " = " + example(p));
			}
		}
		if (!rootOnly) {
			for (BlockSpec child : b.blocks().values()) {
				List<String> path = new ArrayList<>(prefix);
				path.add(child.name());
				collectRequired(child, path, false, effective, missing);
			}
		}
	}

	// ---- protocol consistency ------------------------------------------------------------------

	private record Burst(double spikes, double frequencyHz, double dtMs, double sweepPeriodMs) {
		double intervalMs() {
			return 1000.0 / frequencyHz;
		}

		double durationMs() {
			return (spikes - 1) * intervalMs() + Math.abs(dtMs);
		}
	}

	private static Optional<Burst> burst(Protocol p) {
		OptionalDouble pre = Values.numberOrDefault(p, "induction", "pre_spikes");
		OptionalDouble post = Values.numberOrDefault(p, "induction", "post_spikes");
		OptionalDouble f = Values.number(p, "induction", "frequency");
		OptionalDouble dt = Values.number(p, "induction", "dt");
		OptionalDouble period = Values.number(p, "induction", "sweep_period");
		if (pre.isEmpty() || post.isEmpty() || f.isEmpty() || dt.isEmpty() || period.isEmpty()
				|| f.getAsDouble() <= 0) {
			return Optional.empty();
		}
		return Optional.of(new Burst(Math.max(pre.getAsDouble(), post.getAsDouble()), f.getAsDouble(),
				dt.getAsDouble(), period.getAsDouble()));
	}

	private void errorAt(Protocol p, String message, String code, String... path) {
		Setting s = Settings.own(p).get(List.of(path));
		if (s != null) {
			error(message, s, P.getSetting_Value(), code);
		} else {
			error(message, p, P.getElement_Name(), code);
		}
	}

	/** A burst (all its spikes and Δt) must end before the next sweep starts. */
	@Check
	public void checkBurstFitsSweep(Protocol p) {
		burst(p).filter(b -> b.durationMs() >= b.sweepPeriodMs()).ifPresent(b -> errorAt(p,
				"A burst lasts " + format(b.durationMs()) + " ms (" + format(b.spikes()) + " spikes at "
						+ format(b.frequencyHz()) + " Hz plus |Δt|) but sweeps start every " + format(b.sweepPeriodMs())
						+ " ms; lengthen sweep_period or shorten the burst",
				IssueCodes.BURST_EXCEEDS_SWEEP, "induction", "sweep_period"));
	}

	/** |Δt| must be smaller than the interval between the spikes of a burst, else pairs swap partners. */
	@Check
	public void checkDtWithinBurstInterval(Protocol p) {
		burst(p).filter(b -> b.spikes() > 1 && Math.abs(b.dtMs()) >= b.intervalMs()).ifPresent(b -> errorAt(p,
				"|Δt| = " + format(Math.abs(b.dtMs())) + " ms is not smaller than the " + format(b.intervalMs())
						+ " ms between spikes at " + format(b.frequencyHz()) + " Hz, so each post spike pairs with "
						+ "another pre spike; reduce |dt| or the frequency",
				IssueCodes.DT_EXCEEDS_INTERVAL, "induction", "dt"));
	}

	private static OptionalDouble pulses(Protocol p, String phase) {
		OptionalDouble n = Values.number(p, phase, "pulses");
		if (n.isPresent()) {
			return n;
		}
		OptionalDouble duration = Values.number(p, phase, "duration");
		OptionalDouble period = Values.numberOrDefault(p, phase, "period");
		if (duration.isPresent() && period.isPresent() && period.getAsDouble() > 0) {
			return OptionalDouble.of(Math.floor(duration.getAsDouble() / period.getAsDouble()));
		}
		return Values.numberOrDefault(p, phase, "pulses");
	}

	/** The read-out cannot average more EPSPs than there are test pulses before and after induction. */
	@Check
	public void checkReadoutWithinPulses(Protocol p) {
		OptionalDouble last = Values.numberOrDefault(p, "readout", "last");
		if (last.isEmpty()) {
			return;
		}
		for (String phase : List.of("baseline", "after")) {
			OptionalDouble n = pulses(p, phase);
			if (n.isPresent() && last.getAsDouble() > n.getAsDouble()) {
				errorAt(p, "The read-out averages the last " + format(last.getAsDouble()) + " EPSPs but the " + phase
						+ " has only " + format(n.getAsDouble()) + " test pulses; lower readout.last or add pulses",
						IssueCodes.READOUT_EXCEEDS_PULSES, "readout", "last");
				return;
			}
		}
	}

	/** Test pulses given both as a count and a duration must agree (duration = pulses × period). */
	@Check
	public void checkPulsesMatchDuration(Protocol p) {
		for (String phase : List.of("baseline", "after")) {
			OptionalDouble n = Values.number(p, phase, "pulses");
			OptionalDouble duration = Values.number(p, phase, "duration");
			OptionalDouble period = Values.numberOrDefault(p, phase, "period");
			if (n.isPresent() && duration.isPresent() && period.isPresent()
					&& Math.abs(n.getAsDouble() * period.getAsDouble() - duration.getAsDouble()) >= period.getAsDouble()) {
				errorAt(p, phase + ": " + format(n.getAsDouble()) + " pulses every " + format(period.getAsDouble())
						+ " ms take " + format(n.getAsDouble() * period.getAsDouble()) + " ms, not the "
						+ format(duration.getAsDouble()) + " ms given; give either pulses or duration",
						IssueCodes.PULSES_DURATION_MISMATCH, phase, "duration");
			}
		}
	}

	// ---- connections and experiments -------------------------------------------------------------

	/** A placement rule must select some dendrite of the postsynaptic morphology. */
	@Check
	public void checkPlacementSelectsDendrite(Connection c) {
		Set<String> regions = new LinkedHashSet<>();
		Optional<Value> dendrite = Settings.value(c, "placement", "dendrite");
		if (dendrite.isEmpty()) {
			regions.addAll(List.of("basal", "apical"));
		} else {
			List<Value> vs = dendrite.get() instanceof ListValue l ? l.getValues() : List.of(dendrite.get());
			for (Value v : vs) {
				if (v instanceof SymbolValue sv) {
					String r = sv.getSymbol().getLiteral();
					if ("dendrites".equals(r)) {
						regions.addAll(List.of("basal", "apical"));
					} else {
						regions.add(r);
					}
				}
			}
		}
		Optional<Value> distance = Settings.value(c, "placement", "distance");
		double from = 0;
		double to = Double.POSITIVE_INFINITY;
		Parameter distanceParam = ParameterCatalogue.block("connection", List.of("placement")).orElseThrow()
				.parameter("distance").orElseThrow();
		if (distance.isPresent() && distance.get() instanceof Range r) {
			OptionalDouble a = r.getFrom() == null ? OptionalDouble.empty() : canonical(r.getFrom(), distanceParam);
			OptionalDouble b = r.getTo() == null ? OptionalDouble.empty() : canonical(r.getTo(), distanceParam);
			if (a.isPresent() && b.isPresent()) {
				from = a.getAsDouble();
				to = b.getAsDouble();
			}
		}
		Setting where = Settings.effective(c).get(List.of("placement", "distance"));
		if (from > to) {
			placementError(c, where, "The distance range " + format(from) + " um .. " + format(to)
					+ " um is empty; write the smaller distance first");
			return;
		}
		CellType post = c.getPost();
		if (post == null || post.eIsProxy()) {
			return;
		}
		Optional<Value> morph = Settings.value(post, "morphology");
		if (morph.isEmpty() || !(morph.get() instanceof RefValue rv) || !(rv.getRef() instanceof Morphology m)
				|| m.eIsProxy() || Settings.value(m, "file").isPresent()) {
			return; // a reconstruction is only known when the compiler reads it
		}
		List<String> reasons = new ArrayList<>();
		for (String region : regions) {
			boolean present = Settings.effective(m).keySet().stream().anyMatch(k -> k.get(0).equals(region));
			if (!present) {
				reasons.add("it has no " + region + " dendrite");
				continue;
			}
			OptionalDouble length = Values.number(m, region, "length");
			if (length.isPresent() && length.getAsDouble() < from) {
				reasons.add("its " + region + " dendrites end at " + format(length.getAsDouble()) + " um");
				continue;
			}
			return;
		}
		placementError(c, where != null ? where : Settings.effective(c).get(List.of("placement", "dendrite")),
				"The placement rule selects no dendrite of " + post.getName() + "'s morphology " + m.getName() + ": "
						+ String.join(", ", reasons) + ". Change placement.dendrite or placement.distance");
	}

	private void placementError(Connection c, Setting where, String message) {
		if (where != null && Settings.elementOf(where).orElse(null) == c) {
			error(message, where, P.getSetting_Value(), IssueCodes.PLACEMENT_SELECTS_NOTHING);
		} else {
			error(message, c, P.getElement_Name(), IssueCodes.PLACEMENT_SELECTS_NOTHING);
		}
	}

	/** A blocker must change something: MK801 needs γd > 0, NMDA a nonzero NMDA/AMPA ratio, VDCC gca_bar > 0. */
	@Check
	public void checkBlockersAffectSomething(Experiment x) {
		Optional<Value> protocolRef = Settings.value(x, "protocol");
		Optional<Value> connectionRef = Settings.value(x, "connection");
		if (protocolRef.isEmpty() || !(protocolRef.get() instanceof RefValue pr) || !(pr.getRef() instanceof Protocol p)) {
			return;
		}
		Optional<Value> blockers = Settings.value(p, "conditions", "blockers");
		if (blockers.isEmpty()) {
			return;
		}
		List<Value> list = blockers.get() instanceof ListValue l ? l.getValues() : List.of(blockers.get());
		Connection c = connectionRef.filter(RefValue.class::isInstance).map(v -> ((RefValue) v).getRef())
				.filter(Connection.class::isInstance).map(Connection.class::cast).orElse(null);
		SynapseModel model = c == null ? null
				: Settings.value(c, "synapse").filter(RefValue.class::isInstance).map(v -> ((RefValue) v).getRef())
						.filter(SynapseModel.class::isInstance).map(SynapseModel.class::cast).orElse(null);
		Set<String> seen = new HashSet<>();
		for (Value v : list) {
			if (!(v instanceof SymbolValue sv)) {
				continue;
			}
			String b = sv.getSymbol().getLiteral();
			String reason = null;
			if (!seen.add(b)) {
				reason = b + " is listed twice";
			} else if ("MK801".equals(b) && model != null && isZero(Values.numberOrDefault(model, "gamma_d"))) {
				reason = "MK801 is emulated as γd = 0, and synapse " + model.getName() + " already has gamma_d = 0";
			} else if ("NMDA".equals(b) && c != null && isZero(Values.number(c, "nmda_ampa_ratio"))) {
				reason = "connection " + c.getName() + " has no NMDA current (nmda_ampa_ratio = 0)";
			} else if ("VDCC".equals(b) && model != null && isZero(Values.numberOrDefault(model, "gca_bar"))) {
				reason = "synapse " + model.getName() + " has no spine VDCC (gca_bar = 0)";
			}
			if (reason != null) {
				warning("Blocker " + b + " changes nothing in experiment " + x.getName() + ": " + reason
						+ "; remove it from " + p.getName() + "'s blockers", x, P.getElement_Name(),
						IssueCodes.BLOCKER_WITHOUT_EFFECT, b);
			}
		}
	}

	private static boolean isZero(OptionalDouble d) {
		return d.isPresent() && d.getAsDouble() == 0;
	}

	// ---- files, names, imports ---------------------------------------------------------------

	private static List<Resource> importedResources(Resource r) {
		List<Resource> result = new ArrayList<>();
		if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Model m)) {
			return result;
		}
		for (Import i : m.getImports()) {
			resolveImport(r, i).ifPresent(result::add);
		}
		return result;
	}

	private static Optional<Resource> resolveImport(Resource r, Import i) {
		if (i.getImportURI() == null || r.getResourceSet() == null) {
			return Optional.empty();
		}
		try {
			URI uri = URI.createURI(i.getImportURI());
			if (r.getURI() != null && r.getURI().isHierarchical() && !r.getURI().isRelative() && uri.isRelative()) {
				uri = uri.resolve(r.getURI());
			}
			ResourceSet rs = r.getResourceSet();
			if (!rs.getURIConverter().exists(uri, null) && rs.getResource(uri, false) == null) {
				return Optional.empty();
			}
			return Optional.ofNullable(rs.getResource(uri, true));
		} catch (RuntimeException e) {
			// an unreadable import is reported by checkImportResolves
			return Optional.empty();
		}
	}

	/** An imported file must exist and be readable. */
	@Check
	public void checkImportResolves(Import i) {
		if (i.getImportURI() != null && resolveImport(i.eResource(), i).isEmpty()) {
			error("Cannot find the imported file \"" + i.getImportURI() + "\"; paths are relative to this file", i,
					P.getImport_ImportURI(), IssueCodes.IMPORT_NOT_FOUND);
		}
	}

	/** Files must not import each other in a cycle. */
	@Check
	public void checkImportCycle(Import i) {
		Resource self = i.eResource();
		Optional<Resource> target = resolveImport(self, i);
		if (target.isEmpty()) {
			return;
		}
		Deque<List<Resource>> todo = new ArrayDeque<>();
		todo.add(List.of(target.get()));
		Set<Resource> visited = new HashSet<>();
		while (!todo.isEmpty()) {
			List<Resource> path = todo.poll();
			Resource last = path.get(path.size() - 1);
			if (last == self) {
				error("Import cycle: " + self.getURI().lastSegment() + " -> " + path.stream()
						.map(r -> r.getURI().lastSegment()).collect(Collectors.joining(" -> "))
						+ "; move the shared elements into a file that both import", i, P.getImport_ImportURI(),
						IssueCodes.IMPORT_CYCLE);
				return;
			}
			if (visited.add(last)) {
				for (Resource next : importedResources(last)) {
					List<Resource> longer = new ArrayList<>(path);
					longer.add(next);
					todo.add(longer);
				}
			}
		}
	}

	/** Element names must be unique, in a file and across the files it imports. */
	@Check
	public void checkDuplicateElement(Model m) {
		Map<QualifiedName, Element> seen = new HashMap<>();
		for (Element e : m.getElements()) {
			QualifiedName n = names.getFullyQualifiedName(e);
			if (n != null && seen.putIfAbsent(n, e) != null) {
				error("Another element is already called " + e.getName() + " in this file; rename one", e,
						P.getElement_Name(), IssueCodes.DUPLICATE_ELEMENT);
			}
		}
		Set<Resource> visited = new HashSet<>();
		Deque<Resource> todo = new ArrayDeque<>(importedResources(m.eResource()));
		while (!todo.isEmpty()) {
			Resource r = todo.poll();
			if (r == m.eResource() || !visited.add(r)) {
				continue;
			}
			for (EObject o : r.getContents()) {
				if (o instanceof Model other) {
					for (Element e : other.getElements()) {
						QualifiedName n = names.getFullyQualifiedName(e);
						Element mine = n == null ? null : seen.get(n);
						if (mine != null) {
							error(n + " is also defined in the imported file " + r.getURI().lastSegment()
									+ "; rename one or use a package", mine, P.getElement_Name(),
									IssueCodes.DUPLICATE_ELEMENT);
						}
					}
				}
			}
			todo.addAll(importedResources(r));
		}
	}

	/** An element may only extend an element of its own kind. */
	@Check
	public void checkExtendsKind(Element e) {
		Element parent = e.getParent();
		if (parent != null && !parent.eIsProxy() && parent.eClass() != e.eClass()) {
			error(Settings.kindOf(e) + " " + e.getName() + " cannot extend the " + Settings.kindOf(parent) + " "
					+ parent.getName() + "; extend a " + Settings.kindOf(e), e, P.getElement_Parent(),
					IssueCodes.EXTENDS_KIND);
		}
	}

	/** `extends` must not form a cycle. */
	@Check
	public void checkExtendsCycle(Element e) {
		Set<Element> seen = new HashSet<>();
		for (Element c = e.getParent(); c != null && !c.eIsProxy(); c = c.getParent()) {
			if (c == e) {
				error(e.getName() + " extends itself through its parents; remove one 'extends'", e,
						P.getElement_Parent(), IssueCodes.EXTENDS_CYCLE);
				return;
			}
			if (!seen.add(c)) {
				return;
			}
		}
	}

	private static Optional<Setting> fileSetting(Morphology m) {
		Setting s = Settings.own(m).get(List.of("file"));
		return s != null && s.getValue() instanceof StringValue ? Optional.of(s) : Optional.empty();
	}

	/** A morphology file must be SWC or Neurolucida ASC. */
	@Check
	public void checkMorphologyFormat(Morphology m) {
		fileSetting(m).ifPresent(s -> {
			String path = ((StringValue) s.getValue()).getValue().toLowerCase();
			if (!path.endsWith(".swc") && !path.endsWith(".asc")) {
				error("A morphology file must be SWC (.swc) or Neurolucida ASC (.asc)", s, P.getSetting_Value(),
						IssueCodes.MORPHOLOGY_FORMAT);
			}
		});
	}

	/** A morphology file should exist (relative to the referring file). */
	@Check
	public void checkMorphologyFileExists(Morphology m) {
		fileSetting(m).ifPresent(s -> {
			Resource r = m.eResource();
			String path = ((StringValue) s.getValue()).getValue();
			if (path.isEmpty() || r == null || r.getURI() == null || !r.getURI().isFile()) {
				return;
			}
			try {
				URI uri = URI.createFileURI(path);
				if (uri.isRelative()) {
					uri = uri.resolve(r.getURI());
				}
				if (!new java.io.File(uri.toFileString()).isFile()) {
					warning("Morphology file " + path + " not found (paths are relative to this file)", s,
							P.getSetting_Value(), IssueCodes.MORPHOLOGY_FILE_MISSING);
				}
			} catch (IllegalArgumentException e) {
				warning("Morphology file " + path + " is not a valid path", s, P.getSetting_Value(),
						IssueCodes.MORPHOLOGY_FILE_MISSING);
			}
		});
	}

	// ---- distributions, correlations, sweeps ------------------------------------------------------

	/**
	 * A parametric morphology must describe buildable trees: basal and apical blocks with their
	 * reach and root diameter (the apical one with its trunk), no two alternatives for one quantity,
	 * diameter profiles whose distances match their diameters, one increasing branch point per
	 * oblique on the trunk, and oblique lengths and tips as totals or one per oblique.
	 */
	@Check
	public void checkParametricMorphology(Morphology m) {
		Map<List<String>, Setting> effective = Settings.effective(m);
		if (effective.containsKey(List.of("file"))) {
			return;
		}
		for (String tree : List.of("basal", "apical")) {
			if (effective.keySet().stream().noneMatch(k -> k.get(0).equals(tree))) {
				continue;
			}
			List<String> needed = new ArrayList<>(List.of("length", "diameter"));
			if (tree.equals("apical")) {
				needed.add("trunk_length");
			}
			needed.removeIf(k -> effective.containsKey(List.of(tree, k)));
			if (!needed.isEmpty()) {
				shapeError(m, "The " + tree + " dendrite needs " + needed.stream().map(k -> tree + "." + k)
						.collect(Collectors.joining(", ")) + "; add " + (needed.size() == 1 ? "it" : "them"));
			}
			for (List<String> pair : List.of(List.of("tips", "branch_order"), List.of("tip_diameter", "mean_diameter"))) {
				if (effective.containsKey(List.of(tree, pair.get(0))) && effective.containsKey(List.of(tree, pair.get(1)))) {
					shapeError(m, "Give " + tree + "." + pair.get(0) + " or " + tree + "." + pair.get(1)
							+ ", not both; remove one", tree, pair.get(1));
				}
			}
		}
		checkProfile(m, "axon");
		checkProfile(m, "apical");
		OptionalDouble trunk = Values.number(m, "apical", "trunk_length");
		OptionalDouble reach = Values.number(m, "apical", "length");
		if (trunk.isPresent() && reach.isPresent() && trunk.getAsDouble() >= reach.getAsDouble()) {
			shapeError(m, "The main bifurcation (apical.trunk_length = " + format(trunk.getAsDouble())
					+ " um) must lie before the farthest tip (apical.length = " + format(reach.getAsDouble())
					+ " um); shorten the trunk", "apical", "trunk_length");
		}
		double obliques = Values.numberOrDefault(m, "apical", "obliques").orElse(0);
		if (obliques > 0 && !effective.containsKey(List.of("apical", "oblique_length"))) {
			shapeError(m, "apical.obliques needs apical.oblique_length (their summed length); add it", "apical",
					"obliques");
		}
		for (String key : List.of("oblique_length", "oblique_tips")) {
			int n = numbers(m, "apical", key).size();
			if (n > 1 && n != obliques) {
				shapeError(m, "apical." + key + " lists " + n + " values for " + format(obliques) + " obliques; give "
						+ "one total or one value per oblique", "apical", key);
			}
		}
		List<Double> at = numbers(m, "apical", "oblique_at");
		if (!at.isEmpty()) {
			boolean increasing = true;
			for (int i = 0; i < at.size(); i++) {
				increasing &= at.get(i) > (i == 0 ? 0 : at.get(i - 1))
						&& (trunk.isEmpty() || at.get(i) < trunk.getAsDouble());
			}
			if (at.size() != obliques || !increasing) {
				shapeError(m, "apical.oblique_at needs one branch point per oblique (" + format(obliques)
						+ "), increasing and before the main bifurcation (apical.trunk_length)", "apical", "oblique_at");
			}
		}
	}

	/** A diameter list needs as many distances, from 0 and non-decreasing. */
	private void checkProfile(Morphology m, String block) {
		Optional<Value> diameter = Settings.value(m, block, "diameter");
		List<Double> at = numbers(m, block, "diameter_at");
		int diameters = diameter.isPresent() && diameter.get() instanceof ListValue l ? l.getValues().size() : 1;
		if (diameters <= 1 && at.isEmpty()) {
			return;
		}
		boolean ordered = !at.isEmpty() && at.get(0) == 0;
		for (int i = 1; i < at.size(); i++) {
			ordered &= at.get(i) >= at.get(i - 1);
		}
		if (at.size() != diameters || !ordered) {
			shapeError(m, block + ".diameter_at needs one distance per diameter in " + block + ".diameter ("
					+ diameters + "), starting at 0 um and non-decreasing", block,
					Settings.effective(m).containsKey(List.of(block, "diameter_at")) ? "diameter_at" : "diameter");
		}
	}

	/** The canonical numbers of a setting that holds one number or a list of numbers (empty if unset). */
	private static List<Double> numbers(Element e, String... path) {
		Optional<Value> v = Settings.value(e, path);
		Optional<Parameter> p = Values.parameterAt(e, List.of(path));
		if (v.isEmpty() || p.isEmpty()) {
			return List.of();
		}
		List<Value> items = v.get() instanceof ListValue l ? l.getValues() : List.of(v.get());
		List<Double> result = new ArrayList<>();
		for (Value x : items) {
			OptionalDouble d = Values.canonical(x, p.get());
			result.add(d.isPresent() ? d.getAsDouble() : Double.NaN);
		}
		return result;
	}

	private void shapeError(Morphology m, String message, String... path) {
		Setting s = path.length == 0 ? null : Settings.effective(m).get(List.of(path));
		if (s != null && Settings.elementOf(s).orElse(null) == m) {
			error(message, s, s.getValue() != null ? P.getSetting_Value() : P.getSetting_Key(),
					IssueCodes.MORPHOLOGY_SHAPE);
		} else {
			error(message, m, P.getElement_Name(), IssueCodes.MORPHOLOGY_SHAPE);
		}
	}

	/** Distribution parameters must define a distribution (arity, sd ≥ 0, beta mean in (0, 1), a ≤ b). */
	@Check
	public void checkDistribution(Distribution d) {
		List<Value> args = d.getArgs();
		String family = d.getFamily().getLiteral();
		double[] meanSd = meanSd(args);
		String problem = switch (d.getFamily()) {
		case POISSON -> args.size() != 1 || args.get(0) instanceof MeanSd ? "poisson takes one mean: poisson(2.8)"
				: meanSd != null && meanSd[0] < 0 ? "the mean of a poisson distribution cannot be negative" : null;
		case UNIFORM -> args.size() != 2 || args.stream().anyMatch(MeanSd.class::isInstance)
				? "uniform takes a lower and an upper bound: uniform(4, 14)"
				: meanSd != null && meanSd[0] > meanSd[1] ? "the lower bound of uniform is above its upper bound" : null;
		default -> meanSd == null ? null
				: meanSd.length == 0 ? family + " takes a mean and a standard deviation: " + family + "(m ± sd)"
				: meanSd[1] < 0 ? "a standard deviation cannot be negative"
				: (d.getFamily() == DistributionFamily.GAMMA || d.getFamily() == DistributionFamily.LOGNORMAL)
						&& meanSd[0] <= 0 ? "the mean of a " + family + " distribution must be positive"
				: d.getFamily() == DistributionFamily.BETA && (meanSd[0] <= 0 || meanSd[0] >= 1
						|| meanSd[1] * meanSd[1] >= meanSd[0] * (1 - meanSd[0]))
								? "beta needs 0 < mean < 1 and sd² < mean·(1 − mean)"
				: null;
		};
		if (problem != null) {
			error("This distribution is not defined: " + problem, d, null, IssueCodes.DISTRIBUTION_PARAMETERS);
		}
	}

	/**
	 * The two numbers of a distribution's arguments (mean and sd, or lower and upper bound) in the
	 * first argument's unit, an empty array if the arity is wrong, or null if they are not constants.
	 */
	private static double[] meanSd(List<Value> args) {
		List<Expr> exprs;
		if (args.size() == 1 && args.get(0) instanceof MeanSd m) {
			exprs = List.of(m.getMean(), m.getSd());
		} else if (args.size() == 2 && args.get(0) instanceof Expr a && args.get(1) instanceof Expr b) {
			exprs = List.of(a, b);
		} else if (args.size() == 1 && args.get(0) instanceof Expr a) {
			exprs = List.of(a, a);
		} else {
			return new double[0];
		}
		double[] result = new double[2];
		Unit<?> first = null;
		for (int i = 0; i < 2; i++) {
			Expr e = exprs.get(i);
			if (e == null || ExpressionUnits.usesDistance(e)) {
				return null;
			}
			Optional<Unit<?>> u = ExpressionUnits.unitOf(e, new ArrayList<>());
			if (u.isEmpty() || (first != null && !first.isCompatible(u.get()))) {
				return null;
			}
			first = first == null ? u.get() : first;
			result[i] = ExpressionUnits.evaluateSI(e, 0, 0);
		}
		return result;
	}

	/** `mean ± sd` needs sd ≥ 0 in the mean's dimension. */
	@Check
	public void checkStandardDeviation(MeanSd m) {
		if (m.eContainer() instanceof Distribution) {
			return; // checked with the distribution
		}
		double[] v = meanSd(List.of(m));
		if (v != null && v.length == 2 && v[1] < 0) {
			error("A standard deviation cannot be negative; write mean ± " + format(-v[1]), m, null,
					IssueCodes.DISTRIBUTION_PARAMETERS);
		}
	}

	/** corr(a, b) = r relates two different per-synapse parameters of a connection, |r| ≤ 1, once. */
	@Check
	public void checkCorrelation(Correlation c) {
		Optional<Element> e = Settings.elementOf(c);
		String allowed = ParameterCatalogue.CORRELATED.stream().sorted().collect(Collectors.joining(", "));
		String problem = null;
		if (e.isEmpty() || !(e.get() instanceof Connection) || c.eContainer().eContainer() != e.get()) {
			problem = "Correlations belong directly in a connection";
		} else if (!ParameterCatalogue.CORRELATED.contains(c.getFirst())
				|| !ParameterCatalogue.CORRELATED.contains(c.getSecond())) {
			problem = "Only per-synapse parameters can be correlated: " + allowed;
		} else if (c.getFirst().equals(c.getSecond())) {
			problem = "A parameter is always fully correlated with itself; name two different parameters";
		} else {
			OptionalDouble r = c.getValue() == null ? OptionalDouble.empty()
					: ExpressionUnits.unitOf(c.getValue(), new ArrayList<>()).filter(UnitParser::isDimensionless)
							.map(u -> OptionalDouble.of(ExpressionUnits.evaluateSI(c.getValue(), 0, 0)))
							.orElse(OptionalDouble.empty());
			if (r.isEmpty() || Math.abs(r.getAsDouble()) > 1) {
				problem = "A correlation is a dimensionless number in [-1, 1]";
			} else {
				for (EObject o : c.eContainer().eContents()) {
					if (o == c) {
						break;
					}
					if (o instanceof Correlation other && Set.of(other.getFirst(), other.getSecond())
							.equals(Set.of(c.getFirst(), c.getSecond()))) {
						problem = "This pair is already correlated above; remove one";
						break;
					}
				}
			}
		}
		if (problem != null) {
			error(problem, c, null, IssueCodes.CORRELATION);
		}
	}

	/** A sweep axis needs points: a non-empty list, or a range with a step towards its end. */
	@Check
	public void checkSweepAxis(Setting s) {
		if (!(Settings.elementOf(s).orElse(null) instanceof Sweep) || s.getValue() == null) {
			return;
		}
		Optional<Parameter> p = numericParameter(s);
		if (p.isEmpty()) {
			return;
		}
		if (s.getValue() instanceof ListValue l && l.getValues().isEmpty()) {
			error("A sweep axis needs at least one value", s, P.getSetting_Value(), IssueCodes.SWEEP_AXIS);
		} else if (s.getValue() instanceof Range r) {
			if (r.getStep() == null) {
				error("A sweep range needs a step: " + String.join(".", Settings.pathOf(s)) + " = a .. b step c", s,
						P.getSetting_Value(), IssueCodes.SWEEP_AXIS);
				return;
			}
			OptionalDouble from = canonical(r.getFrom(), p.get());
			OptionalDouble to = canonical(r.getTo(), p.get());
			OptionalDouble step = canonical(r.getStep(), p.get());
			if (from.isEmpty() || to.isEmpty() || step.isEmpty()) {
				return;
			}
			double span = to.getAsDouble() - from.getAsDouble();
			double points = step.getAsDouble() == 0 ? Double.POSITIVE_INFINITY : span / step.getAsDouble() + 1;
			if (step.getAsDouble() == 0 || points < 1) {
				error("The step must be nonzero and go from the first value towards the second", r, null,
						IssueCodes.SWEEP_AXIS);
			} else if (points > MAX_SWEEP_POINTS) {
				error("This axis has " + format(Math.floor(points)) + " points; at most " + MAX_SWEEP_POINTS
						+ " are allowed, use a larger step", r, null, IssueCodes.SWEEP_AXIS);
			}
		}
	}

	private static String format(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e12) {
			return Long.toString((long) v);
		}
		return String.format(java.util.Locale.ROOT, "%.6g", v).replaceAll("\\.?0+(e|$)", "$1");
	}
}
