package org.synplast.engine.synapse;

import java.util.Objects;

import org.apache.commons.math3.random.RandomGenerator;
import org.synplast.engine.cable.PointProcess;
import org.synplast.engine.cable.SpikeReceiver;
import org.synplast.engine.random.BinomialInversion;

/**
 * The calcium-based plastic glutamatergic synapse of Chindemi et al. 2022 (model.md §2): AMPA and
 * NMDA dual exponentials, a spine R-type VDCC, spine calcium, effective calcium c*,
 * Graupner–Brunel efficacy ρ expressed as U_SE and gmax_AMPA, and stochastic multivesicular
 * Tsodyks–Markram release.
 *
 * <p>Integration scheme of {@link #advance} (voltage v held at its end-of-step value, as in
 * NEURON's fixed-step method):
 * <ul>
 * <li>AMPA/NMDA rise and decay variables and the VDCC gates m, h are linear with constant
 *     coefficients over the step and are advanced exactly (exponential solutions).</li>
 * <li>Spine calcium is linear in itself; its influx J (NMDA calcium current and VDCC current, the
 *     latter nonlinear in [Ca]i through E_Ca) is held constant over the step at its midpoint value
 *     (gates and conductances at t + h/2 exactly, [Ca]i at t + h/2 from an exponential-Euler
 *     predictor), and [Ca]i is then advanced exactly: an exponential midpoint rule, 2nd order.</li>
 * <li>c*, ρ, U_SE and gmax_AMPA as described in {@link Efficacy}: c* exact for that calcium
 *     trajectory, threshold crossings located within the step, ρ by RK4 per piece between crossings,
 *     U_SE and gmax_AMPA exponentially (2nd order).</li>
 * </ul>
 * For the voltage as the solver provides it (constant over each step) the scheme is globally 2nd
 * order in the step; the calcium influx is the only approximated term. Against NEURON's fixed-step
 * solution the coupling to the cable is 1st order, as in NEURON itself.
 *
 * <p>Release probabilities U, Ud, Up are scaled by the Hill factor of [Ca²⁺]o and capped at 1.
 * The release stream is consumed, not reset, by {@link #initialize}: build a new synapse, with a
 * fresh stream, for each simulation. Not thread-safe; no allocation after construction.
 */
public final class GluSynapse implements PointProcess, SpikeReceiver {

    private final int compartment;
    private final RandomGenerator releaseStream;
    private final Efficacy efficacy;

    private final double tauRiseAmpa;
    private final double tauDecayAmpa;
    private final double tauRiseNmda;
    private final double tauDecayNmda;
    private final double factorAmpa;
    private final double factorNmda;
    private final double reversalAmpa;
    private final double reversalNmda;
    private final double reversalNmdaCa;
    private final double gmaxNmda; // [nS], 0 when blocked
    private final double nmdaCalciumConductance; // 1e-3·gmax_NMDA·Pf [µS]
    private final double gVdcc; // [µS] at m = h = 1, 0 when blocked
    private final double tauM;
    private final double tauH;
    private final double tauCa;
    private final double caRest; // [mM]
    private final double caO; // [mM]
    private final double mgO; // [mM]
    private final double nernstFactor; // RT/2F [mV]
    private final double influxPerCurrent; // [mM/ms per nA of outward calcium current], negative
    private final int nrrp;
    private final boolean fullRelease;
    private final double depressionTime; // [ms]
    private final double facilitationTime; // [ms]
    private final double rho0;
    private final double use0;
    private final double gmax0; // [nS]

    private double aAmpa;
    private double bAmpa;
    private double aNmda;
    private double bNmda;
    private double m;
    private double h;
    private double caI; // [mM]
    private double reversalCa; // E_Ca at caI [mV]
    private double facilitation;
    private double lastSpike; // [ms]
    private int recovered;
    private int unrecovered;
    private int lastRelease;

    private double cachedDt = Double.NaN;
    private double decayRiseAmpa;
    private double decayDecayAmpa;
    private double decayRiseNmda;
    private double decayDecayNmda;
    private double halfRiseNmda;
    private double halfDecayNmda;
    private double decayM;
    private double decayH;
    private double halfM;
    private double halfH;
    private double decayCa;
    private double halfCaGrowth; // 1 − exp(−h/2τ_ca)

