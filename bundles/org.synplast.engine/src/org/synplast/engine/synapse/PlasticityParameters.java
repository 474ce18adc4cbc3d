package org.synplast.engine.synapse;

import java.util.Objects;

/**
 * The fitted parameters of the plasticity model (model.md §3.2).
 *
 * @param tauEffCa τ*, the time constant of the effective calcium c* [ms]
 * @param gammaD   depression rate γd
 * @param gammaP   potentiation rate γp
 * @param basal    threshold coefficients of basal synapses
 * @param apical   threshold coefficients of apical synapses
 */
public record PlasticityParameters(
        double tauEffCa,
        double gammaD,
        double gammaP,
        ThresholdCoefficients basal,
        ThresholdCoefficients apical) {

    /** The single parameter set of Chindemi et al. 2022. */
    public static final PlasticityParameters CHINDEMI_2022 = new PlasticityParameters(
            278.3177658387, 101.5387594661, 216.1841700668,
            new ThresholdCoefficients(1.0018099627, 1.9535568661, 1.1593870631, 2.4827933785),
            new ThresholdCoefficients(1.1267343377, 2.4559713296, 5.2356637311, 1.7822214534));

    /** Validates ranges. */
    public PlasticityParameters {
        MechanismConstants.positive("tauEffCa", tauEffCa);
        if (!(gammaD >= 0.0 && Double.isFinite(gammaD)) || !(gammaP >= 0.0 && Double.isFinite(gammaP))) {
            throw new IllegalArgumentException("gammaD and gammaP must be >= 0 and finite");
        }
        Objects.requireNonNull(basal, "basal");
        Objects.requireNonNull(apical, "apical");
    }

    /**
     * Threshold derivation of model.md §5. Synapses on neither basal nor apical dendrites get no
     * plasticity ({@link Thresholds#NONE}), an explicit choice: the original pipeline rejects them.
     *
     * @param location where the synapse is
     * @param cPre     peak c* after one presynaptic spike [mM·ms]
     * @param cPost    peak c* after one postsynaptic spike [mM·ms]; NaN when no current step
     *                 gives exactly one action potential, which also means no plasticity
     * @return the synapse's thresholds
     */
    public Thresholds thresholds(SynapseLocation location, double cPre, double cPost) {
        Objects.requireNonNull(location, "location");
        if (Double.isNaN(cPost) || location == SynapseLocation.OTHER) {
            return Thresholds.NONE;
        }
        if (!(cPre >= 0.0 && Double.isFinite(cPre)) || !(cPost >= 0.0 && Double.isFinite(cPost))) {
            throw new IllegalArgumentException("c_pre and c_post must be >= 0, got " + cPre + ", " + cPost);
        }
        return (location == SynapseLocation.BASAL ? basal : apical).apply(cPre, cPost);
    }
}
