package org.synplast.experiment.stats;

import org.apache.commons.math3.stat.inference.TTest;
import org.synplast.experiment.ExperimentException;

/**
 * Welch's unequal-variance t-test of two summaries, with commons-math3's
 * {@link TTest#tTest(org.apache.commons.math3.stat.descriptive.StatisticalSummary,
 * org.apache.commons.math3.stat.descriptive.StatisticalSummary)} (two-sided p) and the
 * Welch–Satterthwaite degrees of freedom ν = (a + b)² / (a²/(n1 − 1) + b²/(n2 − 1)),
 * a = s1²/n1, b = s2²/n2.
 *
 * @param t       the t statistic (first minus second), NaN when undetermined
 * @param df      ν, NaN when undetermined
 * @param p       two-sided p-value, NaN when undetermined
 * @param alpha   the significance level
 * @param verdict the verdict at α
 */
public record WelchTest(double t, double df, double p, double alpha, Verdict verdict) {

    /**
     * @param first  e.g. in silico
     * @param second e.g. in vitro (Summary.ofMeanSem)
     * @param alpha  significance level, in (0, 1)
     * @return the test
     */
    public static WelchTest of(Summary first, Summary second, double alpha) {
        ExperimentException.require(alpha > 0 && alpha < 1, "alpha", "in (0, 1)", alpha);
        double a = first.variance() / first.n();
        double b = second.variance() / second.n();
        if (first.n() < 2 || second.n() < 2 || !(a + b > 0)) {
            return new WelchTest(Double.NaN, Double.NaN, Double.NaN, alpha, Verdict.UNDETERMINED);
        }
        TTest test = new TTest();
        double t = test.t(first.toStatisticalSummary(), second.toStatisticalSummary());
        double p = test.tTest(first.toStatisticalSummary(), second.toStatisticalSummary());
        double df = (a + b) * (a + b) / (a * a / (first.n() - 1) + b * b / (second.n() - 1));
        return new WelchTest(t, df, p, alpha, p < alpha ? Verdict.DIFFERENT : Verdict.CONSISTENT);
    }
}
