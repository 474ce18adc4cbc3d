package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.SynapseCount;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.SynapseRecord;

/**
 * Regression protection of issue 9: no plasticity with presynaptic MK-801 (γd = 0) at Δt = −15 ms
 * on L4 PC → L2/3 PC (Rodríguez-Moreno and Paulsen 2008 pairing: 100 sweeps, one every 5 s, of one
 * presynaptic spike and one postsynaptic AP, in vitro conditions, fast-forward). Two pairs of 4–5
 * synapses (seed 33), one test spike before and after induction. On these pairs the control
 * protocol changes no synapse either (c* stays below θd; measured, not asserted), so this protects
 * the outcome the paper states, not the difference from control.
 */
class RegressionMk801Test {

    private static List<PairResult> pairs;

    @BeforeAll
    static void run() {
        pairs = RegressionProtocols.run(List.of(RegressionProtocols.experiment(
                RegressionProtocols.pairing("MK-801 -15 ms", Conditions.IN_VITRO,
                        new Switches(false, false, true, false, false), 1, 0.2, -15, 100, 5000),
                Experiments.l4pcToL23pc(new SynapseCount.Uniform(4, 5)), 2, 33))).get(0);
    }

    @Test
    void everyPostsynapticPulseFiresAnAp() {
        RegressionProtocols.assertEveryPulseFires(pairs, 100, "-15 ms");
    }

    @Test
    void noSynapseChanges() {
        for (PairResult p : pairs) {
            for (SynapseRecord s : p.synapses()) {
                assertEquals(s.parameters().rho0(), s.rhoFinal(), "ρ of " + s);
            }
        }
    }

    /**
     * At Δt = −15 ms no EPSP precedes an AP, and the protocol starts from the pair's settled state
     * on which the latencies were measured, so the APs land close to their intended times.
     * Measured: 0.154 ms at worst over the 100 sweeps on both pairs (0.49 ms when the latencies
     * were measured 650 ms after initialisation and the protocol started from v_init).
     */
    @Test
    void apsLandNearTheirIntendedTimes() {
        for (PairResult p : pairs) {
            assertTrue(p.apTimingErrorMs() < 0.3, "AP timing error [ms]: " + p.apTimingErrorMs());
        }
    }
}
