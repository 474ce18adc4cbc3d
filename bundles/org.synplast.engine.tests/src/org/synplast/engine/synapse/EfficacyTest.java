package org.synplast.engine.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EfficacyTest {

    private static final double TAU_EFF = EfficacyProblem.P.tauEffCa();
    private static final double TAU_CA = EfficacyProblem.K.tauCa();

    @Test
    void effectiveCalciumResponseToACalciumStepIsExact() {
        double x = 2e-3; // [mM], a step of free calcium at t = 0
        EfficacyProblem problem = new EfficacyProblem(x, x, Thresholds.NONE, EfficacyProblem.P.gammaD());
        for (double dt : new double[] {0.025, 0.1, 1.0}) {
            Efficacy e = problem.scheme(0, false);
            problem.run(e, dt, 500.0);
            double exact = x * TAU_EFF * (1 - Math.exp(-500.0 / TAU_EFF));
            // exact up to rounding accumulated over at most 20000 steps
            assertEquals(exact, e.cStar(), 1e-12 * exact, "dt=" + dt);
        }
    }

    @Test
    void effectiveCalciumAfterACalciumPulseIsExact() {
        double x = 5e-3;
        EfficacyProblem problem = new EfficacyProblem(x, 0.0, Thresholds.NONE, EfficacyProblem.P.gammaD());
        Efficacy e = problem.scheme(0, false);
        double t = 0;
        for (int i = 0; i < 40; i++) {
            double dt = 0.025;
            for (int k = 0; k < 100; k++) {
                e.advance(dt, problem.calcium(t), 0.0);
                t += dt;
            }
            double exact = x * (Math.exp(-t / TAU_CA) - Math.exp(-t / TAU_EFF)) / (1 / TAU_EFF - 1 / TAU_CA);
            assertEquals(exact, e.cStar(), 1e-12 * exact, "t=" + t);
        }
    }

    @Test
    void rhoFixedPointsAreZeroRhoStarAndOne() {
        EfficacyProblem quiet = new EfficacyProblem(0, 0, Thresholds.NONE, EfficacyProblem.P.gammaD());
        for (double rho : new double[] {0.0, 0.5, 1.0}) {
            Efficacy e = quiet.scheme(rho, false);
            quiet.run(e, 0.1, 100_000.0);
            assertEquals(rho, e.rho(), 0.0, "fixed point " + rho);
        }
        // ρ* is unstable: a small offset grows; the result matches the reference ODE solution
        for (double rho : new double[] {0.45, 0.55}) {
            Efficacy e = quiet.scheme(rho, false);
            quiet.run(e, 1.0, 200_000.0);
            double reference = quiet.reference(rho, 200_000.0)[0];
            assertTrue(Math.abs(e.rho() - 0.5) > 0.1, "moved away from rho*");
            assertEquals(reference, e.rho(), 1e-9);
        }
    }

    @Test
    void rhoUnderConstantDrivesMatchesHighAccuracyIntegration() {
        double x = 5e-3;
        // thresholds are crossed within the first step (c* ≈ x·t), then both drives stay on
        EfficacyProblem both = new EfficacyProblem(x, x, new Thresholds(1e-6, 2e-6), EfficacyProblem.P.gammaD());
        EfficacyProblem potentiation = new EfficacyProblem(x, x, new Thresholds(1e9, 2e-6),
                EfficacyProblem.P.gammaD());
        for (EfficacyProblem problem : List.of(both, potentiation)) {
            for (double rho0 : new double[] {0.0, 1.0}) {
                Efficacy e = problem.scheme(rho0, false);
                problem.run(e, 0.025, 2000.0);
                double[] reference = problem.reference(rho0, 2000.0);
                // RK4 per piece: local error ~ (h·L)^5 with h·L ≤ 1e-4; U_SE and gmax_AMPA 2nd order with
                // h/τ_exp = 2.5e-7: both far below 1e-10 after 80000 steps
                assertEquals(reference[0], e.rho(), 1e-10);
                assertEquals(reference[1], e.use(), 1e-10);
                assertEquals(reference[2], e.gmaxAmpa(), 1e-10);
            }
        }
        // with both drives on, ρ settles between ρ* and 1 (γp(1 − ρ) = γd·ρ + cubic term)
        Efficacy e = both.scheme(0.0, false);
        both.run(e, 0.1, 2000.0);
        assertTrue(e.rho() > 0.5 && e.rho() < 1.0);
    }

    /**
     * A calcium pulse makes c* rise above both thresholds and fall back below them, four crossings
     * that fall inside coarse 0.1 ms steps. Switching drives at step boundaries would be off by up to
     * (γp + γd)/τ_ind · 0.1 ms ≈ 4.5e−4 in ρ; locating them within the step reproduces the reference
     * to 1e−10.
     */
    @Test
    void thresholdCrossingsAreLocatedWithinTheStep() {
        double x = 5e-3;
        EfficacyProblem shape = new EfficacyProblem(x, 0.0, Thresholds.NONE, EfficacyProblem.P.gammaD());
        double tPeak = Math.log(TAU_EFF / TAU_CA) / (1 / TAU_CA - 1 / TAU_EFF);
        double peak = shape.cStar(tPeak);
        EfficacyProblem problem = new EfficacyProblem(x, 0.0, new Thresholds(0.31 * peak, 0.57 * peak),
                EfficacyProblem.P.gammaD());
        List<Double> crossings = problem.crossings(1000.0);
        assertEquals(4, crossings.size());
        for (double rho0 : new double[] {0.0, 1.0}) {
            for (double dt : new double[] {0.1, 0.025}) {
                Efficacy e = problem.scheme(rho0, false);
                problem.run(e, dt, 1000.0);
                double[] reference = problem.reference(rho0, 1000.0);
                assertEquals(reference[0], e.rho(), 1e-10, "rho0=" + rho0 + " dt=" + dt);
                assertEquals(reference[1], e.use(), 1e-10);
                assertEquals(reference[2], e.gmaxAmpa(), 1e-10);
            }
        }
    }

    @Test
    void twoCrossingsWithinOneStepAreBothFound() {
        // a pulse whose c* peak (at 39.4 ms) barely exceeds θp: above and below again within one 25 ms step
        double x = 5e-3;
        EfficacyProblem shape = new EfficacyProblem(x, 0.0, Thresholds.NONE, EfficacyProblem.P.gammaD());
        double tPeak = Math.log(TAU_EFF / TAU_CA) / (1 / TAU_CA - 1 / TAU_EFF);
        double peak = shape.cStar(tPeak);
        EfficacyProblem problem = new EfficacyProblem(x, 0.0, new Thresholds(1e9, 0.999 * peak),
                EfficacyProblem.P.gammaD());
        List<Double> crossings = problem.crossings(200.0);
        assertEquals(2, crossings.size());
        double dt = 25.0;
        assertEquals((int) (crossings.get(0) / dt), (int) (crossings.get(1) / dt), "both in the same step");
        Efficacy e = problem.scheme(0.0, false);
        problem.run(e, dt, 200.0);
        double reference = problem.reference(0.0, 200.0)[0];
        assertTrue(reference > 0);
        assertEquals(reference, e.rho(), 1e-9 * reference + 1e-15);
    }

    @Test
    void frozenEfficacyStillIntegratesCalciumButKeepsRho() {
        double x = 5e-3;
        EfficacyProblem problem = new EfficacyProblem(x, x, new Thresholds(1e-6, 2e-6), EfficacyProblem.P.gammaD());
        Efficacy e = problem.scheme(0.0, true);
        problem.run(e, 0.025, 100.0);
        assertEquals(0.0, e.rho());
        assertEquals(EfficacyProblem.USE_D, e.use());
        assertEquals(EfficacyProblem.G_D, e.gmaxAmpa());
        assertEquals(x * TAU_EFF * (1 - Math.exp(-100.0 / TAU_EFF)), e.cStar(), 1e-12);
    }

    @Test
    void fastForwardSnapsToTheNearestStableState() {
        EfficacyProblem quiet = new EfficacyProblem(0, 0, Thresholds.NONE, EfficacyProblem.P.gammaD());
        Efficacy up = quiet.scheme(0.5, false);
        up.fastForward();
        assertEquals(1.0, up.rho());
        assertEquals(EfficacyProblem.USE_P, up.use());
        assertEquals(EfficacyProblem.G_P, up.gmaxAmpa());
        Efficacy down = quiet.scheme(0.4999, false);
        down.fastForward();
        assertEquals(0.0, down.rho());
        assertEquals(EfficacyProblem.USE_D, down.use());
        assertEquals(EfficacyProblem.G_D, down.gmaxAmpa());
    }
}
