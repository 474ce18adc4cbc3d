package org.synplast.dsl.tests.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.measure.Unit;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synplast.dsl.catalogue.BlockSpec;
import org.synplast.dsl.catalogue.Parameter;
import org.synplast.dsl.catalogue.ParameterCatalogue;
import org.synplast.dsl.model.Values;
import org.synplast.dsl.synPlast.Expr;
import org.synplast.dsl.synPlast.Membrane;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.synPlast.Setting;
import org.synplast.dsl.tests.SynPlastInjectorProvider;
import org.synplast.dsl.tests.SynPlastTesting;
import org.synplast.dsl.units.ExpressionUnits;
import org.synplast.dsl.units.UnitParser;

import com.google.inject.Inject;

/** Unit texts to JSR 385 units, conversion to canonical units, expressions of path distance. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SynPlastInjectorProvider.class)
class UnitsTest {

	// relative tolerance of unit conversions: exact decimal factors, so only double rounding
	private static final double TOLERANCE = 1e-12;

	@Inject
	private SynPlastTesting t;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1 | s | ms | 1000", "2 | min | ms | 120000", "70 | nM | mM | 7e-5", "1 | uS | nS | 1000",
			"1 | µS | nS | 1000", "1 | μS | nS | 1000", "250 | pA | nA | 0.25", "0.0744 | nS/um2 | nS/um2 | 0.0744",
			"744 | pS/um2 | nS/um2 | 0.744", "1 | S/cm2 | mS/cm2 | 1000", "1 | µm² | um2 | 1", "1 | um3 | um3 | 1",
			"1 | µm³ | um3 | 1", "100 | ohm*cm | ohm*cm | 100", "100 | Ω·cm | ohm*cm | 100", "1 | uF/cm2 | uF/cm2 | 1",
			"34 | °C | degC | 34", "307.15 | K | degC | 34", "10 | Hz | Hz | 10", "1 | kHz | Hz | 1000",
			"0.0031 | /um | /um | 0.0031", "1 | mm | um | 1000", "2 | mM | uM | 2000" })
	void convertsToCanonicalUnits(double value, String from, String to, double expected) {
		Unit<?> f = UnitParser.parse(from).orElseThrow(() -> new AssertionError(from));
		Unit<?> c = UnitParser.parse(to).orElseThrow(() -> new AssertionError(to));
		assertEquals(expected, UnitParser.convert(value, f, c), Math.abs(expected) * TOLERANCE);
	}

	@Test
	void rejectsUnknownUnitsAndDifferentDimensions() {
		assertTrue(UnitParser.parse("parsec").isEmpty());
		assertTrue(UnitParser.parse("xS").isEmpty());
		assertThrows(IllegalArgumentException.class,
				() -> UnitParser.convert(1, UnitParser.parse("ms").get(), UnitParser.parse("mV").get()));
		assertFalse(UnitParser.parse("Hz").get().isCompatible(UnitParser.parse("ms").get()));
		assertTrue(UnitParser.parse("Hz").get().isCompatible(UnitParser.parse("/s").get()));
	}

	@Test
	void everyCatalogueUnitAndDefaultIsValid() {
		for (String kind : ParameterCatalogue.ELEMENT_KINDS) {
			check(ParameterCatalogue.root(kind).orElseThrow());
		}
	}

	private static void check(BlockSpec b) {
		for (Parameter p : b.parameters().values()) {
			if (p.isDimensional()) {
				assertTrue(UnitParser.parse(p.canonicalUnit()).isPresent(), p.key() + " " + p.canonicalUnit());
				String d = p.defaultText();
				if (!d.isEmpty() && !d.contains("±") && !d.contains("..") && p.symbols().isEmpty()) {
					assertTrue(Values.defaultValue(p).isPresent(), p.key() + " default " + d);
				}
			}
		}
		b.blocks().values().forEach(UnitsTest::check);
	}

	private Expr density(String expression) throws Exception {
		Model m = t.parse(SynPlastTesting.base("g_pas = 3e-5 S/cm2", "Ih = " + expression));
		Membrane membrane = (Membrane) m.getElements().stream().filter(Membrane.class::isInstance).findFirst()
				.orElseThrow();
		Setting all = (Setting) membrane.getBody().getItems().get(0);
		return (Expr) ((Setting) all.getBody().getItems().get(0)).getValue();
	}

	@Test
	void evaluatesDistanceDependentDensities() throws Exception {
		Unit<?> sPerCm2 = UnitParser.parse("S/cm2").orElseThrow();
		// BBP 2015 Ih: 8e-5 (-0.8696 + 2.087 exp(0.0031 d)), d in um (cells.md §2.2)
		Expr ih = density("8e-5 S/cm2 * (-0.8696 + 2.087 * exp(0.0031 /um * d))");
		for (double d : new double[] { 0, 100, 685, 1000 }) {
			double expected = 8e-5 * (-0.8696 + 2.087 * Math.exp(0.0031 * d));
			assertEquals(expected, ExpressionUnits.evaluate(ih, sPerCm2, d, 1200), expected * TOLERANCE);
		}
		// Hay 2011 Ih normalised by the longest apical path Lmax
		Expr hay = density("0.0002 S/cm2 * (-0.8696 + 2.087 * exp(3.6161 * d / Lmax))");
		double expected = 0.0002 * (-0.8696 + 2.087 * Math.exp(3.6161 * 0.5));
		assertEquals(expected, ExpressionUnits.evaluate(hay, sPerCm2, 600, 1200), expected * TOLERANCE);
		// Hay 2011 Ca_LVAst hot zone (strict inequalities)
		Expr zone = density("0.0187 S/cm2 if 685 um < d < 885 um else 0.000187 S/cm2");
		assertEquals(0.0187, ExpressionUnits.evaluate(zone, sPerCm2, 700, 1200), 0.0187 * TOLERANCE);
		assertEquals(0.000187, ExpressionUnits.evaluate(zone, sPerCm2, 685, 1200), 0.000187 * TOLERANCE);
		assertEquals(0.000187, ExpressionUnits.evaluate(zone, sPerCm2, 900, 1200), 0.000187 * TOLERANCE);
		// a density written in mS/cm2 comes out in the canonical S/cm2
		assertEquals(0.5e-3, ExpressionUnits.evaluate(density("0.5 mS/cm2"), sPerCm2, 0, 0), 0.5e-3 * TOLERANCE);
	}

	@Test
	void readsCanonicalValuesOfSettings() throws Exception {
		Model m = t.parse(SynPlastTesting.base("tau_ca = 12 ms", "tau_ca = 0.012 s\n    ca_rest = 70 nM\n"
				+ "    tau_ind = 70000 ms"));
		org.synplast.dsl.synPlast.Element s = m.getElements().get(0);
		assertEquals(12, Values.number(s, "tau_ca").getAsDouble(), 12 * TOLERANCE);
		assertEquals(7e-5, Values.number(s, "ca_rest").getAsDouble(), 7e-5 * TOLERANCE);
		assertEquals(70, Values.number(s, "tau_ind").getAsDouble(), 70 * TOLERANCE);
		assertEquals(0.2, Values.numberOrDefault(s, "tau_r_AMPA").getAsDouble(), 0.2 * TOLERANCE);
	}
}
