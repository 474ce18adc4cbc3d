package org.synplast.report.data;

import java.util.Locale;

/**
 * A sample mean with its standard error of the mean and the sample size.
 *
 * @param mean the sample mean
 * @param sem  the standard error of the mean, {@code NaN} when {@code n < 2}
 * @param n    the number of samples, at least 1
 */
public record MeanSem(double mean, double sem, int n) {

    /** Validates the components. */
    public MeanSem {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite, was " + mean);
        }
        if (n >= 2 && !(sem >= 0 && Double.isFinite(sem))) {
            throw new IllegalArgumentException("sem must be finite and >= 0 for n >= 2, was " + sem);
        }
    }

    /** Returns the standard error, or 0 when it is undefined (a single sample), for error bars. */
    public double semOrZero() {
        return Double.isNaN(sem) ? 0 : sem;
    }

    /** Returns {@code "mean ± sem"} with three decimals, or just the mean when the SEM is undefined. */
    public String display() {
        return Double.isNaN(sem) ? String.format(Locale.ROOT, "%.3f", mean)
                : String.format(Locale.ROOT, "%.3f ± %.3f", mean, sem);
    }
}
