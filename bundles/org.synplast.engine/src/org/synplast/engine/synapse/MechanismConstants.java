package org.synplast.engine.synapse;

/**
 * Constants of the GluSynapse mechanism shared by all synapses (model.md §3.1). The AMPA decay
 * time is per synapse ({@link SynapseParameters#tauDecayAmpa()}).
 *
 * @param tauRiseAmpa      AMPA rise time [ms]
 * @param reversalAmpa     AMPA reversal potential [mV]
 * @param tauRiseNmda      NMDA rise time [ms]
 * @param tauDecayNmda     NMDA decay time [ms]
 * @param reversalNmda     NMDA reversal potential [mV]
 * @param reversalNmdaCa   reversal potential of the NMDA calcium current [mV]
 * @param gcaBar           spine VDCC conductance density [nS/µm²]
 * @param tauVdccM         VDCC activation time constant [ms]
 * @param tauVdccH         VDCC inactivation time constant [ms]
 * @param caFreeFraction   free (unbuffered) fraction of spine calcium γ
 * @param tauCa            spine calcium extrusion time constant [ms]
 * @param caRest           resting spine [Ca²⁺]i [mM]
 * @param rhoStar          unstable fixed point ρ* of the efficacy
 * @param tauInduction     τ_ind of the efficacy [ms] (70 s)
 * @param tauExpression    τ_exp of the expression of ρ [ms] (100 s)
 */
public record MechanismConstants(
        double tauRiseAmpa,
        double reversalAmpa,
        double tauRiseNmda,
        double tauDecayNmda,
        double reversalNmda,
        double reversalNmdaCa,
        double gcaBar,
        double tauVdccM,
        double tauVdccH,
        double caFreeFraction,
        double tauCa,
        double caRest,
        double rhoStar,
        double tauInduction,
        double tauExpression) {

    /** The values of GluSynapse v1.0.0 (model.md §3.1). */
    public static final MechanismConstants GLUSYNAPSE_V1 = new MechanismConstants(
            0.2, 0.0, 0.29, 70.0, -3.0, 40.0, 0.0744, 1.0, 27.0, 0.04, 12.0, 70e-6, 0.5, 70e3, 100e3);

    /** Validates ranges. */
    public MechanismConstants {
        positive("tauRiseAmpa", tauRiseAmpa);
        positive("tauRiseNmda", tauRiseNmda);
        positive("tauDecayNmda", tauDecayNmda);
        if (tauDecayNmda <= tauRiseNmda) {
            throw new IllegalArgumentException("tauDecayNmda must exceed tauRiseNmda");
        }
        finite("reversalAmpa", reversalAmpa);
        finite("reversalNmda", reversalNmda);
        finite("reversalNmdaCa", reversalNmdaCa);
        if (!(gcaBar >= 0.0 && Double.isFinite(gcaBar))) {
            throw new IllegalArgumentException("gcaBar must be >= 0, got " + gcaBar);
        }
        positive("tauVdccM", tauVdccM);
        positive("tauVdccH", tauVdccH);
        if (!(caFreeFraction > 0.0 && caFreeFraction <= 1.0)) {
            throw new IllegalArgumentException("caFreeFraction must be in (0, 1], got " + caFreeFraction);
        }
        positive("tauCa", tauCa);
        positive("caRest", caRest);
        if (!(rhoStar > 0.0 && rhoStar < 1.0)) {
            throw new IllegalArgumentException("rhoStar must be in (0, 1), got " + rhoStar);
        }
        positive("tauInduction", tauInduction);
        positive("tauExpression", tauExpression);
    }

    static void positive(String name, double value) {
        if (!(value > 0.0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be > 0 and finite, got " + value);
        }
    }

    static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }
}
