package org.synplast.engine.random;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Binomial draws by sequential inversion of the cumulative distribution, for the small trial
 * counts of vesicle release (a handful of release sites).
 *
 * <p>One uniform u gives the smallest k with P(X ≤ k) ≥ u, the same value as commons-math3's
 * {@code BinomialDistribution.inverseCumulativeProbability(u)} (hence also the same as its
 * default inversion sampler), but computed with the probability-mass recursion
 * p(k+1) = p(k)·(n−k)/(k+1)·p/(1−p) in at most n steps and without allocation.
 */
public final class BinomialInversion {

    private BinomialInversion() {
    }

    /**
     * @param rng the stream to draw one uniform from (always exactly one, whatever n and p)
     * @param n   number of trials, ≥ 0
     * @param p   success probability in [0, 1]
     * @return a Binomial(n, p) variate
     */
    public static int sample(RandomGenerator rng, int n, double p) {
        return inverse(rng.nextDouble(), n, p);
    }

    /**
     * @param u uniform in [0, 1)
     * @param n number of trials, ≥ 0
     * @param p success probability in [0, 1]
     * @return the smallest k with P(X ≤ k) ≥ u for X ~ Binomial(n, p)
     */
    public static int inverse(double u, int n, double p) {
        if (n < 0 || !(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("Binomial(" + n + ", " + p + ") is not defined");
        }
        if (n == 0 || p == 0.0 || u <= 0.0) {
            return 0;
        }
        if (p == 1.0) {
            return n;
        }
        double q = 1.0 - p;
        double ratio = p / q;
        double pmf = Math.pow(q, n);
        double cdf = pmf;
        int k = 0;
        while (u > cdf && k < n) {
            pmf *= ratio * (n - k) / (k + 1);
            k++;
            cdf += pmf;
        }
        return k;
    }
}
