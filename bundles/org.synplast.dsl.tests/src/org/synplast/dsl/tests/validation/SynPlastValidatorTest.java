package org.synplast.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synplast.dsl.tests.SynPlastTesting.BASE;
import static org.synplast.dsl.tests.SynPlastTesting.base;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.tests.SynPlastInjectorProvider;
import org.synplast.dsl.tests.SynPlastTesting;
import org.synplast.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * One pair of tests per {@code @Check} of the validator, named after it: {@code <check>_fires}
 * makes it report, {@code <check>_quiet} keeps it silent ({@link CheckCoverageTest} enforces this).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SynPlastInjectorProvider.class)
class SynPlastValidatorTest {

	@Inject
	private SynPlastTesting t;

	@Test
	void baseDocumentHasNoIssues() throws Exception {
		Model m = t.parse(BASE);
		assertEquals(List.of(), t.issues(m).stream().map(Issue::getMessage).toList());
	}

	@Test
	void checkUnknownKey_fires() throws Exception {
		List<Issue> issues = t.assertFires(base("tau_ca = 12 ms", "tau_caa = 12 ms"), IssueCodes.UNKNOWN_KEY);
		assertTrue(issues.get(0).getMessage().contains("Did you mean 'tau_ca'?"), issues.get(0).getMessage());
	}

	@Test
	void checkUnknownKey_quiet() throws Exception {
		t.assertQuiet(base("tau_ca = 12 ms", "apical { a_d_pre = 1.1 }\n    tau_ca = 12 ms"), IssueCodes.UNKNOWN_KEY);
	}

	@Test
	void checkDuplicateKey_fires() throws Exception {
		t.assertFires(base("tau_ca = 12 ms", "tau_ca = 12 ms\n    tau_ca = 13 ms"), IssueCodes.DUPLICATE_KEY);
	}

	@Test
	void checkDuplicateKey_quiet() throws Exception {
		t.assertQuiet(base("tau_ca = 12 ms", "tau_ca = 12 ms\n    tau_exp = 100 s"), IssueCodes.DUPLICATE_KEY);
	}

	@Test
	void checkValueKind_fires() throws Exception {
		t.assertFires(base("tau_ca = 12 ms", "tau_ca = \"12 ms\""), IssueCodes.WRONG_VALUE_KIND);
		t.assertFires(base("protocol = P", "protocol = 5"), IssueCodes.WRONG_VALUE_KIND);
		t.assertFires(base("tau_ca = 12 ms", "tau_ca = 12 ms ± 1 ms"), IssueCodes.WRONG_VALUE_KIND);
		// a string outside the slot's choices; a list in a slot without lists; an empty profile list
		t.assertFires(BASE + "morphology F { axon_stub = \"bbp2016\" }\n", IssueCodes.WRONG_VALUE_KIND);
		t.assertFires(BASE + "membrane F { distance_origin = \"soma(0)\" }\n", IssueCodes.WRONG_VALUE_KIND);
		t.assertFires(base("soma { length = 20 um", "soma { length = [20 um, 30 um]"), IssueCodes.WRONG_VALUE_KIND);
		t.assertFires(BASE + "morphology F { axon { diameter = [] } }\n", IssueCodes.WRONG_VALUE_KIND);
	}

	@Test
	void checkValueKind_quiet() throws Exception {
		t.assertQuiet(base("dt = 10 ms", "dt = 10 ms\n        post_current = calibrated"), IssueCodes.WRONG_VALUE_KIND);
		t.assertQuiet(BASE + "morphology F { axon_stub = \"bbp2015\"  axon { diameter = [2 um, 1 um]  diameter_at = "
				+ "[0 um, 60 um] } }\n", IssueCodes.WRONG_VALUE_KIND);
		t.assertQuiet(BASE + "membrane F { distance_origin = \"soma_start\" }\nmembrane G { distance_origin = "
				+ "\"soma_center\" }\n", IssueCodes.WRONG_VALUE_KIND);
	}

	@Test
	void checkUnknownUnit_fires() throws Exception {
		t.assertFires(base("tau_ca = 12 ms", "tau_ca = 12 mss"), IssueCodes.UNKNOWN_UNIT);
	}

