package org.synplast.engine.quiescence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.synplast.engine.EngineException;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.GluSynapse;
import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.engine.synapse.Switches;
import org.synplast.engine.synapse.Thresholds;

/**
 * A held quiescent gap against the same gap stepped at 0.025 ms, on a ball-and-stick cell (hh soma
 * at 6.3 °C, passive dendrite) with two plastic synapses whose thresholds c* crosses downwards
 * inside the gap, so ρ, U_SE and gmax_AMPA are driven across it.
 */
class QuiescenceMonitorTest {

    private static final double[] SPIKES = {200, 210, 220, 230, 240, 2500};
    private static final double END = 2700; // [ms]
    private static final double DT = Simulation.DEFAULT_DT; // [ms]
    private static final Cell CELL = Cell.of(ballAndStick());
    private static final SynapseModel MODEL = SynapseModel.chindemi2022(Conditions.IN_VITRO, Switches.CONTROL);

    private static CellModel ballAndStick() {
        Morphology morphology = new Morphology(List.of(
                Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20)),
                Section.of(SectionType.BASAL, 0, 1, SectionGeometry.Cylinder.of(300, 1.5))));
        return new CellModel(morphology, new Discretization.Fixed(9),
                Map.of(SectionType.SOMA, RegionProperties.NEURON_DEFAULT, SectionType.BASAL,
                        RegionProperties.NEURON_DEFAULT),
                List.of(Insertion.of(Hh.KIND, Set.of(SectionType.SOMA)),
                        Insertion.of(Pas.KIND, Set.of(SectionType.BASAL)).with("g", 1e-4).with("e", -65)),
                6.3, -65, -20, DistanceOrigin.SOMA_CENTER);
    }

    /** Holding only at a fixed point (relaxing to rest only where nothing changed since). */
    private static final QuiescenceSettings STILLNESS_ONLY = new QuiescenceSettings(1, 20, 1e-7, 1e-8, 5, 50, 5, 0, 0,
            1000, 1, 0, 0.1, 0, 10);

    /**
     * One run: the synapses, the somatic voltage after every step (NaN where held or within a long
     * step), steps held, gaps relaxed and long steps taken.
     */
    private record Run(GluSynapse[] synapses, double[] soma, long held, long relaxed, long longSteps) {
    }

    private static Run run(Thresholds thresholds, QuiescenceSettings settings) {
        return run(thresholds, settings, DT);
    }

    private static Run run(Thresholds thresholds, QuiescenceSettings settings, double dt) {
        Simulation sim = new Simulation(CELL, dt);
        GluSynapse[] synapses = synapses(thresholds);
        for (GluSynapse s : synapses) {
            sim.add(s);
        }
        sim.initialize();
        for (double t : SPIKES) {
            for (GluSynapse s : synapses) {
                sim.schedule(t, s);
            }
        }
        QuiescenceMonitor monitor = settings == null ? null : new QuiescenceMonitor(sim, settings);
        long total = Math.round(END / sim.dt());
        double[] soma = new double[(int) total + 1];
        Arrays.fill(soma, Double.NaN);
        int next = 0;
        while (sim.steps() < total) {
            sim.advance();
            soma[(int) sim.steps()] = sim.voltage(CELL.soma());
            while (next < SPIKES.length && SPIKES[next] < sim.time()) {
                next++;
            }
            if (monitor != null) {
                monitor.afterStep(next < SPIKES.length ? SPIKES[next] : END);
            }
        }
        return new Run(synapses, soma, monitor == null ? 0 : monitor.heldSteps(),
                monitor == null ? 0 : monitor.relaxations(), monitor == null ? 0 : monitor.longSteps());
    }

    /**
     * Tolerances: the cell is held once every compartment moved less than 1e−7 mV per 1 ms window
     * for 20 windows; a residual mode of time constant τ then has an amplitude below 1e−7 mV·τ/1 ms,
     * below 1e−4 mV for τ up to 1 s, which the held run keeps instead of letting decay: voltages
     * after the gap agree to 1e−4 mV (measured 3.7e−5 mV). The synapses see the held voltage, so
     * the resting VDCC influx into c* differs by the same relative order: c* agrees to 1e−7
     * relative (measured 1.9–2.1e−8) and the crossing times of the thresholds move by ~1e−5 ms, so
     * ρ agrees to 1e−8 (measured 1.8–1.9e−9). The synapse's substeps of 5 ms add little (the same
     * exact exponentials as at 0.025 ms; ρ by RK4 with a local error ~ (5 ms · 4.5e−3/ms)⁵ = 6e−9;
     * U_SE and gmax_AMPA 2nd order in h/τ_exp = 5e−5): U_SE and gmax_AMPA agree to 1e−8 relative
     * (measured 2.9–5.5e−9; 1e−9 with substeps of 0.5 ms, ten times the cost of holding), [Ca]i and
     * m to 1e−9.
     */
    @Test
    void aHeldGapEqualsTheSteppedOne() {
        // thresholds crossed downwards about 0.5 s and 0.9 s after the burst, inside the gap
        double peak = peakEffectiveCalcium();
        Thresholds thresholds = new Thresholds(0.05 * peak, 0.15 * peak);
        Run stepped = run(thresholds, null);
        Run held = run(thresholds, STILLNESS_ONLY);
        assertTrue(held.held() * 0.025 > 1500, "held " + held.held() * 0.025 + " ms");
        for (int k = 0; k < 2; k++) {
            GluSynapse a = stepped.synapses()[k];
            GluSynapse b = held.synapses()[k];
            assertNotEquals(k == 0 ? 0.0 : 1.0, a.rho(), "rho driven");
            assertEquals(a.rho(), b.rho(), 1e-8, "rho");
            assertEquals(a.effectiveCalcium(), b.effectiveCalcium(), 1e-7 * Math.abs(a.effectiveCalcium()), "c*");
            assertEquals(a.releaseProbability(), b.releaseProbability(), 1e-8 * a.releaseProbability(), "U_SE");
            assertEquals(a.gmaxAmpa(), b.gmaxAmpa(), 1e-8 * a.gmaxAmpa(), "gmax_AMPA");
            assertEquals(a.calcium(), b.calcium(), 1e-9 * a.calcium(), "[Ca]i");
            assertEquals(a.vdccActivation(), b.vdccActivation(), 1e-9, "m");
        }
        double worst = 0;
        int compared = 0;
        for (int i = 0; i < stepped.soma().length; i++) {
            if (!Double.isNaN(held.soma()[i])) {
                worst = Math.max(worst, Math.abs(stepped.soma()[i] - held.soma()[i]));
                compared++;
            }
        }
        assertTrue(worst < 1e-4, "max |dV| " + worst + " mV over " + compared + " common samples");
    }

    /**
     * Relaxing to rest after the burst: the cell is set to the resting state taken at the hold
     * before the burst once every voltage is within 0.01 mV of it (and every other state variable
     * within 1 % of its scale), and held until the next spike. The stepped run decays from that
     * deviation to the same rest well within the 2.2 s gap (slowest cell mode here ~10 ms), so the
     * voltages after the gap agree as closely as after a plain hold (1e−4 mV). The synapses see
     * the resting voltage over the gap instead of the decaying one (at most 0.01 mV away): their
     * NMDA and VDCC calcium influx differs by the Mg-block and driving-force change of 0.01 mV, a
     * relative change of order 1e−3 of the tail's small influx, so c* agrees to 1e−5 relative and
     * ρ, whose drive is integrated while c* is above a threshold, to 1e−6.
     */
    @Test
    void aRelaxedGapMatchesTheSteppedOne() {
        double peak = peakEffectiveCalcium();
        Thresholds thresholds = new Thresholds(0.05 * peak, 0.15 * peak);
        Run stepped = run(thresholds, null);
        Run relaxed = run(thresholds, QuiescenceSettings.DEFAULT.withoutLongSteps());
        assertEquals(1, relaxed.relaxed(), "gaps relaxed to rest");
        assertSynapsesAgree(stepped, relaxed, 1e-6, 1e-5, 1e-6, 1e-6);
        assertVoltageAfterTheGapAgrees(stepped, relaxed, 1e-4);
    }

    /**
     * Long steps without medium steps: after the burst the cell is calm (no voltage moving more
     * than 0.05 mV per 1 ms window) and is taken in steps of 1 ms until it is near rest and
     * relaxed. Implicit Euler errs by O(h/τ) on each mode, but the modes still moving when the
     * cell counts as calm are small, and the synapses integrate their own states over each long
     * step as over a held gap: c* agrees to 2e−4 relative (measured 5.4e−5), ρ, driven while c* is
     * above a threshold, to 2e−5 (measured 5.5e−6), [Ca]i to 1e−5 (1.2e−6), U_SE and gmax_AMPA to
     * 1e−7 (7e−9), and the voltage after the last spike to 5e−4 mV (1.2e−4).
     */
    @Test
    void longStepsThroughCalmStretchesMatchTheSteppedRun() {
        double peak = peakEffectiveCalcium();
        Thresholds thresholds = new Thresholds(0.05 * peak, 0.15 * peak);
        Run stepped = run(thresholds, null);
        Run fast = run(thresholds, QuiescenceSettings.DEFAULT.withoutMediumSteps());
        assertTrue(fast.longSteps() > 100, "long steps " + fast.longSteps());
        assertSynapsesAgree(stepped, fast, 2e-5, 2e-4, 1e-7, 1e-5);
        assertVoltageAfterTheGapAgrees(stepped, fast, 5e-4);
    }

    /**
     * The default settings add medium steps of 0.1 ms where the cell is slow (no voltage moving
     * more than 1 mV per window) but not calm, such as the decay of the EPSP after the last spike.
     * They err by O(h) like the fixed step itself, so the yardstick is the fixed step's own
     * discretisation error, the run at 0.025 ms against the run at 0.0125 ms (of the order of the
     * fixed step's error against the exact solution): against the run at 0.025 ms, the voltage
     * after the last spike, c* and ρ of the default settings differ by at most five times as much
     * as the run at half the step does (measured 4.2, 2.4–2.7 and 0.9–2.8 times: 0.11 mV, 7.3e−6
     * and 0.9–2.1e−5 against 0.025 mV, 2.8–3.0e−6 and 0.7–1.0e−5).
     */
    @Test
    void mediumStepsErrLikeTheFixedStepItself() {
        double peak = peakEffectiveCalcium();
        Thresholds thresholds = new Thresholds(0.05 * peak, 0.15 * peak);
        Run stepped = run(thresholds, null);
        Run halfStep = run(thresholds, null, DT / 2);
        Run withMedium = run(thresholds, QuiescenceSettings.DEFAULT);
        Run longOnly = run(thresholds, QuiescenceSettings.DEFAULT.withoutMediumSteps());
        assertTrue(withMedium.longSteps() > longOnly.longSteps() + 100,
                "medium steps " + (withMedium.longSteps() - longOnly.longSteps()));
        assertTrue(largestVoltageChangeAfterLastSpike(stepped, withMedium)
                <= 5 * largestVoltageChangeAfterLastSpike(stepped, halfStep), "voltage after the last spike");
        for (int k = 0; k < 2; k++) {
            GluSynapse a = stepped.synapses()[k];
            GluSynapse half = halfStep.synapses()[k];
            GluSynapse medium = withMedium.synapses()[k];
            assertTrue(Math.abs(medium.rho() - a.rho()) <= 5 * Math.abs(half.rho() - a.rho()), "rho");
            assertTrue(Math.abs(medium.effectiveCalcium() - a.effectiveCalcium())
                    <= 5 * Math.abs(half.effectiveCalcium() - a.effectiveCalcium()), "c*");
        }
    }

    /**
     * @param rho      tolerance of ρ
     * @param cStar    relative tolerance of c*
     * @param efficacy relative tolerance of U_SE and gmax_AMPA
     * @param calcium  relative tolerance of [Ca]i
     */
    private static void assertSynapsesAgree(Run stepped, Run other, double rho, double cStar, double efficacy,
            double calcium) {
        for (int k = 0; k < 2; k++) {
            GluSynapse a = stepped.synapses()[k];
            GluSynapse b = other.synapses()[k];
            assertEquals(a.rho(), b.rho(), rho, "rho");
            assertEquals(a.effectiveCalcium(), b.effectiveCalcium(), cStar * Math.abs(a.effectiveCalcium()), "c*");
            assertEquals(a.releaseProbability(), b.releaseProbability(), efficacy * a.releaseProbability(), "U_SE");
            assertEquals(a.gmaxAmpa(), b.gmaxAmpa(), efficacy * a.gmaxAmpa(), "gmax_AMPA");
            assertEquals(a.calcium(), b.calcium(), calcium * a.calcium(), "[Ca]i");
        }
    }

    /** The somatic voltage from the last spike on, where {@code other} stepped (over 300 samples). */
    private static void assertVoltageAfterTheGapAgrees(Run stepped, Run other, double toleranceMv) {
        double worst = largestVoltageChangeAfterLastSpike(stepped, other);
        assertTrue(worst < toleranceMv, "max |dV| after the gap " + worst + " mV");
    }

    /**
     * @param stepped a run at {@link #DT}
     * @param other   a run at DT or a whole fraction of it
     * @return the largest somatic voltage difference from the last spike on, at the times of
     *         stepped's steps where other stepped (over 300 of them) [mV]
     */
    private static double largestVoltageChangeAfterLastSpike(Run stepped, Run other) {
        int stride = (other.soma().length - 1) / (stepped.soma().length - 1);
        double worst = 0;
        int compared = 0;
        for (int i = (int) Math.round(SPIKES[SPIKES.length - 1] / DT); i < stepped.soma().length; i++) {
            double v = other.soma()[i * stride];
            if (!Double.isNaN(v)) {
                worst = Math.max(worst, Math.abs(stepped.soma()[i] - v));
                compared++;
            }
        }
        assertTrue(compared > 300, "samples after the last spike " + compared);
        return worst;
    }

    private static GluSynapse[] synapses(Thresholds thresholds) {
        return new GluSynapse[] {
            new GluSynapse(CELL.compartment(1, 0.3), MODEL, SynapseParameters.of(0.5, 500, 10, 3, 2.0, 1.1, 1.74, 0.1, 0),
                    thresholds, new Well19937c(3)),
            new GluSynapse(CELL.compartment(1, 0.9), MODEL, SynapseParameters.of(0.5, 500, 10, 3, 3.0, 1.6, 1.74, 0.15, 1),
                    thresholds, new Well19937c(4))};
    }

    /** @return the largest c* of either synapse within 0.6 s of the run without plasticity */
    private static double peakEffectiveCalcium() {
        Simulation sim = new Simulation(CELL);
        GluSynapse[] synapses = synapses(Thresholds.NONE);
        for (GluSynapse g : synapses) {
            sim.add(g);
        }
        sim.initialize();
        for (double t : SPIKES) {
            for (GluSynapse g : synapses) {
                sim.schedule(t, g);
            }
        }
        double peak = 0;
        while (sim.time() < 600) {
            sim.advance();
            for (GluSynapse g : synapses) {
                peak = Math.max(peak, g.effectiveCalcium());
            }
        }
        return peak;
    }

    @Test
    void holdingRefusesToSkipAnEvent() {
        Simulation sim = new Simulation(CELL);
        GluSynapse s = new GluSynapse(CELL.soma(), MODEL, SynapseParameters.of(0.5, 500, 10, 3, 1.0, 0.5, 1.74, 0.1, 0),
                Thresholds.NONE, new Well19937c(1));
        sim.add(s);
        sim.initialize();
        sim.schedule(10, s);
        assertThrows(EngineException.class, () -> sim.hold(401, 1));
        sim.hold(400, 1);
        assertEquals(400, sim.steps());
    }
}
