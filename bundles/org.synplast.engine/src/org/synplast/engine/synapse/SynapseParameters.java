package org.synplast.engine.synapse;

/**
 * Parameters of one synapse (model.md §3.3), release probabilities given at 2 mM [Ca²⁺]o.
 *
 * @param u                release probability U at 2 mM, also U_SE(0)
 * @param depressionTime   recovery time constant D [ms]
 * @param facilitationTime facilitation time constant F [ms], ≥ 0
 * @param nrrp             number of release sites, ≥ 1
 * @param gsyn             AMPA peak conductance gmax_AMPA(0) [nS]
 * @param gmaxNmda         NMDA peak conductance [nS]
 * @param tauDecayAmpa     AMPA decay time [ms]
 * @param spineVolume      spine head volume [µm³]
 * @param rho0             initial efficacy, 0 or 1
 * @param ud               depressed release probability at 2 mM
 * @param up               potentiated release probability at 2 mM
 * @param gd               depressed AMPA peak conductance [nS]
 * @param gp               potentiated AMPA peak conductance [nS]
 */
public record SynapseParameters(
        double u,
        double depressionTime,
        double facilitationTime,
        int nrrp,
        double gsyn,
        double gmaxNmda,
        double tauDecayAmpa,
        double spineVolume,
        int rho0,
        double ud,
        double up,
        double gd,
        double gp) {

    /** Validates ranges. */
    public SynapseParameters {
        probability("u", u);
        probability("ud", ud);
        probability("up", up);
        MechanismConstants.positive("depressionTime", depressionTime);
        if (!(facilitationTime >= 0.0 && Double.isFinite(facilitationTime))) {
            throw new IllegalArgumentException("facilitationTime must be >= 0, got " + facilitationTime);
        }
        if (nrrp < 1) {
            throw new IllegalArgumentException("nrrp must be >= 1, got " + nrrp);
        }
        nonNegative("gsyn", gsyn);
        nonNegative("gmaxNmda", gmaxNmda);
        nonNegative("gd", gd);
        nonNegative("gp", gp);
        MechanismConstants.positive("tauDecayAmpa", tauDecayAmpa);
        MechanismConstants.positive("spineVolume", spineVolume);
        if (rho0 != 0 && rho0 != 1) {
            throw new IllegalArgumentException("rho0 must be 0 or 1, got " + rho0);
        }
    }

    /**
     * The depressed and potentiated values of §3.3 for a synapse starting at ρ0: if ρ0 = 1,
     * Up = U, Ud = U⁵, gp = gsyn, gd = gsyn/2; if ρ0 = 0, Ud = U, Up = U^0.2, gd = gsyn,
     * gp = 2·gsyn.
     *
     * @param u                release probability U at 2 mM
     * @param depressionTime   D [ms]
     * @param facilitationTime F [ms]
     * @param nrrp             number of release sites
     * @param gsyn             AMPA peak conductance [nS]
     * @param gmaxNmda         NMDA peak conductance [nS]
     * @param tauDecayAmpa     AMPA decay time [ms]
     * @param spineVolume      spine head volume [µm³]
     * @param rho0             initial efficacy, 0 or 1
     * @return the synapse's parameters
     */
    public static SynapseParameters of(double u, double depressionTime, double facilitationTime, int nrrp,
            double gsyn, double gmaxNmda, double tauDecayAmpa, double spineVolume, int rho0) {
        if (rho0 == 1) {
            return new SynapseParameters(u, depressionTime, facilitationTime, nrrp, gsyn, gmaxNmda,
                    tauDecayAmpa, spineVolume, 1, Math.pow(u, 5.0), u, gsyn / 2.0, gsyn);
        }
        return new SynapseParameters(u, depressionTime, facilitationTime, nrrp, gsyn, gmaxNmda,
                tauDecayAmpa, spineVolume, rho0, u, Math.pow(u, 0.2), gsyn, 2.0 * gsyn);
    }

    /**
     * @return the same synapse started potentiated: ρ0 = 1, U = Up, gsyn = gp (the c_pre
     *         calibration state of model.md §5)
     */
    public SynapseParameters potentiated() {
        return new SynapseParameters(up, depressionTime, facilitationTime, nrrp, gp, gmaxNmda, tauDecayAmpa,
                spineVolume, 1, ud, up, gd, gp);
    }

    private static void probability(String name, double p) {
        if (!(p > 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + p);
        }
    }

    private static void nonNegative(String name, double g) {
        if (!(g >= 0.0 && Double.isFinite(g))) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + g);
        }
    }
}
