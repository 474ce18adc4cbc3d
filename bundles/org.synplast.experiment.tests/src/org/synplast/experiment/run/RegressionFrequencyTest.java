package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.plan.ConnectionPlan;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.SynapseCount;
import org.synplast.experiment.results.PairResult;

/**
 * Regression protection of issue 9: at Δt = +10 ms on L5 TTPC → L5 TTPC (Markram et al. 1997
 * pairing: 10 sweeps, one every 4 s, of 5 presynaptic spikes and 5 postsynaptic APs, in vitro
 * conditions), potentiation rises with the pairing frequency: more synapses end potentiated net
 * (Σ ρ_final − ρ0) at 10 Hz than at 2 Hz. Reduced to the two pairs of {@link L5ttpcPairingTest}
 * (5 synapses each, seed 7) and one test spike before and after; both frequencies run in parallel
 * on one simulator, which calibrates each pair once.
 */
class RegressionFrequencyTest {

    private static List<PairResult> slow;
    private static List<PairResult> fast;

    @BeforeAll
    static void run() {
        ConnectionPlan connection = Experiments.l5ttpc(new SynapseCount.Uniform(5, 5));
        List<List<PairResult>> pairs = RegressionProtocols.run(List.of(plan(connection, 2), plan(connection, 10)));
        slow = pairs.get(0);
        fast = pairs.get(1);
    }

    private static ExperimentPlan plan(ConnectionPlan connection, double frequency) {
        return RegressionProtocols.pairing("pairing " + frequency + " Hz +10 ms", connection, Conditions.IN_VITRO,
                Switches.CONTROL, 5, frequency, 10, 10, 4000, 2, 7);
    }

    @Test
    void everyPostsynapticPulseFiresAnAp() {
        RegressionProtocols.assertEveryPulseFires(slow, 50, "2 Hz");
        RegressionProtocols.assertEveryPulseFires(fast, 50, "10 Hz");
    }

    @Test
    void tenHertzPotentiatesMoreThanTwoHertz() {
        int atSlow = RegressionProtocols.netPotentiated(slow);
        int atFast = RegressionProtocols.netPotentiated(fast);
        assertTrue(atFast > atSlow, "net potentiated synapses at +10 ms: 2 Hz " + atSlow + ", 10 Hz " + atFast);
    }
}
