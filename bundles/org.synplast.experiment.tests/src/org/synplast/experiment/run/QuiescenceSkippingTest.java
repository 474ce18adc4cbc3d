package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
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
 * Quiescence skipping against the plain fixed-step run on a reduced protocol (ball-and-sticks
 * test cell at 6.3 °C; 4 test spikes every 1.5 s before and after 2 sweeps of 5 + 5 spikes at
 * 20 Hz, Δt = +10 ms, one every 1 s; fast-forward on), 4 pairs; and on one pair of the shipped
 * L5 TTPC. Thread-count independence with
 * skipping (the default) is {@link ExperimentRunnerTest}'s.
 */
class QuiescenceSkippingTest {

    private static final ExperimentPlan PLAN = Experiments.plan(new ProtocolPlan("reduced",
            new Conditions(2.0, 1.0, 6.3), Switches.CONTROL, 300, new TestPulses(1500, 4),
            new Induction(5, 5, 20, 10, 2, 1000, new PostStimulus.Calibrated(3)), new TestPulses(1500, 4),
            ReadOut.of(Measure.AMPLITUDE, 4), true), 4);
    private static final RunInfo INFO = new RunInfo("test", Map.of("x.synplast", "00"));

    private static PairResult[] run(QuiescenceSkipping skipping) {
        RunResults r = new ExperimentRunner(new PairSimulator(), RunOptions.of(1).withSkipping(skipping))
                .run(List.of(PLAN), List.of(), INFO, RunMonitor.NONE);
        return r.experiments().get(0).pairs().toArray(PairResult[]::new);
    }

    /**
     * Held gaps keep a residual voltage transient below ~1e−4 mV (the engine's test), which moves
     * little within a 100 ms EPSP window, against EPSPs of tenths of a mV; relaxed gaps start every
     * EPSP from the resting state the stepped run decays to: every EPSP agrees to 1e−5 mV + 1e−5
     * relative (a release failure's "EPSP" is the drift of the baseline alone), the mean ratio to
     * 1e−5 relative (the required accuracy is 0.5 %), and the final ρ states after fast-forward are
     * identical.
     */
    @Test
    void skippingReproducesTheFixedStepRun() {
        assertAgree(run(QuiescenceSkipping.OFF), run(QuiescenceSkipping.ON));
    }

    /**
     * The same on one pair of the shipped L5 TTPC (621 compartments, slow Ih, Im and Ca pools; 3 test
     * spikes every 2 s before and after 2 sweeps of 5 + 5 spikes at 10 Hz, Δt = +10 ms, one every
     * 4 s), where skipping must also leave out most of the steps, under a quarter in every phase
     * (the bursts are stepped in full, the calm tails after them in long steps of 1 ms, test EPSP
     * windows up to their peak). Measured: EPSPs agree to 2.8e−7 mV; solved 3.5 %, 13.3 % and
     * 1.6 % of the baseline, induction and after-induction steps.
     */
    @Test
    void skippingReproducesTheFixedStepRunOnTheL5Ttpc() {
        ExperimentPlan plan = new ExperimentPlan("L5 TTPC", Experiments.l5ttpc(new SynapseCount.Uniform(5, 5)),
                new ProtocolPlan("reduced", Conditions.IN_VITRO, Switches.CONTROL, 500, new TestPulses(2000, 3),
                        new Induction(5, 5, 10, 10, 2, 4000, new PostStimulus.Calibrated(3)), new TestPulses(2000, 3),
                        ReadOut.of(Measure.AMPLITUDE, 3), true), 1, 7, null, 0.05);
        PairSimulator simulator = new PairSimulator();
        StepCounts plain = new StepCounts();
        StepCounts skipped = new StepCounts();
        PairResult full = simulator.simulate(new PairJob(plan, 0, 0.025, TraceOptions.NONE, () -> false,
                QuiescenceSkipping.OFF), plain);
        PairResult fast = simulator.simulate(new PairJob(plan, 0, 0.025, TraceOptions.NONE, () -> false,
                QuiescenceSkipping.ON), skipped);
        assertAgree(new PairResult[] {full}, new PairResult[] {fast});
        for (StepCounts.Phase phase : StepCounts.Phase.values()) {
            assertEquals(plain.solved(phase), skipped.covered(phase) + skipped.skipped(phase), phase + " steps");
            assertTrue(skipped.solved(phase) < 0.25 * plain.solved(phase), phase + " steps solved: "
                    + skipped.solved(phase) + " of " + plain.solved(phase));
        }
    }

    private static void assertAgree(PairResult[] full, PairResult[] skipped) {
        boolean anyDifferent = false;
        double sumFull = 0;
        double sumSkipped = 0;
        for (int i = 0; i < full.length; i++) {
            PairResult a = full[i];
            PairResult b = skipped[i];
            assertEquals(a.status(), b.status());
            for (int k = 0; k < a.synapses().size(); k++) {
                assertEquals(a.synapses().get(k).rhoFinal(), b.synapses().get(k).rhoFinal(), "pair " + i + " rho " + k);
            }
            double[] ea = concat(a.baselineEpspMv(), a.afterEpspMv());
            double[] eb = concat(b.baselineEpspMv(), b.afterEpspMv());
            for (int k = 0; k < ea.length; k++) {
                assertEquals(ea[k], eb[k], 1e-5 + 1e-5 * Math.abs(ea[k]), "pair " + i + " EPSP " + k);
            }
            anyDifferent |= !Arrays.equals(ea, eb);
            sumFull += a.ratio();
            sumSkipped += b.ratio();
        }
        assertEquals(sumFull, sumSkipped, 1e-5 * Math.abs(sumFull), "mean EPSP ratio");
        // bit-identical results would mean nothing was held
        assertTrue(anyDifferent, "no quiescent interval was skipped");
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
