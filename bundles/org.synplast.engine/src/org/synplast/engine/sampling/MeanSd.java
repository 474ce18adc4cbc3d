package org.synplast.engine.sampling;

/**
 * A mean and a standard deviation.
 *
 * @param mean the mean, finite
 * @param sd   the standard deviation, ≥ 0
 */
public record MeanSd(double mean, double sd) {

    /** Validates that both are finite and the SD is not negative. */
    public MeanSd {
        if (!Double.isFinite(mean) || !(sd >= 0.0 && Double.isFinite(sd))) {
            throw new IllegalArgumentException("need a finite mean and a finite SD >= 0, got " + mean + " ± " + sd);
        }
    }

    /** @return the variance */
    public double variance() {
        return sd * sd;
    }
}
