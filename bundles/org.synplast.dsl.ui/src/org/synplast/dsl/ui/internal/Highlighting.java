package org.synplast.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Syntax and semantic highlighting of a parsed SynPlast resource: every leaf of the node model is
 * classified by its grammar element (keyword, comment, number, string), by whether it is part of a
 * cross-reference (reference) or of a unit after a number (unit).
 */
public final class Highlighting {

	/** The highlighting categories. */
	public enum Style {
		/** Language keywords: protocol, experiment, import, extends, ... */
		KEYWORD,
		/** Units after numbers: ms, mM, S/cm2. */
		UNIT,
		/** Numeric literals. */
		NUMBER,
		/** Names of referenced elements. */
		REFERENCE,
		/** Single- and multi-line comments. */
		COMMENT,
		/** String literals. */
		STRING
	}

	/** A highlighted region of the text. */
	public record Range(int offset, int length, Style style) {
		/** Validates the region. */
		public Range {
			if (offset < 0 || length <= 0) {
				throw new IllegalArgumentException("empty range at " + offset);
			}
		}
	}

	private Highlighting() {
	}

	/** The highlighted ranges of a resource, in text order. */
	public static List<Range> of(XtextResource resource) {
		List<Range> ranges = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return ranges;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.getLength() == 0) {
				continue;
			}
			Style style = styleOf(leaf);
			if (style != null) {
				Range last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
				if (last != null && last.style() == style && last.offset() + last.length() == leaf.getOffset()
						&& style == Style.UNIT) {
					ranges.set(ranges.size() - 1, new Range(last.offset(), last.length() + leaf.getLength(), style));
				} else {
					ranges.add(new Range(leaf.getOffset(), leaf.getLength(), style));
				}
			}
		}
		return ranges;
	}

	private static Style styleOf(ILeafNode leaf) {
		EObject ge = leaf.getGrammarElement();
		if (leaf.isHidden()) {
			return ge instanceof TerminalRule t && t.getName().endsWith("COMMENT") ? Style.COMMENT : null;
		}
		if (matches(leaf, g -> GrammarUtil.containingCrossReference(g) != null)) {
			return Style.REFERENCE;
		}
		if (inRule(leaf, "Unit") || inRule(leaf, "UnitAtom")) {
			return Style.UNIT;
		}
		if (ge instanceof Keyword k && !inRule(leaf, "ParamName")) {
			boolean word = Character.isLetter(k.getValue().charAt(0));
			return word && !(k.eContainer() instanceof EnumLiteralDeclaration) ? Style.KEYWORD : null;
		}
		if (ge instanceof RuleCall rc) {
			AbstractRule rule = rc.getRule();
			if ("NUMBER".equals(rule.getName())) {
				return Style.NUMBER;
			}
			if ("STRING".equals(rule.getName())) {
				return Style.STRING;
			}
		}
		return null;
	}

	/** Whether the leaf was parsed by the named rule (directly, as a call of it, or inside a call of it). */
	private static boolean inRule(ILeafNode leaf, String ruleName) {
		if (leaf.getGrammarElement() != null) {
			AbstractRule containing = GrammarUtil.containingRule(leaf.getGrammarElement());
			if (containing != null && ruleName.equals(containing.getName())) {
				return true;
			}
		}
		return matches(leaf, g -> g instanceof RuleCall rc && ruleName.equals(rc.getRule().getName()));
	}

	/** Whether the grammar element of the leaf or of one of its parents satisfies the test. */
	private static boolean matches(ILeafNode leaf, Predicate<EObject> test) {
		for (INode n = leaf; n != null; n = n.getParent()) {
			if (n.getGrammarElement() != null && test.test(n.getGrammarElement())) {
				return true;
			}
		}
		return false;
	}
}