	@Test
	void checkUnknownUnit_quiet() throws Exception {
		t.assertQuiet(base("g_pas = 3e-5 S/cm2", "g_pas = 3e-5 S/cm²  Ra = 100 Ω·cm  cm = 1 µF/cm2"),
				IssueCodes.UNKNOWN_UNIT);
	}

	@Test
	void checkNumberNotFinite_fires() throws Exception {
		t.assertFires(base("tau_ca = 12 ms", "tau_ca = 1e999 ms"), IssueCodes.NUMBER_NOT_FINITE);
	}

	@Test
	void checkNumberNotFinite_quiet() throws Exception {
		t.assertQuiet(base("tau_ca = 12 ms", "tau_ca = 1.2e1 ms"), IssueCodes.NUMBER_NOT_FINITE);
	}

	@Test
	void checkExpressionDimension_fires() throws Exception {
		t.assertFires(base("g_pas = 3e-5 S/cm2", "g_pas = 3e-5 S/cm2 * exp(0.003 * d)"),
				IssueCodes.EXPRESSION_DIMENSION);
		t.assertFires(base("g_pas = 3e-5 S/cm2", "g_pas = 3e-5 S/cm2 + 2 mV"), IssueCodes.EXPRESSION_DIMENSION);
	}

	@Test
	void checkExpressionDimension_quiet() throws Exception {
		t.assertQuiet(base("g_pas = 3e-5 S/cm2",
				"g_pas = 3e-5 S/cm2 * (-0.8696 + 2.087 * exp(0.0031 /um * d))\n"
						+ "    Ca_LVAst = 0.0187 S/cm2 if 685 um < d < 885 um else 0.000187 S/cm2"),
				IssueCodes.EXPRESSION_DIMENSION);
	}

	@Test
	void checkUnitDimension_fires() throws Exception {
		List<Issue> issues = t.assertFires(base("tau_ca = 12 ms", "tau_ca = 12 mV"), IssueCodes.UNIT_DIMENSION);
		assertTrue(issues.get(0).getMessage().contains("ms"), issues.get(0).getMessage());
		t.assertFires(base("U = 0.5 ± 0.1", "U = 0.5 mM ± 0.1 mM"), IssueCodes.UNIT_DIMENSION);
	}

	@Test
	void checkUnitDimension_quiet() throws Exception {
		t.assertQuiet(base("tau_ca = 12 ms", "tau_ca = 0.012 s"), IssueCodes.UNIT_DIMENSION);
	}

	@Test
	void checkMissingUnit_fires() throws Exception {
		t.assertFires(base("tau_ca = 12 ms", "tau_ca = 12"), IssueCodes.MISSING_UNIT);
	}

	@Test
	void checkMissingUnit_quiet() throws Exception {
		t.assertQuiet(BASE, IssueCodes.MISSING_UNIT);
	}

	@Test
	void checkDistanceUse_fires() throws Exception {
		t.assertFires(base("tau_ca = 12 ms", "tau_ca = 12 ms * d / 100 um"), IssueCodes.DISTANCE_NOT_ALLOWED);
	}

	@Test
	void checkDistanceUse_quiet() throws Exception {
		t.assertQuiet(base("g_pas = 3e-5 S/cm2", "g_pas = 3e-5 S/cm2 * d / Lmax"), IssueCodes.DISTANCE_NOT_ALLOWED);
	}

	@Test
	void checkRange_fires() throws Exception {
		t.assertFires(base("tau_ca = 12 ms", "gamma_ca = 1.5"), IssueCodes.VALUE_OUT_OF_RANGE);
		t.assertFires(base("tau_ca = 12 ms", "tau_ca = 0 ms"), IssueCodes.VALUE_OUT_OF_RANGE);
		t.assertFires(base("synapses = 5", "synapses = 0"), IssueCodes.VALUE_OUT_OF_RANGE);
		t.assertFires(base("protocol P {", "protocol P {\n    conditions { ca_o = -1 mM }"),
				IssueCodes.VALUE_OUT_OF_RANGE);
	}

	@Test
	void checkRange_quiet() throws Exception {
		t.assertQuiet(base("tau_ca = 12 ms", "gamma_ca = 1\n    tau_ca = 1 ms"), IssueCodes.VALUE_OUT_OF_RANGE);
	}

