package org.synplast.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class BinomialInversionTest {

    /**
     * The inversion returns commons-math3's inverse CDF for the same uniform, except where u lies
     * within rounding (1e-12) of a CDF value, where either neighbour is a correct answer.
     */
    @Test
    void equalsCommonsMathInverseCumulativeProbability() {
        int compared = 0;
        for (int n = 0; n <= 20; n++) {
            for (double p : new double[] {0.0, 1e-3, 0.05, 0.2, 0.38, 0.5, 0.77, 0.95, 0.999, 1.0}) {
                BinomialDistribution reference = new BinomialDistribution(null, n, p);
                double[] cdf = new double[n + 1];
                for (int k = 0; k <= n; k++) {
                    cdf[k] = reference.cumulativeProbability(k);
                }
                for (int i = 1; i < 1000; i++) {
                    double u = i / 1000.0;
                    int k = BinomialInversion.inverse(u, n, p);
                    if (nearCdfValue(cdf, u)) {
                        continue;
                    }
                    assertEquals(reference.inverseCumulativeProbability(u), k, "n=" + n + " p=" + p + " u=" + u);
                    compared++;
                }
            }
        }
        assertTrue(compared > 200_000, "too few comparisons: " + compared);
    }

    private static boolean nearCdfValue(double[] cdf, double u) {
        for (double c : cdf) {
            if (Math.abs(c - u) < 1e-12) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sampleMeanAndVarianceMatchBinomial() {
        Well19937c rng = new Well19937c(7);
        int n = 5;
        double p = 0.3;
        int trials = 200_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < trials; i++) {
            int k = BinomialInversion.sample(rng, n, p);
            sum += k;
            sumSq += (double) k * k;
        }
        double mean = sum / trials;
        double variance = sumSq / trials - mean * mean;
        // SE of the mean = sqrt(np(1-p)/trials) = 0.0023; 5 SE
        assertEquals(n * p, mean, 0.0115);
        // SE of the variance ≈ sqrt((mu4 - sigma^4)/trials) < 0.005; 5 SE
        assertEquals(n * p * (1 - p), variance, 0.025);
    }

    @Test
    void undefinedParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BinomialInversion.inverse(0.5, -1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> BinomialInversion.inverse(0.5, 3, 1.5));
        assertThrows(IllegalArgumentException.class, () -> BinomialInversion.inverse(0.5, 3, Double.NaN));
    }
}
