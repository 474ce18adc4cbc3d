package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.mechanism.RateEvaluation;
import org.synplast.engine.quiescence.QuiescenceSettings;
import org.synplast.engine.synapse.Calibration;
import org.synplast.engine.synapse.RestingState;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.Induction;
import org.synplast.experiment.plan.PostStimulus;

/**
 * The postsynaptic pulse calibration on the engine's cells at 34 °C, from the resting state the
 * pair simulation gives it (the cell alone settled to {@link PostCurrent#SETTLED_MS}).
 */
class PostCurrentTest {

    private static final double DT = 0.025;

    private static RestingState alone(Cell cell) {
        return settled(cell, PostCurrent.SETTLED_MS);
    }

    private static RestingState settled(Cell cell, double untilMs) {
        return RestingState.settle(() -> new Simulation(cell, DT, RateEvaluation.TABULATED), untilMs);
    }

    /** @return per window [onset k, onset k+1) (the last: 100 ms), the number of upward −30 mV crossings */
    private static int[] apsPerWindow(Cell cell, double firstOnsetMs, double intervalMs, int n, PostCurrent post) {
        double[] onsets = new double[n];
        for (int k = 0; k < n; k++) {
            onsets[k] = firstOnsetMs + k * intervalMs;
        }
        Simulation sim = new Simulation(cell, DT, RateEvaluation.TABULATED);
        int soma = cell.soma();
        sim.add(new ScheduledPulses(soma, onsets, post.widthMs(), post.amplitudeNa()));
        sim.initialize();
        int[] aps = new int[n];
        double previous = sim.voltage(soma);
        while (sim.time() < onsets[n - 1] + 100) {
            sim.advance();
            double v = sim.voltage(soma);
            if (previous < PostCurrent.AP_THRESHOLD_MV && v >= PostCurrent.AP_THRESHOLD_MV && sim.time() >= onsets[0]) {
                aps[Math.min(n - 1, (int) ((sim.time() - onsets[0]) / intervalMs))]++;
            }
            previous = v;
        }
        return aps;
    }

    /**
     * 5 pulses of 3 ms at 40 Hz on the L5 TTPC (the 7 × 7 grid's 40 Hz column): its
     * afterhyperpolarisation deepens with every AP, so the 5th pulse needs more than the c_post
     * range's 5 nA (at 5 nA the first four pulses fire, the 5th peaks near −50 mV); the calibration
     * searches above it, and the burst at the amplitude found, on the cell at rest, gives exactly
     * one AP per pulse window.
     */
    @Test
    void fivePulsesAtFortyHertzOnTheL5ttpc() {
        Cell cell = Cell.of(CellType.L5_TTPC.model().withCelsius(34));
        Induction induction = new Induction(5, 5, 40, 10, 1, 4000, new PostStimulus.Calibrated(3));
        PostCurrent post = PostCurrent.calibrate(alone(cell), induction);
        assertTrue(post.amplitudeNa() > PostCurrent.MAX_NA && post.amplitudeNa() < PostCurrent.LIMIT_NA,
                "amplitude " + post.amplitudeNa());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1}, apsPerWindow(cell, 3000, 25, 5, post));
        PostCurrent atMax = new PostCurrent(3, PostCurrent.MAX_NA, post.latencyMs());
        assertArrayEquals(new int[] {1, 1, 1, 1, 0}, apsPerWindow(cell, 3000, 25, 5, atMax));
    }

    /**
     * The probes take medium and long steps between the pulses, as the protocol does; their
     * latencies are those of fixed-step probes within 0.005 ms (L5 TTPC and L4 PC, 5 pulses at
     * 10 and 20 Hz; measured at most 1.0e−3 ms, where halving the fixed step moves them by
     * 0.04–0.06 ms).
     */
    @Test
    void latenciesAreThoseOfFixedStepProbes() {
        QuiescenceSettings fixed = PostCurrent.PROBE_STEPS.withoutLongSteps();
        for (CellType type : List.of(CellType.L5_TTPC, CellType.L4_PC)) {
            RestingState rest = alone(Cell.of(type.model().withCelsius(34)));
            for (double interval : new double[] {100, 50}) {
                double amplitude = type == CellType.L5_TTPC ? 5.5 : 1.2;
                double[] stepped = PostCurrent.latencies(rest, 5, interval, 3, amplitude, PostCurrent.PROBE_STEPS);
                double[] plain = PostCurrent.latencies(rest, 5, interval, 3, amplitude, fixed);
                assertArrayEquals(plain, stepped, 0.005, type + " every " + interval + " ms");
            }
        }
    }

    /**
     * One 3 ms pulse on the L2/3 PC: the amplitude calibrated on the settled cell fires it at rest
     * (10 s after initialisation), as in a protocol's induction after minutes of baseline. Its
     * e-model is still 0.34 mV above its rest at 650 ms, and the 0.5755 nA calibrated there peaked
     * at −57 mV at rest; so a cell settled for a shorter time than {@link PostCurrent#SETTLED_MS}
     * is refused.
     */
    @Test
    void singlePulseFiresTheL23pcAtRest() {
        Cell cell = Cell.of(CellType.L23_PC.model().withCelsius(34));
        Induction induction = new Induction(1, 1, 0.2, -15, 1, 5000, new PostStimulus.Calibrated(3));
        PostCurrent post = PostCurrent.calibrate(alone(cell), induction);
        assertArrayEquals(new int[] {1}, apsPerWindow(cell, 10_000, 5000, 1, post), "amplitude " + post.amplitudeNa());
        RestingState early = settled(cell, PostCurrent.ONSET_MS - Calibration.QUIET_LEAD);
        ExperimentException refused = assertThrows(ExperimentException.class,
                () -> PostCurrent.calibrate(early, induction));
        assertTrue(refused.getMessage().contains("settling of the cell alone"), refused.getMessage());
    }

    /**
     * A pulse that does not fire on the pair's resting state (0.5 nA on the L2/3 PC) is raised
     * until it does, instead of being kept silently for a protocol without induction APs.
     */
    @Test
    void withLatenciesOnRaisesAPulseThatDoesNotFireThere() {
        Cell cell = Cell.of(CellType.L23_PC.model().withCelsius(34));
        Induction induction = new Induction(1, 1, 0.2, -15, 1, 5000, new PostStimulus.Calibrated(3));
        PostCurrent weak = new PostCurrent(3, 0.5, new double[] {3});
        assertArrayEquals(new int[] {0}, apsPerWindow(cell, PostCurrent.ONSET_MS, 5000, 1, weak));
        PostCurrent raised = weak.withLatenciesOn(alone(cell), induction);
        assertTrue(raised.amplitudeNa() > 0.5, "amplitude " + raised.amplitudeNa());
        assertArrayEquals(new int[] {1}, apsPerWindow(cell, PostCurrent.ONSET_MS, 5000, 1, raised));
    }
}
