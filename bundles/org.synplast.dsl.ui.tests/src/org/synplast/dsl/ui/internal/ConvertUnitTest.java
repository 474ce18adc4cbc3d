package org.synplast.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.synplast.dsl.ui.SynPlastUi;
import org.synplast.dsl.validation.IssueCodes;

/**
 * The "Convert to <unit>" quick assist converts the number (indriya) into the slot's canonical unit,
 * only for units of the slot's dimension; a unit of another dimension gets the "replace the unit"
 * fix of its UNIT_DIMENSION issue instead.
 */
class ConvertUnitTest {

	private static int counter;

	private static XtextResource parse(String text) throws IOException {
		XtextResourceSet set = SynPlastUi.injector().getInstance(XtextResourceSet.class);
		XtextResource r = (XtextResource) set.createResource(URI.createURI("inmemory:/convert" + counter++
				+ ".synplast"));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return r;
	}

	private static String apply(String text, QuickFixes.Fix fix) {
		StringBuilder b = new StringBuilder(text);
		for (TextEdit e : fix.edits().stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList()) {
			b.replace(e.offset(), e.offset() + e.length(), e.text());
		}
		return b.toString();
	}

	/** The text after the convert assist on the first occurrence of {@code value} in a setting {@code setting}. */
	private static String convert(String block, String setting, String value) throws IOException {
		String text = "package t\n" + block.replace("$", setting + " = " + value) + "\n";
		XtextResource r = parse(text);
		List<QuickFixes.Fix> assists = QuickFixes.assists(r, text.indexOf(value) + value.indexOf(' ') - 1);
		assertEquals(1, assists.size(), value + ": " + assists);
		assertTrue(assists.get(0).label().startsWith("Convert to "), assists.get(0).label());
		String converted = apply(text, assists.get(0));
		int start = converted.indexOf(setting + " = ") + setting.length() + 3;
		int line = (int) converted.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
		List<Issue> issues = Validation.issues(parse(converted), () -> false).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR
						&& i.getLineNumber() == line)
				.toList();
		assertTrue(issues.isEmpty(), "the converted value is valid: " + converted + issues);
		return converted.substring(start, converted.indexOf('\n', start));
	}

	private static final String INDUCTION = "protocol P {\n induction {\n $\n }\n}";
	private static final String CONDITIONS = "protocol P {\n conditions {\n $\n }\n}";
	private static final String MEMBRANE = "membrane M {\n all {\n $\n }\n}";
	private static final String SOMA = "morphology G {\n soma {\n $\n }\n}";

	@Test
	void secondsToMilliseconds() throws IOException {
		assertEquals("200 ms", convert(INDUCTION, "sweep_period", "0.2 s"));
		assertEquals("10 ms", convert(INDUCTION, "dt", "0.01 s"));
		assertEquals("120000 ms", convert(INDUCTION, "sweep_period", "2 min"));
	}

	@Test
	void concentrationsCurrentsConductancesLengths() throws IOException {
		assertEquals("2 mM", convert(CONDITIONS, "ca_o", "2000 uM"));
		assertEquals("2 mM", convert(CONDITIONS, "ca_o", "2000 µM"));
		assertEquals("0.5 nA", convert(INDUCTION, "post_current", "500 pA"));
		assertEquals("3E-5 S/cm2", convert(MEMBRANE, "g_pas", "0.03 mS/cm2"));
		assertEquals("20 um", convert(SOMA, "diameter", "0.02 mm"));
		assertEquals("0.02 Hz", convert(INDUCTION, "frequency", "20 mHz"));
	}

	@Test
	void negativeValuesKeepTheirSign() throws IOException {
		assertEquals("-75 mV", convert(MEMBRANE, "e_pas", "-0.075 V"));
	}

	@Test
	void meanAndSdAreConvertedOneByOne() throws IOException {
		String text = "package t\nconnection C : A -> A {\n D = gamma(0.5 s ± 50 ms)\n}\n";
		XtextResource r = parse(text);
		List<QuickFixes.Fix> assists = QuickFixes.assists(r, text.indexOf("0.5"));
		assertEquals(1, assists.size(), assists.toString());
		assertTrue(apply(text, assists.get(0)).contains("gamma(500 ms ± 50 ms)"), apply(text, assists.get(0)));
		assertTrue(QuickFixes.assists(r, text.indexOf("50 ms")).isEmpty(), "already in ms");
	}

	@Test
	void noConversionInTheCanonicalUnitInsideExpressionsOrAcrossDimensions() throws IOException {
		String text = "package t\nmembrane M {\n all {\n  g_pas = 0.03 mS/cm2 * (1 + 0.001 /um * d)\n }\n}\n"
				+ "protocol P {\n induction {\n  dt = 10 ms\n  sweep_period = 5 mV\n }\n}\n";
		XtextResource r = parse(text);
		assertTrue(QuickFixes.assists(r, text.indexOf("0.03")).isEmpty(), "a factor of an expression");
		assertTrue(QuickFixes.assists(r, text.indexOf("10 ms")).isEmpty(), "already canonical");
		int mv = text.indexOf("5 mV");
		assertTrue(QuickFixes.assists(r, mv).isEmpty(), "mV is no time");
		Issue issue = Validation.issues(r, () -> false).stream()
				.filter(i -> IssueCodes.UNIT_DIMENSION.equals(i.getCode())).findFirst().orElseThrow();
		List<QuickFixes.Fix> fixes = QuickFixes.fixes(r, new QuickFixes.Problem(issue.getCode(), issue.getOffset(),
				issue.getLength()));
		assertEquals(List.of("Replace the unit mV by ms"), fixes.stream().map(QuickFixes.Fix::label).toList());
		assertTrue(apply(text, fixes.get(0)).contains("sweep_period = 5 ms"), "the number is kept");
	}

	@Test
	void aUnitOnADimensionlessSlotIsRemoved() throws IOException {
		String text = "package t\nexperiment E {\n pairs = 2 ms\n}\n";
		XtextResource r = parse(text);
		Issue issue = Validation.issues(r, () -> false).stream()
				.filter(i -> IssueCodes.UNIT_DIMENSION.equals(i.getCode())).findFirst().orElseThrow();
		List<QuickFixes.Fix> fixes = QuickFixes.fixes(r, new QuickFixes.Problem(issue.getCode(), issue.getOffset(),
				issue.getLength()));
		assertEquals("Remove the unit ms", fixes.get(0).label());
		assertTrue(apply(text, fixes.get(0)).contains("pairs = 2\n"), apply(text, fixes.get(0)));
	}

	@Test
	void decimalsAreWrittenInTheLanguagesNumberSyntax() {
		assertEquals("200", QuickFixes.decimal(0.2 * 1000));
		assertEquals("0.001", QuickFixes.decimal(1e-3));
		assertEquals("1.5E-9", QuickFixes.decimal(1.5e-9));
		assertEquals("123456.789", QuickFixes.decimal(123456.789));
		assertEquals("1E13", QuickFixes.decimal(1e13));
		assertEquals("-2.5E-7", QuickFixes.decimal(-2.5e-7));
		assertEquals("0", QuickFixes.decimal(0));
	}
}