	@Test
	void checkPhysiologicalRange_fires() throws Exception {
		List<Issue> issues = t.assertFires(base("tau_ca = 12 ms", "tau_ca = 12 s"), IssueCodes.NON_PHYSIOLOGICAL);
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
	}

	@Test
	void checkPhysiologicalRange_quiet() throws Exception {
		t.assertQuiet(BASE, IssueCodes.NON_PHYSIOLOGICAL);
	}

	@Test
	void checkCount_fires() throws Exception {
		t.assertFires(base("synapses = 5", "synapses = 5.5"), IssueCodes.NOT_A_COUNT);
		t.assertFires(base("synapses = 5", "synapses = uniform(4, 14.5)"), IssueCodes.NOT_A_COUNT);
	}

	@Test
	void checkCount_quiet() throws Exception {
		t.assertQuiet(base("synapses = 5", "synapses = uniform(4, 14)"), IssueCodes.NOT_A_COUNT);
	}

	@Test
	void checkTimeConstantOrder_fires() throws Exception {
		t.assertFires(base("tau_ca = 12 ms", "tau_r_NMDA = 80 ms"), IssueCodes.RISE_NOT_BELOW_DECAY);
		t.assertFires(base("tau_ca = 12 ms", "tau_d_AMPA = 0.1 ms"), IssueCodes.RISE_NOT_BELOW_DECAY);
	}

	@Test
	void checkTimeConstantOrder_quiet() throws Exception {
		t.assertQuiet(base("tau_ca = 12 ms", "tau_r_NMDA = 1 ms\n    tau_d_NMDA = 50 ms"),
				IssueCodes.RISE_NOT_BELOW_DECAY);
	}

	@Test
	void checkRequired_fires() throws Exception {
		List<Issue> issues = t.assertFires(base("    protocol = P\n", ""), IssueCodes.MISSING_SETTING);
		assertTrue(issues.get(0).getMessage().contains("protocol"), issues.get(0).getMessage());
	}

	@Test
	void checkRequired_quiet() throws Exception {
		t.assertQuiet(BASE + "protocol P2 extends P {\n    induction.dt = -10 ms\n}\n", IssueCodes.MISSING_SETTING);
	}

	@Test
	void checkBurstFitsSweep_fires() throws Exception {
		t.assertFires(base("sweep_period = 4 s", "sweep_period = 300 ms"), IssueCodes.BURST_EXCEEDS_SWEEP);
	}

	@Test
	void checkBurstFitsSweep_quiet() throws Exception {
		t.assertQuiet(base("sweep_period = 4 s", "sweep_period = 500 ms"), IssueCodes.BURST_EXCEEDS_SWEEP);
	}

	@Test
	void checkDtWithinBurstInterval_fires() throws Exception {
		t.assertFires(base("dt = 10 ms", "dt = -150 ms"), IssueCodes.DT_EXCEEDS_INTERVAL);
	}

	@Test
	void checkDtWithinBurstInterval_quiet() throws Exception {
		t.assertQuiet(base("dt = 10 ms", "dt = -90 ms"), IssueCodes.DT_EXCEEDS_INTERVAL);
	}

	@Test
	void checkReadoutWithinPulses_fires() throws Exception {
		t.assertFires(base("protocol P {", "protocol P {\n    readout { last = 100 }"),
				IssueCodes.READOUT_EXCEEDS_PULSES);
		t.assertFires(base("protocol P {", "protocol P {\n    after { duration = 5 min }"),
				IssueCodes.READOUT_EXCEEDS_PULSES);
	}

	@Test
	void checkReadoutWithinPulses_quiet() throws Exception {
		t.assertQuiet(base("protocol P {", "protocol P {\n    readout { last = 30 }\n    after { pulses = 30 }"),
				IssueCodes.READOUT_EXCEEDS_PULSES);
	}

	@Test
	void checkPulsesMatchDuration_fires() throws Exception {
		t.assertFires(base("protocol P {", "protocol P {\n    baseline { pulses = 60  duration = 1 min }"),
				IssueCodes.PULSES_DURATION_MISMATCH);
	}

	@Test
	void checkPulsesMatchDuration_quiet() throws Exception {
		t.assertQuiet(base("protocol P {", "protocol P {\n    baseline { pulses = 60  duration = 10 min }"),
				IssueCodes.PULSES_DURATION_MISMATCH);
	}

