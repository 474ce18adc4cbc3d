package org.synplast.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synplast.experiment.plan.InVitroResult;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.stats.Summary;
import org.synplast.experiment.stats.WelchTest;

/** The check goal's decision: Welch's verdict of each experiment against its stated in vitro result. */
class CheckOutcomeTest {

    /** Markram et al. 1997, +10 ms: ratio 1.20 ± 0.06, n = 6. */
    private static final InVitroResult LTP = new InVitroResult(1.2013, 0.0626, 6, "Markram et al. 1997");

    private static ExperimentResult result(double[] ratios, InVitroResult vitro, double alpha) {
        Summary silico = Summary.of(ratios);
        WelchTest test = vitro == null ? null
                : WelchTest.of(silico, Summary.ofMeanSem(vitro.meanRatio(), vitro.sem(), vitro.n()), alpha);
        return new ExperimentResult("mrk97_07", "L5TTPC_L5TTPC", "pre_post_10ms", "AMPLITUDE", 1, ratios.length, 0, 0,
                0, silico, vitro, test, List.of());
    }

    @Test
    void potentiationLikeTheDataPasses() {
        CheckOutcome o = CheckOutcome.of(result(new double[] {1.10, 1.25, 1.18, 1.30, 1.15, 1.22}, LTP, 0.05));
        assertEquals(CheckOutcome.Status.CONSISTENT, o.status());
        assertFalse(o.failsBuild(true));
        assertTrue(o.toString().startsWith("mrk97_07: consistent: in silico 1.200"), o.toString());
    }

    @Test
    void depressionWhereTheDataPotentiatesFails() {
        CheckOutcome o = CheckOutcome.of(result(new double[] {0.80, 0.85, 0.78, 0.90, 0.82, 0.88}, LTP, 0.05));
        assertEquals(CheckOutcome.Status.CONTRADICTED, o.status());
        assertTrue(o.failsBuild(false));
        assertTrue(o.detail().contains("< α = 0.05"), o.detail());
    }

    @Test
    void theExperimentsOwnAlphaDecides() {
        // mean 1.05 vs 1.20: p is between 0.01 and 0.1 here, so α decides
        double[] ratios = {0.95, 1.10, 1.00, 1.15, 1.05, 1.05};
        double p = result(ratios, LTP, 0.05).test().p();
        assertTrue(p > 0.01 && p < 0.1, "p = " + p);
        assertEquals(CheckOutcome.Status.CONTRADICTED, CheckOutcome.of(result(ratios, LTP, 0.1)).status());
        assertEquals(CheckOutcome.Status.CONSISTENT, CheckOutcome.of(result(ratios, LTP, 0.01)).status());
    }

    @Test
    void oneValidPairCannotBeDecided() {
        CheckOutcome o = CheckOutcome.of(result(new double[] {1.2}, LTP, 0.05));
        assertEquals(CheckOutcome.Status.UNDETERMINED, o.status());
        assertTrue(o.failsBuild(true));
        assertFalse(o.failsBuild(false));
    }

    @Test
    void anExperimentWithoutInVitroResultIsNotACheck() {
        CheckOutcome o = CheckOutcome.of(result(new double[] {1.1, 1.2}, null, 0.05));
        assertEquals(CheckOutcome.Status.NO_EXPECTATION, o.status());
        assertTrue(o.failsBuild(false));
    }
}
