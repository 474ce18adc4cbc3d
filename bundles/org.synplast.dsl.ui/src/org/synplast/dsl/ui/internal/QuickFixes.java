package org.synplast.dsl.ui.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.synplast.dsl.catalogue.Parameter;
import org.synplast.dsl.catalogue.ValueKind;
import org.synplast.dsl.model.Settings;
import org.synplast.dsl.model.Values;
import org.synplast.dsl.synPlast.Connection;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Expr;
import org.synplast.dsl.synPlast.Negation;
import org.synplast.dsl.synPlast.Quantity;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.synPlast.SynPlastPackage;
import org.synplast.dsl.units.UnitParser;
import org.synplast.dsl.validation.IssueCodes;

/**
 * Quick fixes for SynPlast issue codes, as text edits: add the missing unit, replace a unit of the
 * wrong dimension, clamp a value to its valid or physiological range, create a missing definition;
 * and the quick assist that converts a number to its slot's canonical unit (`0.2 s` -> `200 ms`).
 */
public final class QuickFixes {

	/** A named fix. */
	public record Fix(String label, List<TextEdit> edits) {
		/** Copies the edits. */
		public Fix {
			edits = List.copyOf(edits);
		}
	}

	/** What a fix needs to know of a diagnostic. */
	public record Problem(String code, int offset, int length) {
	}

	private QuickFixes() {
	}

	/** Whether fixes may exist for an issue code. */
	public static boolean isFixable(String code) {
		return IssueCodes.MISSING_UNIT.equals(code) || IssueCodes.UNIT_DIMENSION.equals(code)
				|| IssueCodes.VALUE_OUT_OF_RANGE.equals(code) || IssueCodes.NON_PHYSIOLOGICAL.equals(code)
				|| Diagnostic.LINKING_DIAGNOSTIC.equals(code);
	}

