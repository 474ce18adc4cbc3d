package org.synplast.engine.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cell.Cell;

/** Closed-form checks of the cable solver on {@link PassiveCableProblem}. */
class PassiveCableTest {

    private static final double AMPLITUDE = 0.1; // [nA]

    /** Runs a long step at the 0-end and returns the simulation at steady state. */
    private static Simulation steadyState(PassiveCableProblem p, int nseg) {
        Cell cell = Cell.of(p.model(nseg));
        Simulation sim = new Simulation(cell);
        sim.add(new CurrentPulse(cell.compartment(0, 0), 0, 1e9, AMPLITUDE));
        sim.initialize();
        sim.run(30 * p.tau());
        return sim;
    }

    /**
     * Rall's input resistance. Spatial error of the second-order discretisation is
     * ~(Δx/λ)²/12 ≈ 5e-6 with 201 segments; the residual transient after 30 τ is e^-30; 1e-4
     * relative tolerance covers both.
     */
    @Test
    void inputResistanceMatchesRall() {
        PassiveCableProblem p = PassiveCableProblem.standard();
        Simulation sim = steadyState(p, 201);
        double dv = sim.voltage(sim.cell().compartment(0, 0)) - p.ePas;
        assertEquals(p.inputResistance(), dv / AMPLITUDE, 1e-4 * p.inputResistance());
    }

    /** Steady-state attenuation along the cable at every segment centre, same tolerance. */
    @Test
    void attenuationFollowsCosh() {
        PassiveCableProblem p = PassiveCableProblem.standard();
        Simulation sim = steadyState(p, 201);
        Cell cell = sim.cell();
        double v0 = sim.voltage(cell.compartment(0, 0)) - p.ePas;
        for (int c = 1; c < cell.size(); c++) {
            double expected = p.attenuation(cell.distance(c));
            assertEquals(expected, (sim.voltage(c) - p.ePas) / v0, 1e-4, "at " + cell.distance(c) + " µm");
        }
    }

    /**
     * An isopotential compartment decays with τ = Rm·Cm. Backward Euler's discrete decay per
     * step is exactly 1/(1 + dt/τ), which the log-slope must match to 1e-9; its difference to
     * e^(−dt/τ) is O(dt/τ) = 0.25 %, so the fitted τ agrees with Rm·Cm within 0.2 %.
     */
    @Test
    void membraneTimeConstantFromSomaDecay() {
        PassiveCableProblem p = new PassiveCableProblem(20, 20, 1e-4, 100, 1, -70);
        Cell cell = Cell.of(p.model(1));
        Simulation sim = new Simulation(cell);
        int soma = cell.soma();
        sim.add(new CurrentPulse(soma, 0, 100, 0.05));
        Trace v = sim.record(sim.probe("v", soma), 1);
        sim.initialize();
        sim.run(150);
        int i0 = (int) Math.round(100.5 / sim.dt()) + 1;
        int i1 = i0 + (int) Math.round(p.tau() / sim.dt());
        double a0 = v.value(i0) - p.ePas;
        double a1 = v.value(i1) - p.ePas;
        double steps = i1 - i0;
        assertEquals(Math.pow(1 + sim.dt() / p.tau(), -steps), a1 / a0, 1e-9);
        double tauFit = (v.time(i1) - v.time(i0)) / Math.log(a0 / a1);
        assertEquals(p.tau(), tauFit, 2e-3 * p.tau());
    }
}
