package org.synplast.engine.sampling;

import java.util.Objects;

/**
 * Synaptic physiology of a pathway, as mean ± SD per synapse (model.md §3.4).
 *
 * @param name            the pathway, for reports
 * @param gsyn            AMPA peak conductance [nS]
 * @param nrrpMean        mean number of release sites, ≥ 1
 * @param u               release probability at 2 mM [Ca²⁺]o
 * @param depressionTime  D [ms]
 * @param facilitationTime F [ms]
 * @param nmdaAmpaRatio   gmax_NMDA / gsyn
 * @param spineVolume     spine head volume [µm³]
 * @param tauDecayAmpa    AMPA decay time [ms]
 */
public record PathwayPhysiology(
        String name,
        MeanSd gsyn,
        double nrrpMean,
        MeanSd u,
        MeanSd depressionTime,
        MeanSd facilitationTime,
        double nmdaAmpaRatio,
        MeanSd spineVolume,
        MeanSd tauDecayAmpa) {

    /** AMPA decay time of E→E synapses (model.md §3.1) [ms]. */
    public static final MeanSd E_TO_E_TAU_DECAY_AMPA = new MeanSd(1.74, 0.18);

    /** L5 TTPC → L5 TTPC (Blue Brain SSCx recipe; the paper's pairs had D ≈ 700 ms). */
    public static final PathwayPhysiology L5TTPC_L5TTPC = new PathwayPhysiology("L5 TTPC -> L5 TTPC",
            new MeanSd(1.94, 1.0), 2.8, new MeanSd(0.38, 0.10), new MeanSd(365.6, 100.15),
            new MeanSd(25.7, 45.87), 0.55, new MeanSd(0.1628, 0.0839), E_TO_E_TAU_DECAY_AMPA);
    /** L2/3 PC → L5 TTPC. */
    public static final PathwayPhysiology L23PC_L5TTPC = new PathwayPhysiology("L2/3 PC -> L5 TTPC",
            new MeanSd(0.47, 0.2), 1.5, new MeanSd(0.5, 0.02), new MeanSd(671.0, 17.0),
            new MeanSd(17.0, 5.0), 0.7, new MeanSd(0.0433, 0.0184), E_TO_E_TAU_DECAY_AMPA);
    /** L2/3 PC → L2/3 PC. */
    public static final PathwayPhysiology L23PC_L23PC = new PathwayPhysiology("L2/3 PC -> L2/3 PC",
            new MeanSd(1.0, 0.5), 2.6, new MeanSd(0.46, 0.26), new MeanSd(671.0, 17.0),
            new MeanSd(17.0, 5.0), 0.7, new MeanSd(0.0921, 0.0460), E_TO_E_TAU_DECAY_AMPA);
    /** L4 SSC → L4 SSC. */
    public static final PathwayPhysiology L4SSC_L4SSC = new PathwayPhysiology("L4 SSC -> L4 SSC",
            new MeanSd(0.58, 0.3), 1.0, new MeanSd(0.86, 0.09), new MeanSd(671.0, 17.0),
            new MeanSd(17.0, 5.0), 0.86, new MeanSd(0.0584, 0.0302), E_TO_E_TAU_DECAY_AMPA);
    /** L4 PC → L2/3 PC. */
    public static final PathwayPhysiology L4PC_L23PC = new PathwayPhysiology("L4 PC -> L2/3 PC",
            new MeanSd(0.68, 0.44), 1.5, new MeanSd(0.5, 0.02), new MeanSd(671.0, 17.0),
            new MeanSd(17.0, 5.0), 0.7, new MeanSd(0.0626, 0.0405), E_TO_E_TAU_DECAY_AMPA);

    /** Validates that every margin can be moment-matched by its distribution family. */
    public PathwayPhysiology {
        Objects.requireNonNull(name, "name");
        positiveWithSpread("gsyn", gsyn);
        positiveWithSpread("depressionTime", depressionTime);
        positiveWithSpread("facilitationTime", facilitationTime);
        positiveWithSpread("spineVolume", spineVolume);
        positiveWithSpread("tauDecayAmpa", tauDecayAmpa);
        if (!(nrrpMean >= 1.0 && Double.isFinite(nrrpMean))) {
            throw new IllegalArgumentException("nrrpMean must be >= 1, got " + nrrpMean);
        }
        Objects.requireNonNull(u, "u");
        if (!(u.mean() > 0.0 && u.mean() < 1.0 && u.sd() > 0.0 && u.variance() < u.mean() * (1.0 - u.mean()))) {
            throw new IllegalArgumentException("U must have 0 < mean < 1 and 0 < SD² < mean(1 − mean), got "
                    + u.mean() + " ± " + u.sd());
        }
        if (!(nmdaAmpaRatio >= 0.0 && Double.isFinite(nmdaAmpaRatio))) {
            throw new IllegalArgumentException("nmdaAmpaRatio must be >= 0, got " + nmdaAmpaRatio);
        }
    }

    private static void positiveWithSpread(String field, MeanSd value) {
        Objects.requireNonNull(value, field);
        if (!(value.mean() > 0.0 && value.sd() > 0.0)) {
            throw new IllegalArgumentException(field + " needs mean > 0 and SD > 0 for a gamma margin, got "
                    + value.mean() + " ± " + value.sd());
        }
    }
}
