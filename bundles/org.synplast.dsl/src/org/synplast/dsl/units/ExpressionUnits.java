package org.synplast.dsl.units;

import java.util.List;
import java.util.Optional;

import javax.measure.Unit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.synplast.dsl.synPlast.Binary;
import org.synplast.dsl.synPlast.Call;
import org.synplast.dsl.synPlast.Condition;
import org.synplast.dsl.synPlast.Conditional;
import org.synplast.dsl.synPlast.Expr;
import org.synplast.dsl.synPlast.Negation;
import org.synplast.dsl.synPlast.Quantity;
import org.synplast.dsl.synPlast.Variable;

/**
 * Dimensional analysis and evaluation of expressions. Evaluation works in SI system units (a
 * quantity is converted to its system unit, the path distance `d` and `Lmax` are lengths), so the
 * result is converted once to the slot's canonical unit at the end.
 */
public final class ExpressionUnits {

	/** A dimensional problem inside an expression. */
	public record Problem(EObject where, String message) {
	}

	private ExpressionUnits() {
	}

	/**
	 * The SI unit of an expression's value, or empty if a unit inside is unknown or the expression is
	 * dimensionally inconsistent (then {@code problems} says where and why).
	 */
	public static Optional<Unit<?>> unitOf(Expr e, List<Problem> problems) {
		try {
			return Optional.ofNullable(analyse(e, problems));
		} catch (UnknownUnit u) {
			return Optional.empty();
		}
	}

	/** Whether an expression refers to the path distance `d` or `Lmax`. */
	public static boolean usesDistance(EObject e) {
		return e instanceof Variable || !EcoreUtil2.getAllContentsOfType(e, Variable.class).isEmpty();
	}

	/** Whether any number in the expression carries a unit. */
	public static boolean hasUnit(EObject e) {
		if (e instanceof Quantity q) {
			return q.getUnit() != null;
		}
		return EcoreUtil2.getAllContentsOfType(e, Quantity.class).stream().anyMatch(q -> q.getUnit() != null);
	}

