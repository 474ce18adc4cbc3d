package org.synplast.engine.synapse;

/**
 * Linear rule giving a synapse's thresholds from its calibration peaks:
 * θd = dPre·c_pre + dPost·c_post and θp = pPre·c_pre + pPost·c_post (model.md §3.2).
 *
 * @param dPre  coefficient of c_pre in θd
 * @param dPost coefficient of c_post in θd
 * @param pPre  coefficient of c_pre in θp
 * @param pPost coefficient of c_post in θp
 */
public record ThresholdCoefficients(double dPre, double dPost, double pPre, double pPost) {

    /** Validates that the coefficients are non-negative and finite. */
    public ThresholdCoefficients {
        for (double a : new double[] {dPre, dPost, pPre, pPost}) {
            if (!(a >= 0.0 && Double.isFinite(a))) {
                throw new IllegalArgumentException("threshold coefficients must be >= 0 and finite");
            }
        }
    }

    /**
     * @param cPre  peak c* after one presynaptic spike [mM·ms]
     * @param cPost peak c* after one postsynaptic spike [mM·ms]
     * @return the thresholds θd and θp
     */
    public Thresholds apply(double cPre, double cPost) {
        return new Thresholds(dPre * cPre + dPost * cPost, pPre * cPre + pPost * cPost);
    }
}
