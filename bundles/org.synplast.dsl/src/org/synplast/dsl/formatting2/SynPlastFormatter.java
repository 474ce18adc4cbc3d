package org.synplast.dsl.formatting2;

import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.synplast.dsl.synPlast.Binary;
import org.synplast.dsl.synPlast.Body;
import org.synplast.dsl.synPlast.Call;
import org.synplast.dsl.synPlast.Condition;
import org.synplast.dsl.synPlast.Conditional;
import org.synplast.dsl.synPlast.Correlation;
import org.synplast.dsl.synPlast.Distribution;
import org.synplast.dsl.synPlast.Element;
import org.synplast.dsl.synPlast.Import;
import org.synplast.dsl.synPlast.Item;
import org.synplast.dsl.synPlast.ListValue;
import org.synplast.dsl.synPlast.MeanSd;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.synPlast.Negation;
import org.synplast.dsl.synPlast.Quantity;
import org.synplast.dsl.synPlast.Range;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.synPlast.SynPlastPackage;
import org.synplast.dsl.synPlast.Value;

/**
 * Formatter: one element per paragraph, one setting per line, blocks indented by a tab, single
 * spaces around `=`, binary operators, `±`, `..`; a number and its unit separated by one space;
 * no spaces inside parentheses and brackets. Comments are kept. Indentation is four spaces unless
 * the request's indentation preference is set to something other than the default tab.
 */
public class SynPlastFormatter extends AbstractJavaFormatter {

	private static final SynPlastPackage P = SynPlastPackage.eINSTANCE;
	private static final Procedure1<IHiddenRegionFormatter> ONE_SPACE = IHiddenRegionFormatter::oneSpace;
	private static final Procedure1<IHiddenRegionFormatter> NO_SPACE = IHiddenRegionFormatter::noSpace;
	private static final Procedure1<IHiddenRegionFormatter> NEW_LINE = IHiddenRegionFormatter::newLine;
	private static final Procedure1<IHiddenRegionFormatter> EMPTY_LINE = f -> f.setNewLines(2);

	@Override
	protected void initialize(FormatterRequest request) {
		ITypedPreferenceValues prefs = request.getPreferences();
		if (prefs == null || "\t".equals(prefs.getPreference(FormatterPreferenceKeys.indentation))) {
			MapBasedPreferenceValues fourSpaces = prefs == null ? new MapBasedPreferenceValues()
					: new MapBasedPreferenceValues(prefs, new HashMap<>());
			fourSpaces.put(FormatterPreferenceKeys.indentation, "    ");
			request.setPreferences(fourSpaces);
		}
		super.initialize(request);
	}

	protected void format(Model model, IFormattableDocument doc) {
		ISemanticRegionsFinder r = regionFor(model);
		doc.append(r.keyword("package"), ONE_SPACE);
		doc.append(r.feature(P.getModel_Name()), EMPTY_LINE);
		List<Import> imports = model.getImports();
		for (int i = 0; i < imports.size(); i++) {
			Import imp = imports.get(i);
			doc.append(regionFor(imp).keyword("import"), ONE_SPACE);
			doc.append(imp, i == imports.size() - 1 ? EMPTY_LINE : NEW_LINE);
		}
		List<Element> elements = model.getElements();
		for (int i = 0; i < elements.size(); i++) {
			doc.format(elements.get(i));
			doc.append(elements.get(i), i == elements.size() - 1 ? NEW_LINE : EMPTY_LINE);
		}
	}

	protected void format(Element e, IFormattableDocument doc) {
		ISemanticRegionsFinder r = regionFor(e);
		for (ISemanticRegion kw : r.keywords("synapse", "morphology", "membrane", "cell", "connection", "protocol",
				"experiment", "sweep", ":", "extends")) {
			doc.append(kw, ONE_SPACE);
		}
		doc.prepend(r.keyword(":"), ONE_SPACE);
		doc.surround(r.keyword("->"), ONE_SPACE);
		doc.prepend(r.keyword("extends"), ONE_SPACE);
		doc.prepend(e.getBody(), ONE_SPACE);
		doc.format(e.getBody());
	}

	protected void format(Body body, IFormattableDocument doc) {
		ISemanticRegionsFinder r = regionFor(body);
		ISemanticRegion open = r.keyword("{");
		ISemanticRegion close = r.keyword("}");
		if (body.getItems().isEmpty()) {
			doc.append(open, ONE_SPACE);
			return;
		}
		doc.interior(open, close, IHiddenRegionFormatter::indent);
		doc.append(open, NEW_LINE);
		for (Item item : body.getItems()) {
			doc.format(item);
			doc.append(item, NEW_LINE);
		}
	}