	@Test
	void checkPlacementSelectsDendrite_fires() throws Exception {
		t.assertFires(base("synapses = 5", "synapses = 5\n    placement { dendrite = apical  distance = 900 um .. 1000 um }"),
				IssueCodes.PLACEMENT_SELECTS_NOTHING);
		t.assertFires(base("synapses = 5", "synapses = 5\n    placement { distance = 300 um .. 100 um }"),
				IssueCodes.PLACEMENT_SELECTS_NOTHING);
		t.assertFires(base("    apical { length = 800 um  trunk_length = 500 um  diameter = 3 um  tip_diameter = 1 um  branch_order = 3 }\n", "")
				.replace("synapses = 5", "synapses = 5\n    placement.dendrite = apical"), IssueCodes.PLACEMENT_SELECTS_NOTHING);
	}

	@Test
	void checkPlacementSelectsDendrite_quiet() throws Exception {
		t.assertQuiet(base("synapses = 5", "synapses = 5\n    placement { dendrite = apical  distance = 700 um .. 1000 um }"),
				IssueCodes.PLACEMENT_SELECTS_NOTHING);
	}

	@Test
	void checkBlockersAffectSomething_fires() throws Exception {
		List<Issue> issues = t.assertFires(base("tau_ca = 12 ms", "gamma_d = 0").replace("protocol P {",
				"protocol P {\n    conditions { blockers = [MK801] }"), IssueCodes.BLOCKER_WITHOUT_EFFECT);
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		t.assertFires(base("nmda_ampa_ratio = 0.5", "nmda_ampa_ratio = 0").replace("protocol P {",
				"protocol P {\n    conditions { blockers = [NMDA] }"), IssueCodes.BLOCKER_WITHOUT_EFFECT);
	}

	@Test
	void checkBlockersAffectSomething_quiet() throws Exception {
		t.assertQuiet(base("protocol P {", "protocol P {\n    conditions { blockers = [MK801, NMDA, VDCC] }"),
				IssueCodes.BLOCKER_WITHOUT_EFFECT);
	}

	@Test
	void checkImportResolves_fires() throws Exception {
		t.assertFires(base("package t\n", "package t\nimport \"missing.synplast\"\n"), IssueCodes.IMPORT_NOT_FOUND);
	}

	@Test
	void checkImportResolves_quiet() throws Exception {
		File dir = Files.createTempDirectory("synplast").toFile();
		Files.writeString(new File(dir, "lib.synplast").toPath(), "package lib\nsynapse Paper { }\n");
		Model m = t.parse(base("package t\n", "package t\nimport \"lib.synplast\"\n").replace("synapse = S",
				"synapse = lib.Paper"), new File(dir, "test.synplast").toURI().toString(), t.resourceSet());
		assertEquals(List.of(), t.issues(m).stream().map(Issue::getMessage).toList());
	}

	@Test
	void checkImportCycle_fires() throws Exception {
		ResourceSet rs = t.resourceSet();
		t.parse("package a\nimport \"b.synplast\"\nsynapse A { }\n", "file:/synplast-test/a.synplast", rs);
		Model b = t.parse("package b\nimport \"a.synplast\"\nsynapse B { }\n", "file:/synplast-test/b.synplast", rs);
		assertEquals(1, t.issues(b, IssueCodes.IMPORT_CYCLE).size());
	}

	@Test
	void checkImportCycle_quiet() throws Exception {
		ResourceSet rs = t.resourceSet();
		t.parse("package a\nsynapse A { }\n", "file:/synplast-test/a.synplast", rs);
		Model b = t.parse("package b\nimport \"a.synplast\"\nsynapse B extends a.A { }\n",
				"file:/synplast-test/b.synplast", rs);
		assertEquals(List.of(), t.issues(b, IssueCodes.IMPORT_CYCLE));
	}

	@Test
	void checkDuplicateElement_fires() throws Exception {
		t.assertFires(BASE + "synapse S { }\n", IssueCodes.DUPLICATE_ELEMENT);
		ResourceSet rs = t.resourceSet();
		t.parse("package t\nsynapse S { }\n", "file:/synplast-test/other.synplast", rs);
		Model m = t.parse(base("package t\n", "package t\nimport \"other.synplast\"\n"),
				"file:/synplast-test/test.synplast", rs);
		assertEquals(1, t.issues(m, IssueCodes.DUPLICATE_ELEMENT).size());
	}

