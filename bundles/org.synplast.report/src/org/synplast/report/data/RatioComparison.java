package org.synplast.report.data;

/**
 * One experiment's EPSP ratio in silico against the in vitro result it should reproduce.
 *
 * @param experiment the experiment name
 * @param inSilico   the simulated EPSP ratio across pairs
 * @param inVitro    the published EPSP ratio, or {@code null} when the experiment has none
 * @param pValue     Welch's two-sided p-value of the difference, {@code NaN} when not computable
 */
public record RatioComparison(String experiment, MeanSem inSilico, MeanSem inVitro, double pValue) {

    /** Validates the components. */
    public RatioComparison {
        if (experiment == null || inSilico == null) {
            throw new IllegalArgumentException("experiment and inSilico are required");
        }
        if (!Double.isNaN(pValue) && !(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("p-value must be in [0, 1] or NaN, was " + pValue);
        }
    }
}