	/** The fixes of a problem in a parsed resource (empty if none applies). */
	public static List<Fix> fixes(XtextResource resource, Problem problem) {
		if (resource.getParseResult() == null || problem.code() == null) {
			return List.of();
		}
		String text = resource.getParseResult().getRootNode().getText();
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(problem.code())) {
			return createDefinition(resource, text, problem);
		}
		Optional<Expr> expr = exprAt(resource, problem);
		Optional<Parameter> parameter = expr.map(e -> EcoreUtil2.getContainerOfType(e, Setting.class))
				.flatMap(Values::parameterOf);
		if (expr.isEmpty() || parameter.isEmpty()) {
			return List.of();
		}
		Expr e = expr.get();
		Parameter p = parameter.get();
		INode node = NodeModelUtils.getNode(e);
		List<Fix> fixes = new ArrayList<>();
		switch (problem.code()) {
		case IssueCodes.MISSING_UNIT -> fixes.add(new Fix("Add the unit " + p.canonicalUnit(),
				List.of(new TextEdit(node.getEndOffset(), 0, " " + p.canonicalUnit()))));
		case IssueCodes.UNIT_DIMENSION -> {
			if (e instanceof Quantity q && q.getUnit() != null) {
				// the dimensions differ, so no number can be converted: the unit itself was mistyped
				INode unit = NodeModelUtils.findNodesForFeature(q, SynPlastPackage.Literals.QUANTITY__UNIT).get(0);
				int from = NodeModelUtils.findNodesForFeature(q, SynPlastPackage.Literals.QUANTITY__VALUE).get(0)
						.getEndOffset();
				fixes.add(p.isDimensional()
						? new Fix("Replace the unit " + q.getUnit() + " by " + p.canonicalUnit(),
								List.of(new TextEdit(unit.getOffset(), unit.getLength(), p.canonicalUnit())))
						: new Fix("Remove the unit " + q.getUnit(),
								List.of(new TextEdit(from, unit.getEndOffset() - from, ""))));
			}
		}
		case IssueCodes.VALUE_OUT_OF_RANGE -> clamp(e, p, p.min(), p.minExclusive(), p.max(), "valid")
				.ifPresent(fixes::add);
		case IssueCodes.NON_PHYSIOLOGICAL -> clamp(e, p, p.physiologicalMin(), false, p.physiologicalMax(),
				"physiological").ifPresent(fixes::add);
		default -> {
			// no fix for this code
		}
		}
		return fixes;
	}

	/**
	 * The quick assists at an offset: "Convert to <unit>" when the offset is on a number whose unit
	 * has the dimension of its slot's canonical unit but is not that unit. The number is converted
	 * (indriya, through {@link UnitParser#convert}); a number inside a larger expression is left
	 * alone, since converting one factor or term would change the expression's meaning.
	 */
	public static List<Fix> assists(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return List.of();
		}
		var leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		EObject o = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		Setting setting = o instanceof Quantity ? EcoreUtil2.getContainerOfType(o, Setting.class) : null;
		if (setting == null) {
			return List.of();
		}
		return Values.parameterOf(setting).flatMap(p -> convert((Quantity) o, p)).map(List::of).orElse(List.of());
	}

	/** "Convert to <canonical unit>" for a quantity whose unit is compatible with it but another one. */
	static Optional<Fix> convert(Quantity q, Parameter p) {
		if (q.getUnit() == null || !p.isDimensional() || !standsAlone(q)
				|| UnitParser.normalize(q.getUnit()).equals(UnitParser.normalize(p.canonicalUnit()))) {
			return Optional.empty();
		}
		var from = UnitParser.parse(q.getUnit());
		var to = Values.canonicalUnit(p);
		if (from.isEmpty() || !from.get().isCompatible(to)
				|| (q.eContainer() instanceof Negation && UnitParser.convert(0, from.get(), to) != 0)) {
			return Optional.empty();
		}
		double converted = UnitParser.convert(q.getValue(), from.get(), to);
		if (!Double.isFinite(converted)) {
			return Optional.empty();
		}
		String replacement = decimal(converted) + " " + p.canonicalUnit();
		INode node = NodeModelUtils.getNode(q);
		return Optional.of(new Fix("Convert to " + p.canonicalUnit() + ": " + replacement,
				List.of(new TextEdit(node.getOffset(), node.getLength(), replacement))));
	}

	/** Whether a quantity is a whole value (or a mean, SD or range bound), not a part of an expression. */
	private static boolean standsAlone(Quantity q) {
		EObject c = q.eContainer() instanceof Negation n ? n.eContainer() : q.eContainer();
		return !(c instanceof Expr) && !(c instanceof org.synplast.dsl.synPlast.Condition);
	}

	/** A converted number in the language's syntax, to 12 significant digits (`200`, `0.001`, `1.5E-9`, `1E13`). */
	static String decimal(double x) {
		BigDecimal d = new BigDecimal(x).round(new MathContext(12)).stripTrailingZeros();
		int exponent = d.precision() - d.scale() - 1;
		if (x == 0 || (exponent >= -4 && exponent < 12)) {
			return d.toPlainString();
		}
		String digits = d.unscaledValue().abs().toString();
		return (d.signum() < 0 ? "-" : "") + digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "")
				+ "E" + exponent;
	}

	private static Optional<Fix> clamp(Expr e, Parameter p, double min, boolean minExclusive, double max,
			String which) {
		OptionalDouble value;
		try {
			value = Values.canonical(e, p);
		} catch (IllegalArgumentException | ArithmeticException ex) {
			return Optional.empty();
		}
		if (value.isEmpty()) {
			return Optional.empty();
		}
		boolean below = value.getAsDouble() < min || (minExclusive && value.getAsDouble() == min);
		double bound = below ? min : max;
		if (!Double.isFinite(bound) || (below && minExclusive)) {
			return Optional.empty();
		}
		String replacement = number(bound) + (p.isDimensional() ? " " + p.canonicalUnit() : "");
		INode node = NodeModelUtils.getNode(e);
		return Optional.of(new Fix("Clamp to the " + which + " range: " + replacement,
				List.of(new TextEdit(node.getOffset(), node.getLength(), replacement))));
	}

	private static String number(double x) {
		return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
	}

	private static Optional<Expr> exprAt(XtextResource resource, Problem problem) {
		var leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), problem.offset());
		for (EObject o = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf); o != null;
				o = o.eContainer()) {
			INode n = NodeModelUtils.getNode(o);
			if (o instanceof Expr e && n != null && n.getOffset() <= problem.offset()
					&& n.getEndOffset() >= problem.offset() + problem.length()) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}

	private static List<Fix> createDefinition(XtextResource resource, String text, Problem problem) {
		String name = text.substring(problem.offset(), problem.offset() + problem.length()).trim();
		if (name.isEmpty() || name.contains(".")) {
			return List.of();
		}
		var leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), problem.offset());
		EObject owner = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		Optional<String> kind = kindOfTarget(owner, problem.offset());
		if (kind.isEmpty()) {
			return List.of();
		}
		String insertion = (text.endsWith("\n") ? "\n" : "\n\n") + kind.get() + " " + name + " {\n}\n";
		return List.of(new Fix("Create " + kind.get() + " '" + name + "'",
				List.of(new TextEdit(text.length(), 0, insertion))));
	}

	/** The element kind (keyword) a reference at an offset expects. */
	private static Optional<String> kindOfTarget(EObject owner, int offset) {
		if (owner instanceof Connection c) {
			INode parent = NodeModelUtils.findNodesForFeature(c, SynPlastPackage.Literals.ELEMENT__PARENT).stream()
					.findFirst().orElse(null);
			return parent != null && parent.getOffset() <= offset && offset < parent.getEndOffset()
					? Optional.of("connection") : Optional.of("cell");
		}
		if (owner instanceof Element e) {
			return Optional.of(Settings.kindOf(e));
		}
		Setting s = EcoreUtil2.getContainerOfType(owner, Setting.class);
		return Optional.ofNullable(s).flatMap(Values::parameterOf).filter(p -> p.kind() == ValueKind.REFERENCE)
				.map(Parameter::canonicalUnit).filter(k -> !k.isEmpty());
	}
}