    /**
     * @param compartment   index of the compartment holding the spine
     * @param model         constants, fitted parameters, conditions and switches
     * @param parameters    this synapse's parameters
     * @param thresholds    this synapse's θd and θp
     * @param releaseStream this synapse's release stream (see
     *                      {@link org.synplast.engine.random.RandomStreams})
     */
    public GluSynapse(int compartment, SynapseModel model, SynapseParameters parameters, Thresholds thresholds,
            RandomGenerator releaseStream) {
        if (compartment < 0) {
            throw new IllegalArgumentException("compartment must be >= 0, got " + compartment);
        }
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(thresholds, "thresholds");
        this.compartment = compartment;
        this.releaseStream = Objects.requireNonNull(releaseStream, "releaseStream");
        MechanismConstants k = model.constants();
        Conditions conditions = model.conditions();
        Switches switches = model.switches();

        tauRiseAmpa = k.tauRiseAmpa();
        tauDecayAmpa = parameters.tauDecayAmpa();
        tauRiseNmda = k.tauRiseNmda();
        tauDecayNmda = k.tauDecayNmda();
        factorAmpa = SynapseFormulas.peakNormalisation(tauRiseAmpa, tauDecayAmpa);
        factorNmda = SynapseFormulas.peakNormalisation(tauRiseNmda, tauDecayNmda);
        reversalAmpa = k.reversalAmpa();
        reversalNmda = k.reversalNmda();
        reversalNmdaCa = k.reversalNmdaCa();
        caO = conditions.caO();
        mgO = conditions.mgO();
        gmaxNmda = switches.nmdaBlocked() ? 0.0 : parameters.gmaxNmda();
        nmdaCalciumConductance = 1e-3 * gmaxNmda * SynapseFormulas.nmdaCalciumFraction(caO);
        gVdcc = switches.vdccBlocked() ? 0.0
                : 1e-3 * k.gcaBar() * SynapseFormulas.sphereArea(parameters.spineVolume());
        tauM = k.tauVdccM();
        tauH = k.tauVdccH();
        tauCa = k.tauCa();
        caRest = k.caRest();
        nernstFactor = SynapseFormulas.nernstFactorCalcium(conditions.celsius());
        // 1 nA = 1e-9 C/s; / 2F -> mol/s; / (1e-15·V L) -> M/s = mM/ms; times the free fraction
        influxPerCurrent = -1e-9 * k.caFreeFraction() / (1e-15 * parameters.spineVolume() * 2.0
                * SynapseFormulas.FARADAY);
        nrrp = parameters.nrrp();
        depressionTime = parameters.depressionTime();
        facilitationTime = parameters.facilitationTime();

        double ud = SynapseFormulas.scaledProbability(parameters.ud(), caO);
        double up = SynapseFormulas.scaledProbability(parameters.up(), caO);
        fullRelease = switches.fullRelease();
        rho0 = parameters.rho0();
        use0 = SynapseFormulas.scaledProbability(parameters.u(), caO);
        gmax0 = parameters.gsyn();
        PlasticityParameters p = model.plasticity();
        efficacy = new Efficacy(p.tauEffCa(), tauCa, k.rhoStar(), switches.mk801() ? 0.0 : p.gammaD(), p.gammaP(),
                k.tauInduction(), k.tauExpression(), thresholds, switches.plasticityOff(), ud, up,
                parameters.gd(), parameters.gp());
        initialize(0.0);
    }

    @Override
    public int compartment() {
        return compartment;
    }

    /** Resets every state to its initial value; VDCC gates start closed (m = h = 0), as in v1.0.0. */
    @Override
    public void initialize(double v) {
        aAmpa = 0.0;
        bAmpa = 0.0;
        aNmda = 0.0;
        bNmda = 0.0;
        m = 0.0;
        h = 0.0;
        setCalcium(caRest);
        efficacy.initialize(rho0, use0, gmax0);
        facilitation = 0.0;
        lastSpike = 0.0;
        recovered = nrrp;
        unrecovered = 0;
        lastRelease = 0;
    }

