package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.plan.ConnectionPlan;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Induction;
import org.synplast.experiment.plan.PostStimulus;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.ReadOut;
import org.synplast.experiment.plan.ReadOut.Measure;
import org.synplast.experiment.plan.TestPulses;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SynapseRecord;

/**
 * The reduced protocols of the regression tests of issue 9: the paper's pairings (3 ms calibrated
 * postsynaptic pulses, fast-forward at the end of induction) with one test spike before and one
 * after, read out by the number of synapses whose ρ changed state rather than by EPSP ratios
 * (which would need many test spikes; the EPSP ratio follows from ρ).
 */
final class RegressionProtocols {

    private RegressionProtocols() {
    }

    /**
     * @param name        the protocol's name
     * @param conditions  [Ca²⁺]o, [Mg²⁺]o, temperature
     * @param switches    blockers
     * @param spikes      presynaptic and postsynaptic spikes per burst
     * @param frequency   intra-burst frequency [Hz]
     * @param deltaT      Δt [ms]
     * @param sweeps      bursts
     * @param periodMs    burst start to burst start [ms]
     * @return the pairing protocol
     */
    static ProtocolPlan pairing(String name, Conditions conditions, Switches switches, int spikes, double frequency,
            double deltaT, int sweeps, double periodMs) {
        return new ProtocolPlan(name, conditions, switches, 500, new TestPulses(1000, 1),
                new Induction(spikes, spikes, frequency, deltaT, sweeps, periodMs, new PostStimulus.Calibrated(3)),
                new TestPulses(1000, 1), ReadOut.of(Measure.AMPLITUDE, 1), true);
    }

    /**
     * @param protocol   the protocol
     * @param connection the connection
     * @param pairs      pairs
     * @param seed       experiment seed
     * @return the experiment, without in vitro result
     */
    static ExperimentPlan experiment(ProtocolPlan protocol, ConnectionPlan connection, int pairs, long seed) {
        return new ExperimentPlan(protocol.name(), connection, protocol, pairs, seed, null, 0.05);
    }

    /**
     * Runs the experiments on one simulator (each pair calibrated once per conditions), two threads.
     *
     * @param plans the experiments
     * @return the pairs of each experiment, in order
     */
    static List<List<PairResult>> run(List<ExperimentPlan> plans) {
        RunResults results = new ExperimentRunner(new PairSimulator(), RunOptions.of(2)).run(plans, List.of(),
                new RunInfo("test", Map.of()), RunMonitor.NONE);
        return results.experiments().stream().map(e -> e.pairs()).toList();
    }

    /**
     * @param pairs the pairs of an experiment run with fast-forward
     * @return synapses potentiated (ρ = 1) after the protocol minus those potentiated at its start
     */
    static int netPotentiated(List<PairResult> pairs) {
        double change = 0;
        for (PairResult p : pairs) {
            for (SynapseRecord s : p.synapses()) {
                change += s.rhoFinal() - s.parameters().rho0();
            }
        }
        return (int) Math.round(change);
    }

    /**
     * Asserts that every pair fired at least one somatic AP per postsynaptic pulse of its induction.
     *
     * @param pairs  the pairs of an experiment
     * @param pulses the postsynaptic pulses of the induction (sweeps × spikes per burst)
     * @param what   the protocol, for the message
     */
    static void assertEveryPulseFires(List<PairResult> pairs, int pulses, String what) {
        for (PairResult p : pairs) {
            assertTrue(p.inductionAps() >= pulses, "induction APs at " + what + ": " + p.inductionAps());
        }
    }
}