	private static final class UnknownUnit extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UnknownUnit() {
			super(null, null, false, false);
		}
	}

	/** Returns null (after adding a problem) on inconsistency; throws UnknownUnit on an unknown unit. */
	private static Unit<?> analyse(Expr e, List<Problem> problems) {
		if (e instanceof Quantity q) {
			if (q.getUnit() == null) {
				return UnitParser.ONE;
			}
			Unit<?> u = UnitParser.parse(q.getUnit()).orElseThrow(UnknownUnit::new);
			return UnitParser.systemUnit(u);
		}
		if (e instanceof Variable) {
			return UnitParser.systemUnit(UnitParser.parse("m").orElseThrow());
		}
		if (e instanceof Negation n) {
			return analyse(n.getOperand(), problems);
		}
		if (e instanceof Call c) {
			Unit<?> arg = analyse(c.getArgument(), problems);
			if (arg != null && !UnitParser.isDimensionless(arg)) {
				problems.add(new Problem(c, "The argument of " + c.getFunction().getLiteral() + "() has the unit " + arg
						+ "; it must be dimensionless (e.g. exp(0.0031 /um * d) or exp(d / 322 um))"));
				return null;
			}
			return arg;
		}
		if (e instanceof Conditional c) {
			Condition cond = c.getCondition();
			Unit<?> l = analyse(cond.getLeft(), problems);
			Unit<?> r = analyse(cond.getRight(), problems);
			Unit<?> r2 = cond.getRight2() == null ? r : analyse(cond.getRight2(), problems);
			if (l != null && r != null && r2 != null && (!l.isCompatible(r) || !r.isCompatible(r2))) {
				problems.add(new Problem(cond, "The sides of this comparison have different units (" + l + ", " + r
						+ (cond.getRight2() == null ? "" : ", " + r2) + "); compare like with like, e.g. 685 um < d"));
				return null;
			}
			Unit<?> t = analyse(c.getThen(), problems);
			Unit<?> f = analyse(c.getElse(), problems);
			if (t != null && f != null && !t.isCompatible(f)) {
				problems.add(new Problem(c, "The two branches have different units (" + t + " and " + f
						+ "); give both in the same dimension"));
				return null;
			}
			return t == null ? null : f == null ? null : t;
		}
		if (e instanceof Binary b) {
			Unit<?> l = analyse(b.getLeft(), problems);
			Unit<?> r = analyse(b.getRight(), problems);
			if (l == null || r == null) {
				return null;
			}
			switch (b.getOp()) {
			case "+", "-" -> {
				if (!l.isCompatible(r)) {
					problems.add(new Problem(b, "Cannot " + ("+".equals(b.getOp()) ? "add " : "subtract ") + r
							+ (b.getOp().equals("+") ? " to " : " from ") + l
							+ "; both operands need the same dimension"));
					return null;
				}
				return l;
			}
			case "*" -> {
				return l.multiply(r);
			}
			case "/" -> {
				return l.divide(r);
			}
			case "^" -> {
				if (!UnitParser.isDimensionless(r) || usesDistance(b.getRight())) {
					problems.add(new Problem(b.getRight(), "An exponent must be a dimensionless constant"));
					return null;
				}
				if (UnitParser.isDimensionless(l)) {
					return l;
				}
				double n = evaluateSI(b.getRight(), 0, 0);
				if (n != Math.rint(n) || Math.abs(n) > 6) {
					problems.add(new Problem(b.getRight(), "A quantity with a unit can only be raised to a small whole "
							+ "power (here " + n + ")"));
					return null;
				}
				return l.pow((int) n);
			}
			default -> throw new IllegalStateException(b.getOp());
			}
		}
		throw new IllegalArgumentException("unknown expression " + e.eClass().getName());
	}

	/**
	 * Evaluates an expression in SI system units.
	 *
	 * @param dMetres    the path distance from the soma [m]
	 * @param lmaxMetres the longest apical path [m]
	 * @throws IllegalArgumentException if a unit is unknown
	 */
	public static double evaluateSI(Expr e, double dMetres, double lmaxMetres) {
		if (e instanceof Quantity q) {
			if (q.getUnit() == null) {
				return q.getValue();
			}
			Unit<?> u = UnitParser.parse(q.getUnit())
					.orElseThrow(() -> new IllegalArgumentException("unknown unit " + q.getUnit()));
			return UnitParser.convert(q.getValue(), u, UnitParser.systemUnit(u));
		}
		if (e instanceof Variable v) {
			return "d".equals(v.getVariable().getLiteral()) ? dMetres : lmaxMetres;
		}
		if (e instanceof Negation n) {
			return -evaluateSI(n.getOperand(), dMetres, lmaxMetres);
		}
		if (e instanceof Call c) {
			double a = evaluateSI(c.getArgument(), dMetres, lmaxMetres);
			return switch (c.getFunction()) {
			case EXP -> Math.exp(a);
			case LOG -> Math.log(a);
			case SQRT -> Math.sqrt(a);
			};
		}
		if (e instanceof Conditional c) {
			Condition cond = c.getCondition();
			double l = evaluateSI(cond.getLeft(), dMetres, lmaxMetres);
			double r = evaluateSI(cond.getRight(), dMetres, lmaxMetres);
			boolean holds = compare(l, cond.getOp().getLiteral(), r);
			if (cond.getRight2() != null) {
				holds &= compare(r, cond.getOp2().getLiteral(), evaluateSI(cond.getRight2(), dMetres, lmaxMetres));
			}
			return evaluateSI(holds ? c.getThen() : c.getElse(), dMetres, lmaxMetres);
		}
		if (e instanceof Binary b) {
			double l = evaluateSI(b.getLeft(), dMetres, lmaxMetres);
			double r = evaluateSI(b.getRight(), dMetres, lmaxMetres);
			return switch (b.getOp()) {
			case "+" -> l + r;
			case "-" -> l - r;
			case "*" -> l * r;
			case "/" -> l / r;
			case "^" -> Math.pow(l, r);
			default -> throw new IllegalStateException(b.getOp());
			};
		}
		throw new IllegalArgumentException("unknown expression " + e.eClass().getName());
	}

	private static boolean compare(double a, String op, double b) {
		return switch (op) {
		case "<" -> a < b;
		case "<=" -> a <= b;
		case ">" -> a > b;
		case ">=" -> a >= b;
		default -> throw new IllegalStateException(op);
		};
	}

	/**
	 * Evaluates an expression and converts it to a target unit.
	 *
	 * @param dUm    the path distance from the soma [µm]
	 * @param lmaxUm the longest apical path [µm]
	 * @throws IllegalArgumentException if a unit is unknown or the dimensions differ
	 */
	public static double evaluate(Expr e, Unit<?> target, double dUm, double lmaxUm) {
		List<Problem> problems = new java.util.ArrayList<>();
		Unit<?> unit = unitOf(e, problems)
				.orElseThrow(() -> new IllegalArgumentException("expression has no consistent known unit"));
		double si = evaluateSI(e, dUm * 1e-6, lmaxUm * 1e-6);
		return UnitParser.convert(si, unit, target);
	}
}