    @Override
    public double current(double t, double v) {
        double iAmpa = 1e-3 * efficacy.gmaxAmpa() * (bAmpa - aAmpa) * (v - reversalAmpa);
        double iNmda = 1e-3 * gmaxNmda * SynapseFormulas.mgBlock(v, mgO) * (bNmda - aNmda) * (v - reversalNmda);
        return iAmpa + iNmda + gVdcc * m * m * h * (v - reversalCa);
    }

    @Override
    public void advance(double t, double dt, double v) {
        if (dt != cachedDt) {
            cacheFactors(dt);
        }
        double mInf = SynapseFormulas.vdccActivation(v);
        double hInf = SynapseFormulas.vdccInactivation(v);
        double nmdaCa = nmdaCalciumConductance * SynapseFormulas.mgBlock(v, mgO) * (v - reversalNmdaCa);
        double x0 = caI - caRest;
        double influxStart = influxPerCurrent * (nmdaCa * (bNmda - aNmda) + gVdcc * m * m * h * (v - reversalCa));
        double xMid = x0 + (influxStart * tauCa - x0) * halfCaGrowth;
        double mMid = mInf + (m - mInf) * halfM;
        double hMid = hInf + (h - hInf) * halfH;
        double openNmdaMid = bNmda * halfDecayNmda - aNmda * halfRiseNmda;
        double influx = influxPerCurrent * (nmdaCa * openNmdaMid + vdccCurrent(v, mMid, hMid, caRest + xMid));
        double xInf = influx * tauCa;

        efficacy.advance(dt, x0, xInf);
        setCalcium(caRest + xInf + (x0 - xInf) * decayCa);
        aAmpa *= decayRiseAmpa;
        bAmpa *= decayDecayAmpa;
        aNmda *= decayRiseNmda;
        bNmda *= decayDecayNmda;
        m = mInf + (m - mInf) * decayM;
        h = hInf + (h - hInf) * decayH;
    }

    /**
     * A presynaptic spike: stochastic multivesicular Tsodyks–Markram release (model.md §2.8). Spikes
     * must arrive in non-decreasing time order. Draws exactly two uniforms from the release stream,
     * none under {@link Switches#fullRelease() full release}, which releases all Nrrp sites and leaves
     * the facilitation and recovery state untouched.
     */
    @Override
    public void receive(double t) {
        double interval = t - lastSpike;
        if (interval < 0.0) {
            throw new IllegalArgumentException("spike at " + t + " ms precedes the previous one at " + lastSpike);
        }
        int released;
        if (fullRelease) {
            released = nrrp;
        } else {
            double use = efficacy.use();
            double carried = facilitationTime > 0.0 ? Math.exp(-interval / facilitationTime) : 0.0;
            facilitation = Math.min(1.0, use + facilitation * (1.0 - use) * carried);
            recovered += BinomialInversion.sample(releaseStream, unrecovered,
                    -Math.expm1(-interval / depressionTime));
            released = BinomialInversion.sample(releaseStream, recovered, facilitation);
            recovered -= released;
            unrecovered = nrrp - recovered;
        }
        lastSpike = t;
        lastRelease = released;
        double ampa = released * factorAmpa / nrrp;
        double nmda = released * factorNmda / nrrp;
        aAmpa += ampa;
        bAmpa += ampa;
        aNmda += nmda;
        bNmda += nmda;
    }

    /**
     * The fast-forward at the end of induction (model.md §5): ρ snaps to 1 if ρ ≥ ρ* (0.5) else 0,
     * and U_SE and gmax_AMPA jump to the values for that ρ. Does nothing when plasticity is off.
     */
    public void fastForward() {
        efficacy.fastForward();
    }