	@Test
	void checkDuplicateElement_quiet() throws Exception {
		t.assertQuiet(BASE + "synapse S2 { }\n", IssueCodes.DUPLICATE_ELEMENT);
	}

	@Test
	void checkExtendsKind_fires() throws Exception {
		t.assertFires(BASE + "protocol Q extends S { }\n", IssueCodes.EXTENDS_KIND);
	}

	@Test
	void checkExtendsKind_quiet() throws Exception {
		t.assertQuiet(BASE + "protocol Q extends P { }\n", IssueCodes.EXTENDS_KIND);
	}

	@Test
	void checkExtendsCycle_fires() throws Exception {
		t.assertFires(BASE + "synapse Q extends R { }\nsynapse R extends Q { }\n", IssueCodes.EXTENDS_CYCLE);
	}

	@Test
	void checkExtendsCycle_quiet() throws Exception {
		t.assertQuiet(BASE + "synapse Q extends S { }\nsynapse R extends Q { }\n", IssueCodes.EXTENDS_CYCLE);
	}

	@Test
	void checkMorphologyFormat_fires() throws Exception {
		t.assertFires(BASE + "morphology F { file = \"cell.txt\" }\n", IssueCodes.MORPHOLOGY_FORMAT);
	}

	@Test
	void checkMorphologyFormat_quiet() throws Exception {
		t.assertQuiet(BASE + "morphology F { file = \"cell.ASC\" }\nmorphology G { file = \"cell.swc\" }\n",
				IssueCodes.MORPHOLOGY_FORMAT);
	}

	@Test
	void checkMorphologyFileExists_fires() throws Exception {
		File dir = Files.createTempDirectory("synplast").toFile();
		Model m = t.parse(BASE + "morphology F { file = \"missing.swc\" }\n",
				new File(dir, "test.synplast").toURI().toString(), t.resourceSet());
		assertEquals(1, t.issues(m, IssueCodes.MORPHOLOGY_FILE_MISSING).size());
	}

	@Test
	void checkMorphologyFileExists_quiet() throws Exception {
		File dir = Files.createTempDirectory("synplast").toFile();
		Files.writeString(new File(dir, "present.swc").toPath(), "1 1 0 0 0 10 -1\n");
		Model m = t.parse(BASE + "morphology F { file = \"present.swc\" }\n",
				new File(dir, "test.synplast").toURI().toString(), t.resourceSet());
		assertEquals(List.of(), t.issues(m, IssueCodes.MORPHOLOGY_FILE_MISSING));
	}

