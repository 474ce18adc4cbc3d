package org.synplast.engine.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synplast.engine.EngineException;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.mechanism.RateEvaluation;

/** Long steps ({@link Simulation#advance(int)}): the scheme's closed form, rate tables per step, refusals. */
class LongStepTest {

    /** The passive soma's membrane time constant, c_m / g_pas = 1 µF/cm² / 1e−4 S/cm² [ms]. */
    private static final double TAU = 10;
    private static final double REST = -70;

    private static Simulation passiveSoma() {
        return new Simulation(Cell.of(new PassiveCableProblem(20, 20, 1e-4, 100, 1, REST).model(1)));
    }

    /**
     * Backward Euler on one passive compartment shrinks the deviation from rest by exactly
     * 1/(1 + h/τ) per step of h: after a pulse, 40 long steps of 0.5 ms follow that closed form to
     * rounding, and the time advances by 20 ms (800 steps of dt).
     */
    @Test
    void aLongStepOnAPassiveSomaIsOneBackwardEulerStep() {
        Simulation sim = passiveSoma();
        int soma = sim.cell().soma();
        sim.add(new CurrentPulse(soma, 1, 2, 0.05));
        sim.initialize();
        sim.run(5);
        double start = sim.voltage(soma) - REST;
        assertTrue(start > 1, "depolarised by " + start + " mV");
        for (int k = 1; k <= 40; k++) {
            sim.advance(20);
            assertEquals(start * Math.pow(1 + 0.5 / TAU, -k), sim.voltage(soma) - REST, 1e-12 * start, "step " + k);
        }
        assertEquals(200 + 800, sim.steps());
        assertEquals(25, sim.time(), 1e-12);
    }

    /**
     * The L5 TTPC after an action potential, its recovery taken in steps of 0.5 ms: tabulated
     * rates must select tables of −expm1(−h/τ) for the long step (tables for dt would relax every
     * gate 20 times too slowly) and agree with exact rates to the tables' interpolation error
     * (well below 1e−3 mV here); a long step of 1 × dt is the ordinary step, bit for bit.
     */
    @Test
    void longStepsUseRateTablesForTheirLength() {
        double[] tabulated = recovery(RateEvaluation.TABULATED);
        double[] exact = recovery(RateEvaluation.EXACT);
        double change = Math.abs(tabulated[tabulated.length - 1] - tabulated[0]);
        assertTrue(change > 0.5, "the recovery moves the soma by " + change + " mV");
        for (int k = 0; k < tabulated.length; k++) {
            assertEquals(exact[k], tabulated[k], 1e-3, "long step " + k);
        }
        Simulation a = new Simulation(Cell.of(CellType.L5_TTPC.model()), 0.025, RateEvaluation.TABULATED);
        Simulation b = new Simulation(Cell.of(CellType.L5_TTPC.model()), 0.025, RateEvaluation.TABULATED);
        for (Simulation s : new Simulation[] {a, b}) {
            s.add(new CurrentPulse(s.cell().soma(), 5, 3, 2));
            s.initialize();
        }
        for (int k = 0; k < 1000; k++) {
            a.advance();
            b.advance(1);
        }
        for (int c = 0; c < a.cell().size(); c++) {
            assertEquals(a.voltage(c), b.voltage(c), 0, "compartment " + c);
        }
    }

    /** @return the somatic voltage after each of 200 long steps of 0.5 ms, from 30 ms after a 2 nA pulse */
    private static double[] recovery(RateEvaluation rates) {
        Simulation sim = new Simulation(Cell.of(CellType.L5_TTPC.model()), 0.025, rates);
        int soma = sim.cell().soma();
        sim.add(new CurrentPulse(soma, 5, 3, 2));
        sim.initialize();
        sim.run(40);
        double[] v = new double[200];
        for (int k = 0; k < v.length; k++) {
            sim.advance(20);
            v[k] = sim.voltage(soma);
        }
        return v;
    }

    /** An event due within the long step, or a recording, which would miss samples, is refused. */
    @Test
    void longStepsOverAnEventOrWithRecordingsAreRefused() {
        Simulation sim = passiveSoma();
        sim.initialize();
        sim.schedule(0.4, t -> { });
        assertThrows(EngineException.class, () -> sim.advance(20));
        sim.run(1);
        sim.advance(20);
        Simulation recorded = passiveSoma();
        recorded.record(() -> 0, 1);
        recorded.initialize();
        assertThrows(EngineException.class, () -> recorded.advance(2));
        assertThrows(EngineException.class, () -> recorded.advance(0));
    }
}
