package org.synplast.engine.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/** NEURON's hh on an isopotential 20 × 20 µm soma (area 1256.6 µm²). */
class HhTest {

    static CellModel soma(MechanismKind hh, double celsius) {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20))));
        return new CellModel(m, new Discretization.Fixed(1), Map.of(), List.of(Insertion.of(hh, Set.of(SectionType.SOMA))),
                celsius, -65, 0, DistanceOrigin.SOMA_CENTER);
    }

    /** Steady-state current of hh with default parameters and NEURON's default ena 50, ek −77 [mA/cm²]. */
    static double steadyCurrent(double v) {
        double[] r = new double[6];
        Hh.exactRates(v, 6.3, r);
        return 0.12 * Math.pow(r[0], 3) * r[2] * (v - 50) + 0.036 * Math.pow(r[4], 4) * (v + 77) + 0.0003 * (v + 54.3);
    }

    /**
     * The resting state is the root of the steady-state current; after 200 ms (all decay modes
     * are faster than 20 ms) the untabulated model sits on it to 1e-6 mV, with m, h, n at their
     * steady-state values. The tabulated model (NEURON's default) differs by the linear
     * interpolation error of the 1 mV tables, below 0.01 mV.
     */
    @Test
    void restingStateIsTheRootOfTheSteadyStateCurrent() {
        double vRest = new BrentSolver(1e-12).solve(100, HhTest::steadyCurrent, -70, -60);
        Cell cell = Cell.of(soma(Hh.UNTABULATED, 6.3));
        Simulation sim = new Simulation(cell);
        sim.initialize();
        sim.run(200);
        int c = cell.soma();
        assertEquals(vRest, sim.voltage(c), 1e-6);
        double[] r = new double[6];
        Hh.exactRates(vRest, 6.3, r);
        assertEquals(r[0], sim.probe("hh", "m", c).getAsDouble(), 1e-7);
        assertEquals(r[2], sim.probe("hh", "h", c).getAsDouble(), 1e-7);
        assertEquals(r[4], sim.probe("hh", "n", c).getAsDouble(), 1e-7);

        Simulation tabulated = new Simulation(Cell.of(soma(Hh.KIND, 6.3)));
        tabulated.initialize();
        tabulated.run(200);
        assertEquals(vRest, tabulated.voltage(c), 1e-2);
    }

    /** A 1 ms, 0.3 nA pulse (24 µA/cm²) fires one all-or-none spike at 6.3 °C. */
    @Test
    void firesOneSpikeAt6Point3Celsius() {
        assertEquals(1, spikes(6.3, 0.3).length);
    }

    /**
     * At 34 °C the q10 factor 3^2.77 ≈ 21 makes the gates so fast that sodium inactivates before
     * the upstroke (heat block, build-notes.md): no crossing of 0 mV even for strong pulses.
     */
    @Test
    void isInHeatBlockAt34Celsius() {
        assertEquals(0, spikes(34, 0.3).length);
        assertEquals(0, spikes(34, 1.0).length);
    }

    private static double[] spikes(double celsius, double amplitude) {
        Cell cell = Cell.of(soma(Hh.KIND, celsius));
        Simulation sim = new Simulation(cell);
        sim.add(new CurrentPulse(cell.soma(), 5, 1, amplitude));
        sim.initialize();
        sim.run(40);
        return sim.spikeTimes();
    }
}
