package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.plan.ConnectionPlan;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.InVitroResult;
import org.synplast.experiment.plan.Induction;
import org.synplast.experiment.plan.PostStimulus;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.ReadOut;
import org.synplast.experiment.plan.ReadOut.Measure;
import org.synplast.experiment.plan.SynapseCount;
import org.synplast.experiment.plan.TestPulses;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.RunResults;

/**
 * The demonstration of issue 4 on the shipped L5 TTPC, through the pair simulation: the Markram
 * et al. 1997 pairing (10 sweeps, one every 4 s, of 5 presynaptic and 5 postsynaptic spikes at
 * 10 Hz) on an L5 TTPC → L5 TTPC pair (paper parameter set, in vitro conditions, fast-forward at
 * the end of induction as in the paper) potentiates at Δt = +10 ms and depresses at Δt = −10 ms:
 * over the synapses of two pairs (stochastic release), more end potentiated (ρ = 1) than started
 * so (ρ0 ~ Bernoulli(U)) at +10 ms, fewer at −10 ms. One test spike before and after keeps the
 * protocol short; both conditions run in parallel on one simulator, which calibrates each pair
 * once.
 */
class L5ttpcPairingTest {

    private static List<PairResult> plus;
    private static List<PairResult> minus;

    @BeforeAll
    static void run() {
        ConnectionPlan connection = Experiments.l5ttpc(new SynapseCount.Uniform(5, 5));
        RunResults results = new ExperimentRunner(new PairSimulator(), RunOptions.of(2)).run(
                List.of(plan(connection, +10), plan(connection, -10)), List.of(),
                new RunInfo("test", Map.of()), RunMonitor.NONE);
        plus = results.experiments().get(0).pairs();
        minus = results.experiments().get(1).pairs();
    }

    private static ExperimentPlan plan(ConnectionPlan connection, double deltaT) {
        ProtocolPlan protocol = new ProtocolPlan("pairing " + deltaT, Conditions.IN_VITRO, Switches.CONTROL, 500,
                new TestPulses(1000, 1), new Induction(5, 5, 10, deltaT, 10, 4000, new PostStimulus.Calibrated(3)),
                new TestPulses(1000, 1), ReadOut.of(Measure.AMPLITUDE, 1), true);
        return new ExperimentPlan("pairing " + deltaT, connection, protocol, 2, 7,
                new InVitroResult(1.2013, 0.0626, 6, "Markram et al. 1997"), 0.05);
    }

    @Test
    void everyPostsynapticPulseFiresAnAp() {
        RegressionProtocols.assertEveryPulseFires(plus, 50, "+10 ms");
        RegressionProtocols.assertEveryPulseFires(minus, 50, "-10 ms");
    }

    @Test
    void plusTenMillisecondsPotentiates() {
        int net = RegressionProtocols.netPotentiated(plus);
        assertTrue(net > 0, "net potentiated synapses at +10 ms: " + net);
    }

    @Test
    void minusTenMillisecondsDepresses() {
        int net = RegressionProtocols.netPotentiated(minus);
        assertTrue(net < 0, "net potentiated synapses at -10 ms: " + net);
    }
}