	protected void format(Setting s, IFormattableDocument doc) {
		doc.surround(regionFor(s).keyword("="), ONE_SPACE);
		if (s.getBody() != null) {
			doc.prepend(s.getBody(), ONE_SPACE);
			doc.format(s.getBody());
		}
		doc.format(s.getValue());
	}

	protected void format(Correlation c, IFormattableDocument doc) {
		ISemanticRegionsFinder r = regionFor(c);
		doc.append(r.keyword("corr"), NO_SPACE);
		doc.append(r.keyword("("), NO_SPACE);
		doc.prepend(r.keyword(","), NO_SPACE);
		doc.append(r.keyword(","), ONE_SPACE);
		doc.prepend(r.keyword(")"), NO_SPACE);
		doc.surround(r.keyword("="), ONE_SPACE);
		doc.format(c.getValue());
	}

	protected void format(MeanSd m, IFormattableDocument doc) {
		doc.surround(regionFor(m).keyword("\u00B1"), ONE_SPACE);
		doc.surround(regionFor(m).keyword("+-"), ONE_SPACE);
		formatChildren(m, doc);
	}

	protected void format(Range range, IFormattableDocument doc) {
		doc.surround(regionFor(range).keyword(".."), ONE_SPACE);
		doc.surround(regionFor(range).keyword("step"), ONE_SPACE);
		formatChildren(range, doc);
	}

	protected void format(Distribution d, IFormattableDocument doc) {
		ISemanticRegionsFinder r = regionFor(d);
		doc.append(r.feature(P.getDistribution_Family()), NO_SPACE);
		commaList(r, "(", ")", doc);
		formatChildren(d, doc);
	}

	protected void format(ListValue l, IFormattableDocument doc) {
		commaList(regionFor(l), "[", "]", doc);
		formatChildren(l, doc);
	}

	private static void commaList(ISemanticRegionsFinder r, String open, String close, IFormattableDocument doc) {
		doc.append(r.keyword(open), NO_SPACE);
		doc.prepend(r.keyword(close), NO_SPACE);
		for (ISemanticRegion comma : r.keywords(",")) {
			doc.prepend(comma, NO_SPACE);
			doc.append(comma, ONE_SPACE);
		}
	}

	protected void format(Quantity q, IFormattableDocument doc) {
		if (q.getUnit() != null) {
			doc.append(regionFor(q).feature(P.getQuantity_Value()), ONE_SPACE);
		}
		parentheses(q, doc);
	}

	protected void format(Binary b, IFormattableDocument doc) {
		doc.surround(regionFor(b).feature(P.getBinary_Op()), ONE_SPACE);
		parentheses(b, doc);
		formatChildren(b, doc);
	}

	protected void format(Negation n, IFormattableDocument doc) {
		doc.append(regionFor(n).keyword("-"), NO_SPACE);
		parentheses(n, doc);
		formatChildren(n, doc);
	}

	protected void format(Call c, IFormattableDocument doc) {
		doc.append(regionFor(c).feature(P.getCall_Function()), NO_SPACE);
		parentheses(c, doc);
		formatChildren(c, doc);
	}

	protected void format(Conditional c, IFormattableDocument doc) {
		doc.surround(regionFor(c).keyword("if"), ONE_SPACE);
		doc.surround(regionFor(c).keyword("else"), ONE_SPACE);
		parentheses(c, doc);
		formatChildren(c, doc);
	}

	protected void format(Condition c, IFormattableDocument doc) {
		doc.surround(regionFor(c).feature(P.getCondition_Op()), ONE_SPACE);
		doc.surround(regionFor(c).feature(P.getCondition_Op2()), ONE_SPACE);
		formatChildren(c, doc);
	}

	private void parentheses(EObject o, IFormattableDocument doc) {
		for (ISemanticRegion open : regionFor(o).keywords("(")) {
			doc.append(open, NO_SPACE);
		}
		for (ISemanticRegion close : regionFor(o).keywords(")")) {
			doc.prepend(close, NO_SPACE);
		}
	}

	private static void formatChildren(EObject o, IFormattableDocument doc) {
		for (EObject child : o.eContents()) {
			if (child instanceof Value || child instanceof Condition) {
				doc.format(child);
			}
		}
	}
}
