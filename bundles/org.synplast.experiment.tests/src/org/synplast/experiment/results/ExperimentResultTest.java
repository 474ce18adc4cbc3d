package org.synplast.experiment.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.Protocols;
import org.synplast.experiment.stats.Summary;

class ExperimentResultTest {

    /** Two valid pairs; a dropped and a failed one stay out. */
    @Test
    void onlyValidPairsEnterTheStatistics() {
        ExperimentResult e = ResultsFileTest.sample().experiments().get(0);
        assertEquals(Summary.of(new double[] {0.68 / 0.55, 1.0}), e.inSilico());
        assertEquals(4, e.ratios().length);
        assertEquals(1, e.dropped());
        assertEquals(1, e.failed());
        assertEquals(e.inSilico().mean(), (0.68 / 0.55 + 1.0) / 2, 1e-15);
    }

    @Test
    void withoutInVitroDataThereIsNoTest() {
        ExperimentPlan plan = Experiments.plan(Protocols.mrk97_07(), 3).withProtocol("p", Protocols.mrk97_07());
        ExperimentResult e = ExperimentResult.of(plan, ResultsFileTest.sample().experiments().get(0).pairs());
        assertNull(e.test());
        assertNull(e.inVitro());
    }
}
