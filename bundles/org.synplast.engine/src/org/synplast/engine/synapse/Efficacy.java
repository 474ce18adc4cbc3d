package org.synplast.engine.synapse;

/**
 * Effective calcium c*, efficacy ρ and its expression as U_SE and gmax_AMPA (model.md §2.5–2.7)
 * of one synapse.
 *
 * <p>Scheme, over a step of length h in which the free calcium excess x = [Ca]i − Ca_rest follows
 * x(s) = x∞ + (x0 − x∞)·exp(−s/τ_ca) (the synapse's exponential integrator provides x0 and x∞):
 * <ol>
 * <li>c* is linear and is integrated exactly: c*(s) = K + P·exp(−s/τ*) + Q·exp(−s/τ_ca), with
 *     K = x∞τ*, Q = (x0 − x∞)/(1/τ* − 1/τ_ca), P = c*(0) − K − Q.</li>
 * <li>c*(s) has at most one extremum in the step (c*' is a sum of two exponentials), found in
 *     closed form; on each monotone part a threshold crossing is bracketed and located by the
 *     Illinois method to 1e−12 ms. The step is cut at the crossings.</li>
 * <li>On each piece the step drives H(c* − θ) are constant and ρ is advanced by one classical
 *     Runge–Kutta step (4th order; the rate is at most (γp + γd)/τ_ind ≈ 4.5e−3 /ms, so a
 *     0.025 ms piece has a local error far below rounding).</li>
 * <li>U_SE and gmax_AMPA are linear in themselves and integrated exactly for a target that uses the
 *     mean of ρ at both ends of the piece (2nd order in the piece length; τ_exp = 100 s).</li>
 * </ol>
 * The drives therefore switch at the crossing times of the step's c* trajectory, not at step
 * boundaries. No allocation per step.
 */
final class Efficacy {

    private static final double CROSSING_TOLERANCE = 1e-12; // [ms]
    private static final int MAX_ITERATIONS = 200;

    private final double tauEff;
    private final double tauCa;
    private final double rateDifference; // 1/τ* − 1/τ_ca [1/ms]
    private final double rhoStar;
    private final double gammaD;
    private final double gammaP;
    private final double tauInduction;
    private final double tauExpression;
    private final double thetaD;
    private final double thetaP;
    private final boolean frozen;
    private final boolean plastic;
    private final double useDepressed;
    private final double usePotentiated;
    private final double gDepressed; // [nS]
    private final double gPotentiated; // [nS]

    private double cStar; // [mM·ms]
    private double rho;
    private double use;
    private double gmaxAmpa; // [nS]

    private double cachedDt = Double.NaN;
    private double decayEff;
    private double decayCa;
    private double relaxExpression;
    private double coefK;
    private double coefP;
    private double coefQ;
    private final double[] crossings = new double[4];

    Efficacy(double tauEff, double tauCa, double rhoStar, double gammaD, double gammaP, double tauInduction,
            double tauExpression, Thresholds thresholds, boolean frozen, double useDepressed, double usePotentiated,
            double gDepressed, double gPotentiated) {
        if (tauEff == tauCa) {
            throw new IllegalArgumentException("tau_effca must differ from tau_ca");
        }
        this.tauEff = tauEff;
        this.tauCa = tauCa;
        this.rateDifference = 1.0 / tauEff - 1.0 / tauCa;
        this.rhoStar = rhoStar;
        this.gammaD = gammaD;
        this.gammaP = gammaP;
        this.tauInduction = tauInduction;
        this.tauExpression = tauExpression;
        this.thetaD = thresholds.thetaD();
        this.thetaP = thresholds.thetaP();
        this.frozen = frozen;
        this.plastic = thresholds.plastic();
        this.useDepressed = useDepressed;
        this.usePotentiated = usePotentiated;
        this.gDepressed = gDepressed;
        this.gPotentiated = gPotentiated;
    }

    void initialize(double rho0, double use0, double gmax0) {
        cStar = 0.0;
        rho = rho0;
        use = use0;
        gmaxAmpa = gmax0;
    }

    double cStar() {
        return cStar;
    }

    void setCStar(double value) {
        cStar = value;
    }

    double rho() {
        return rho;
    }

    double use() {
        return use;
    }

    double gmaxAmpa() {
        return gmaxAmpa;
    }

    /** Sets ρ to the nearest stable state and U_SE, gmax_AMPA to their values for it (model.md §5). */
    void fastForward() {
        if (frozen) {
            return;
        }
        rho = rho >= rhoStar ? 1.0 : 0.0;
        use = useDepressed + rho * (usePotentiated - useDepressed);
        gmaxAmpa = gDepressed + rho * (gPotentiated - gDepressed);
    }

