package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.synplast.engine.synapse.PlasticityParameters;
import org.synplast.engine.synapse.SynapseLocation;
import org.synplast.engine.synapse.Thresholds;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.Protocols;
import org.synplast.experiment.readout.PairStatus;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.SynapseRecord;

/** The pair simulation on the ball-and-sticks test cell (not the engine's Hay/BBP cell types). */
class PairSimulatorTest {

    private static final PairSimulator SIMULATOR = new PairSimulator();

    private static PairResult run(PairSimulator simulator, ExperimentPlan plan, int pair, TraceOptions traces) {
        return simulator.simulate(new PairJob(plan, pair, 0.025, traces, () -> false));
    }

    @Test
    void aPairIsAPureFunctionOfPlanAndIndex() {
        ExperimentPlan plan = Experiments.plan(Protocols.quick(2, 2, 10), 4);
        PairResult a = run(SIMULATOR, plan, 1, TraceOptions.NONE);
        PairResult b = run(new PairSimulator(), plan, 1, TraceOptions.NONE);
        assertEquals(a.ratio(), b.ratio());
        assertArrayEquals(a.baselineEpspMv(), b.baselineEpspMv());
        assertArrayEquals(a.afterEpspMv(), b.afterEpspMv());
        assertEquals(a.synapses(), b.synapses());
        PairResult other = run(SIMULATOR, plan, 2, TraceOptions.NONE);
        assertNotEquals(a.synapses(), other.synapses());
    }

    @Test
    void synapsesFollowTheConnectionAndTheirCalibration() {
        ExperimentPlan plan = Experiments.plan(Protocols.quick(2, 2, 10), 4);
        PairResult r = run(SIMULATOR, plan, 0, TraceOptions.NONE);
        assertTrue(r.synapses().size() >= 2 && r.synapses().size() <= 5, "2-5 synapses");
        PlasticityParameters fit = plan.connection().plasticity();
        for (SynapseRecord s : r.synapses()) {
            assertTrue(Set.of("BASAL", "APICAL").contains(s.dendrite()));
            assertTrue(s.pathDistanceUm() <= 1000);
            assertTrue(s.cPre() > 0 && s.cPost() > 0, "calibration peaks");
            Thresholds t = fit.thresholds(SynapseLocation.valueOf(s.dendrite()), s.cPre(), s.cPost());
            assertEquals(t.thetaD(), s.thetaD());
            assertEquals(t.thetaP(), s.thetaP());
            assertTrue(s.rhoFinal() >= 0 && s.rhoFinal() <= 1);
        }
        assertEquals(3, r.baselineEpspMv().length);
        assertEquals(PairStatus.VALID, r.status());
        assertTrue(r.before() > 0.01);
        assertNull(r.trace());
    }

    /**
     * Without presynaptic spikes in the bursts, the APs come where the latency calibration (on
     * the cell with the pair's silent synapses, pulses placed as in the schedule) put them, up to
     * the pulse onset falling between steps (the pulse starts at the first step whose midpoint is
     * past the onset, up to dt = 0.025 ms early) and the cell's state at another time after rest,
     * to which a pulse at threshold is very sensitive: within 0.05 ms.
     */
    @Test
    void postApsCrossTheThresholdAtTheirIntendedTimes() {
        ExperimentPlan plan = Experiments.plan(Protocols.quick(0, 3, 5), 2);
        PairResult r = run(SIMULATOR, plan, 0, TraceOptions.NONE);
        assertEquals(6, r.inductionAps());
        assertTrue(r.apTimingErrorMs() < 0.05, "AP timing error " + r.apTimingErrorMs() + " ms");
        assertEquals(3, r.apLatencyMs().length);
    }

    @Test
    void aTracedPairKeepsDecimatedTracesOfTheInduction() {
        ExperimentPlan plan = Experiments.plan(Protocols.quick(2, 2, 10), 2);
        PairResult r = run(SIMULATOR, plan, 1, new TraceOptions(new int[] {1}, 1, TraceOptions.Window.INDUCTION));
        // induction from 1200 to 2200 ms, one sample per ms
        assertEquals(1001, r.trace().somaMv().length);
        assertEquals(1200, r.trace().t0Ms(), 1e-9);
        assertEquals(1, r.trace().intervalMs(), 1e-12);
        assertEquals(r.synapses().size(), r.trace().rho().length);
        for (int k = 0; k < r.synapses().size(); k++) {
            assertEquals(r.synapses().get(k).parameters().rho0(), r.trace().rho()[k][0], 1e-3, "rho at induction start");
        }
        // quiescence skipping stays out of the traced window: every sample is taken
        double[] soma = r.trace().somaMv();
        for (int i = 0; i < soma.length; i++) {
            assertNotEquals(0.0, soma[i], "sample " + i);
        }
    }
}