	@Test
	void checkParametricMorphology_fires() throws Exception {
		String basal = "basal { trees = 4  length = 200 um  diameter = 1 um  tip_diameter = 0.5 um  branch_order = 2 }";
		t.assertFires(base(basal, "basal { trees = 4  diameter = 1 um }"), IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base(basal, basal.replace("branch_order = 2", "branch_order = 2  tips = 16")),
				IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base(basal, basal.replace("tip_diameter", "mean_diameter = 0.6 um  tip_diameter")),
				IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base("trunk_length = 500 um", "trunk_length = 900 um"), IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base("trunk_length = 500 um", ""), IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base("trunk_length = 500 um", "trunk_length = 500 um  obliques = 2"), IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base("trunk_length = 500 um", "trunk_length = 500 um  obliques = 2  oblique_length = 300 um  "
				+ "oblique_at = [200 um, 100 um]"), IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base("trunk_length = 500 um", "trunk_length = 500 um  obliques = 1  oblique_length = 300 um  "
				+ "oblique_at = [600 um]"), IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base("trunk_length = 500 um", "trunk_length = 500 um  obliques = 3  oblique_length = [100 um, "
				+ "200 um]"), IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base("diameter = 3 um", "diameter = [3 um, 2 um]"), IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(base("diameter = 3 um", "diameter = [3 um, 2 um]  diameter_at = [10 um, 50 um]"),
				IssueCodes.MORPHOLOGY_SHAPE);
		t.assertFires(BASE + "morphology F { axon { diameter = 1 um  diameter_at = [0 um, 5 um] } }\n",
				IssueCodes.MORPHOLOGY_SHAPE);
	}

	@Test
	void checkParametricMorphology_quiet() throws Exception {
		t.assertQuiet(BASE, IssueCodes.MORPHOLOGY_SHAPE);
		t.assertQuiet(base("diameter = 3 um", "diameter = [5 um, 3 um, 3 um, 2 um]  diameter_at = [0 um, 25 um, 25 um, "
				+ "100 um]  obliques = 2  oblique_length = [100 um, 200 um]  oblique_at = [100 um, 200 um]  "
				+ "oblique_tips = 4"),
				IssueCodes.MORPHOLOGY_SHAPE);
		t.assertQuiet(BASE + "morphology F { file = \"cell.swc\"  basal { trees = 2 } }\n", IssueCodes.MORPHOLOGY_SHAPE);
		t.assertQuiet(BASE + "morphology F { basal { trees = 3  tips = 12  length = 200 um  total_length = 1500 um  "
				+ "diameter = 1 um  mean_diameter = 0.7 um } }\n", IssueCodes.MORPHOLOGY_SHAPE);
	}

	@Test
	void checkDistribution_fires() throws Exception {
		t.assertFires(base("U = 0.5 ± 0.1", "U = beta(0.5 ± 0.6)"), IssueCodes.DISTRIBUTION_PARAMETERS);
		t.assertFires(base("synapses = 5", "synapses = uniform(14, 4)"), IssueCodes.DISTRIBUTION_PARAMETERS);
		t.assertFires(base("synapses = 5", "synapses = poisson(1, 2)"), IssueCodes.DISTRIBUTION_PARAMETERS);
	}

	@Test
	void checkDistribution_quiet() throws Exception {
		t.assertQuiet(base("U = 0.5 ± 0.1", "U = beta(0.5 ± 0.2)").replace("synapses = 5", "synapses = poisson(6)")
				.replace("D = 600 ms ± 100 ms", "D = gamma(600 ms ± 100 ms)"), IssueCodes.DISTRIBUTION_PARAMETERS);
	}

	@Test
	void checkStandardDeviation_fires() throws Exception {
		t.assertFires(base("U = 0.5 ± 0.1", "U = 0.5 ± -0.1"), IssueCodes.DISTRIBUTION_PARAMETERS);
	}

	@Test
	void checkStandardDeviation_quiet() throws Exception {
		t.assertQuiet(base("U = 0.5 ± 0.1", "U = 0.5 +- 0"), IssueCodes.DISTRIBUTION_PARAMETERS);
	}

	@Test
	void checkCorrelation_fires() throws Exception {
		t.assertFires(base("synapses = 5", "synapses = 5\n    corr(U, U) = 0.5"), IssueCodes.CORRELATION);
		t.assertFires(base("synapses = 5", "synapses = 5\n    corr(U, gsyn) = 1.5"), IssueCodes.CORRELATION);
		t.assertFires(base("tau_ca = 12 ms", "tau_ca = 12 ms\n    corr(U, gsyn) = 0.5"), IssueCodes.CORRELATION);
	}

	@Test
	void checkCorrelation_quiet() throws Exception {
		t.assertQuiet(base("synapses = 5", "synapses = 5\n    corr(U, gsyn) = 0.9\n    corr(spine_volume, Nrrp) = -0.2"),
				IssueCodes.CORRELATION);
	}

	@Test
	void checkSweepAxis_fires() throws Exception {
		t.assertFires(BASE + "sweep W {\n    experiment = X\n    induction.dt = []\n}\n", IssueCodes.SWEEP_AXIS);
		t.assertFires(BASE + "sweep W {\n    experiment = X\n    induction.dt = -10 ms .. 10 ms step -5 ms\n}\n",
				IssueCodes.SWEEP_AXIS);
	}

	@Test
	void checkSweepAxis_quiet() throws Exception {
		t.assertQuiet(BASE + "sweep W {\n    experiment = X\n    induction.dt = -10 ms .. 10 ms step 5 ms\n"
				+ "    induction.frequency = [1 Hz, 5 Hz]\n}\n", IssueCodes.SWEEP_AXIS);
	}
}