    /**
     * The postsynaptic state of a synapse, without efficacy and release: receptor kinetics, VDCC
     * gates, spine calcium and c*. These evolve alike in every configuration of the same site
     * (blockers aside) while no vesicle is released, so a quiet moment saved from one
     * configuration can start another (see {@link RestingState}).
     *
     * @param aAmpa            AMPA rise variable
     * @param bAmpa            AMPA decay variable
     * @param aNmda            NMDA rise variable
     * @param bNmda            NMDA decay variable
     * @param m                VDCC activation
     * @param h                VDCC inactivation
     * @param calcium          spine free calcium [mM]
     * @param effectiveCalcium c* [mM·ms]
     */
    public record SpineState(double aAmpa, double bAmpa, double aNmda, double bNmda, double m, double h,
            double calcium, double effectiveCalcium) {
    }

    /** @return the current postsynaptic state */
    public SpineState spineState() {
        return new SpineState(aAmpa, bAmpa, aNmda, bNmda, m, h, caI, efficacy.cStar());
    }

    /**
     * Sets the postsynaptic state (efficacy, facilitation and vesicle pools are kept).
     *
     * @param state from {@link #spineState()} of a synapse on the same site
     */
    public void restore(SpineState state) {
        aAmpa = state.aAmpa();
        bAmpa = state.bAmpa();
        aNmda = state.aNmda();
        bNmda = state.bNmda();
        m = state.m();
        h = state.h();
        setCalcium(state.calcium());
        efficacy.setCStar(state.effectiveCalcium());
    }

    /** @return spine free calcium [Ca]i [mM] */
    public double calcium() {
        return caI;
    }

    /** @return effective calcium c* [mM·ms] */
    public double effectiveCalcium() {
        return efficacy.cStar();
    }

    /** @return efficacy ρ */
    public double rho() {
        return efficacy.rho();
    }

    /** @return release probability U_SE (Hill-scaled) */
    public double releaseProbability() {
        return efficacy.use();
    }

    /** @return AMPA peak conductance gmax_AMPA [nS] */
    public double gmaxAmpa() {
        return efficacy.gmaxAmpa();
    }

    /** @return AMPA conductance [µS] */
    public double ampaConductance() {
        return 1e-3 * efficacy.gmaxAmpa() * (bAmpa - aAmpa);
    }

    /**
     * @param v membrane potential [mV]
     * @return NMDA conductance including the Mg block [µS]
     */
    public double nmdaConductance(double v) {
        return 1e-3 * gmaxNmda * SynapseFormulas.mgBlock(v, mgO) * (bNmda - aNmda);
    }

    /** @return VDCC activation m */
    public double vdccActivation() {
        return m;
    }

    /** @return VDCC inactivation h */
    public double vdccInactivation() {
        return h;
    }

    /** @return number of vesicles released by the last spike */
    public int lastRelease() {
        return lastRelease;
    }

    /** Sets the spine calcium and its reversal potential (also a test hook for closed-form checks). */
    void setCalcium(double value) {
        caI = value;
        reversalCa = nernstFactor * Math.log(caO / value);
    }

    /** @return the outward VDCC calcium current [nA] */
    private double vdccCurrent(double v, double gateM, double gateH, double ca) {
        if (gVdcc == 0.0) {
            return 0.0;
        }
        return gVdcc * gateM * gateM * gateH * (v - nernstFactor * Math.log(caO / ca));
    }

    private void cacheFactors(double dt) {
        cachedDt = dt;
        decayRiseAmpa = Math.exp(-dt / tauRiseAmpa);
        decayDecayAmpa = Math.exp(-dt / tauDecayAmpa);
        decayRiseNmda = Math.exp(-dt / tauRiseNmda);
        decayDecayNmda = Math.exp(-dt / tauDecayNmda);
        halfRiseNmda = Math.exp(-0.5 * dt / tauRiseNmda);
        halfDecayNmda = Math.exp(-0.5 * dt / tauDecayNmda);
        decayM = Math.exp(-dt / tauM);
        decayH = Math.exp(-dt / tauH);
        halfM = Math.exp(-0.5 * dt / tauM);
        halfH = Math.exp(-0.5 * dt / tauH);
        decayCa = Math.exp(-dt / tauCa);
        halfCaGrowth = -Math.expm1(-0.5 * dt / tauCa);
    }
}
