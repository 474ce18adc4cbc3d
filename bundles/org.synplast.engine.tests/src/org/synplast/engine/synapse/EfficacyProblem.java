package org.synplast.engine.synapse;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * A reusable test problem for {@link Efficacy}: the free calcium excess follows one exponential
 * x(t) = x∞ + (x0 − x∞)·exp(−t/τ_ca) from t = 0 with c*(0) = 0, so c*(t) is known in closed
 * form, its threshold crossings are found by Brent's method to 1e−13 ms, and ρ, U_SE, gmax_AMPA are
 * integrated between crossings by Dormand–Prince 8(5,3) at tolerance 1e−14: a reference far more
 * accurate than the scheme under test.
 */
final class EfficacyProblem {

    static final MechanismConstants K = MechanismConstants.GLUSYNAPSE_V1;
    static final PlasticityParameters P = PlasticityParameters.CHINDEMI_2022;
    static final double USE_D = 0.1;
    static final double USE_P = 0.5;
    static final double G_D = 1.0;
    static final double G_P = 2.0;

    final double x0;
    final double xInf;
    final Thresholds thresholds;
    final double gammaD;

    EfficacyProblem(double x0, double xInf, Thresholds thresholds, double gammaD) {
        this.x0 = x0;
        this.xInf = xInf;
        this.thresholds = thresholds;
        this.gammaD = gammaD;
    }

    /** @return the scheme under test, initialised at ρ0 with U_SE and gmax_AMPA at their values for ρ0 */
    Efficacy scheme(double rho0, boolean frozen) {
        Efficacy e = new Efficacy(P.tauEffCa(), K.tauCa(), K.rhoStar(), gammaD, P.gammaP(), K.tauInduction(),
                K.tauExpression(), thresholds, frozen, USE_D, USE_P, G_D, G_P);
        e.initialize(rho0, USE_D + rho0 * (USE_P - USE_D), G_D + rho0 * (G_P - G_D));
        return e;
    }

    double calcium(double t) {
        return xInf + (x0 - xInf) * Math.exp(-t / K.tauCa());
    }

    /** @return c*(t), the exact solution of d(c*)/dt = x(t) − c* / τ*, c*(0) = 0 */
    double cStar(double t) {
        double tauEff = P.tauEffCa();
        double tauCa = K.tauCa();
        double constant = xInf * tauEff * (1 - Math.exp(-t / tauEff));
        double decaying = (x0 - xInf) * (Math.exp(-t / tauCa) - Math.exp(-t / tauEff))
                / (1 / tauEff - 1 / tauCa);
        return constant + decaying;
    }

    /** Advances the scheme to {@code end} in steps of {@code dt}, feeding the exact calcium. */
    void run(Efficacy e, double dt, double end) {
        int steps = (int) Math.round(end / dt);
        for (int i = 0; i < steps; i++) {
            double xStart = calcium(i * dt);
            e.advance(dt, xStart, xInf);
        }
    }

    /** @return sorted crossing times of both thresholds in (0, end) */
    List<Double> crossings(double end) {
        // c* = K + P e^{-t/τ*} + Q e^{-t/τca} has at most one extremum; split there
        double tauEff = P.tauEffCa();
        double tauCa = K.tauCa();
        double q = (x0 - xInf) / (1 / tauEff - 1 / tauCa);
        double p = -xInf * tauEff - q;
        double ratio = -q * tauEff / (p * tauCa);
        List<Double> bounds = new ArrayList<>(List.of(0.0));
        if (ratio > 0) {
            double s = Math.log(ratio) / (1 / tauCa - 1 / tauEff);
            if (s > 0 && s < end) {
                bounds.add(s);
            }
        }
        bounds.add(end);
        List<Double> times = new ArrayList<>();
        BrentSolver solver = new BrentSolver(1e-13);
        for (double theta : new double[] {thresholds.thetaD(), thresholds.thetaP()}) {
            for (int i = 0; i + 1 < bounds.size(); i++) {
                double a = bounds.get(i);
                double b = bounds.get(i + 1);
                if ((cStar(a) - theta) * (cStar(b) - theta) < 0) {
                    times.add(solver.solve(1000, t -> cStar(t) - theta, a, b));
                }
            }
        }
        times.sort(null);
        return times;
    }

    /** @return (ρ, U_SE, gmax_AMPA) at {@code end} from the reference integration */
    double[] reference(double rho0, double end) {
        double[] y = {rho0, USE_D + rho0 * (USE_P - USE_D), G_D + rho0 * (G_P - G_D)};
        List<Double> cuts = new ArrayList<>(crossings(end));
        cuts.add(end);
        double start = 0;
        for (double stop : cuts) {
            double c = cStar(0.5 * (start + stop));
            boolean depressing = c > thresholds.thetaD();
            boolean potentiating = c > thresholds.thetaP();
            FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
                @Override
                public int getDimension() {
                    return 3;
                }

                @Override
                public void computeDerivatives(double t, double[] s, double[] ds) {
                    double r = s[0];
                    double drift = -r * (1 - r) * (K.rhoStar() - r);
                    if (potentiating) {
                        drift += P.gammaP() * (1 - r);
                    }
                    if (depressing) {
                        drift -= gammaD * r;
                    }
                    ds[0] = drift / K.tauInduction();
                    ds[1] = (USE_D + r * (USE_P - USE_D) - s[1]) / K.tauExpression();
                    ds[2] = (G_D + r * (G_P - G_D) - s[2]) / K.tauExpression();
                }
            };
            if (stop > start) {
                new DormandPrince853Integrator(1e-12, end, 1e-15, 1e-14).integrate(ode, start, y, stop, y);
            }
            start = stop;
        }
        return y;
    }
}