    /**
     * @param dt   the step [ms]
     * @param x0   free calcium excess at the start of the step [mM]
     * @param xInf the value it relaxes to during the step [mM]
     */
    void advance(double dt, double x0, double xInf) {
        if (dt != cachedDt) {
            cachedDt = dt;
            decayEff = Math.exp(-dt / tauEff);
            decayCa = Math.exp(-dt / tauCa);
            relaxExpression = -Math.expm1(-dt / tauExpression);
        }
        coefK = xInf * tauEff;
        coefQ = (x0 - xInf) / rateDifference;
        coefP = cStar - coefK - coefQ;
        double c0 = cStar;
        double c1 = coefK + coefP * decayEff + coefQ * decayCa;
        if (!frozen) {
            double x1 = xInf + (x0 - xInf) * decayCa;
            int n = locateCrossings(dt, c0, c1, x0, x1);
            if (n == 0) {
                integratePiece(dt, relaxExpression, c0 > thetaD || c1 > thetaD, c0 > thetaP || c1 > thetaP);
            } else {
                double start = 0.0;
                for (int i = 0; i <= n; i++) {
                    double end = i < n ? crossings[i] : dt;
                    if (end > start) {
                        double c = effectiveCalcium(0.5 * (start + end));
                        integratePiece(end - start, -Math.expm1(-(end - start) / tauExpression),
                                c > thetaD, c > thetaP);
                    }
                    start = end;
                }
            }
        }
        cStar = c1;
    }

    /** @return c* at time s within the current step [mM·ms] */
    private double effectiveCalcium(double s) {
        return coefK + coefP * Math.exp(-s / tauEff) + coefQ * Math.exp(-s / tauCa);
    }

    /** Fills {@link #crossings} with the sorted crossing times of both thresholds; returns how many. */
    private int locateCrossings(double dt, double c0, double c1, double x0, double x1) {
        if (!plastic) {
            return 0;
        }
        double slope0 = x0 - c0 / tauEff;
        double slope1 = x1 - c1 / tauEff;
        double extremum = Double.NaN;
        double cExtremum = Double.NaN;
        if (slope0 * slope1 < 0.0) {
            // c*'(s) = 0  <=>  exp(s·(1/τ_ca − 1/τ*)) = −Q·τ*/(P·τ_ca)
            double s = Math.log(-coefQ * tauEff / (coefP * tauCa)) / -rateDifference;
            if (s > 0.0 && s < dt) {
                extremum = s;
                cExtremum = effectiveCalcium(s);
            }
        }
        int n = addCrossings(0, thetaD, dt, c0, c1, extremum, cExtremum);
        n = addCrossings(n, thetaP, dt, c0, c1, extremum, cExtremum);
        for (int i = 1; i < n; i++) {
            double key = crossings[i];
            int j = i - 1;
            while (j >= 0 && crossings[j] > key) {
                crossings[j + 1] = crossings[j];
                j--;
            }
            crossings[j + 1] = key;
        }
        return n;
    }

    private int addCrossings(int n, double theta, double dt, double c0, double c1, double extremum,
            double cExtremum) {
        if (!Double.isFinite(theta)) {
            return n;
        }
        if (Double.isNaN(extremum)) {
            return addCrossing(n, 0.0, c0, dt, c1, theta);
        }
        int m = addCrossing(n, 0.0, c0, extremum, cExtremum, theta);
        return addCrossing(m, extremum, cExtremum, dt, c1, theta);
    }

    /** Locates the crossing of theta on a monotone part [a, b] of the step, if any (Illinois method). */
    private int addCrossing(int n, double a, double ca, double b, double cb, double theta) {
        double fa = ca - theta;
        double fb = cb - theta;
        if (!(fa * fb < 0.0)) {
            return n;
        }
        double x0 = a;
        double x1 = b;
        for (int i = 0; i < MAX_ITERATIONS && Math.abs(x1 - x0) > CROSSING_TOLERANCE; i++) {
            double s = (x0 * fb - x1 * fa) / (fb - fa);
            double fs = effectiveCalcium(s) - theta;
            if (fs == 0.0) {
                x0 = s;
                x1 = s;
                break;
            }
            if (fs * fb < 0.0) {
                x0 = x1;
                fa = fb;
            } else {
                fa *= 0.5;
            }
            x1 = s;
            fb = fs;
        }
        crossings[n] = 0.5 * (x0 + x1);
        return n + 1;
    }

    private void integratePiece(double h, double relax, boolean depressing, boolean potentiating) {
        double r0 = rho;
        double k1 = rate(r0, depressing, potentiating);
        double k2 = rate(r0 + 0.5 * h * k1, depressing, potentiating);
        double k3 = rate(r0 + 0.5 * h * k2, depressing, potentiating);
        double k4 = rate(r0 + h * k3, depressing, potentiating);
        rho = r0 + h / 6.0 * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
        double rhoMean = 0.5 * (r0 + rho);
        use += (useDepressed + rhoMean * (usePotentiated - useDepressed) - use) * relax;
        gmaxAmpa += (gDepressed + rhoMean * (gPotentiated - gDepressed) - gmaxAmpa) * relax;
    }

    /** @return dρ/dt [1/ms] */
    private double rate(double r, boolean depressing, boolean potentiating) {
        double drift = -r * (1.0 - r) * (rhoStar - r);
        if (potentiating) {
            drift += gammaP * (1.0 - r);
        }
        if (depressing) {
            drift -= gammaD * r;
        }
        return drift / tauInduction;
    }
}
