package org.synplast.experiment.stats;

import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.StatisticalSummaryValues;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Mean, sample standard deviation (n − 1) and standard error of a set of values.
 *
 * @param n    number of values
 * @param mean their mean, NaN if n = 0
 * @param sd   sample standard deviation, 0 if n = 1, NaN if n = 0
 * @param sem  sd / √n
 */
public record Summary(int n, double mean, double sd, double sem) {

    /**
     * @param values the values
     * @return their summary
     */
    public static Summary of(double[] values) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : values) {
            s.addValue(v);
        }
        double sd = s.getStandardDeviation();
        return new Summary(values.length, s.getMean(), sd, sd / Math.sqrt(values.length));
    }

    /**
     * @param mean the mean
     * @param sem  its standard error
     * @param n    the number of values
     * @return the summary of a published result, with SD = SEM·√n
     */
    public static Summary ofMeanSem(double mean, double sem, int n) {
        return new Summary(n, mean, sem * Math.sqrt(n), sem);
    }

    /** @return the variance, sd² */
    public double variance() {
        return sd * sd;
    }

    /** @return the summary as commons-math3 sees it (only n, mean and variance are meaningful) */
    StatisticalSummary toStatisticalSummary() {
        return new StatisticalSummaryValues(mean, variance(), n, Double.NaN, Double.NaN, mean * n);
    }
}
