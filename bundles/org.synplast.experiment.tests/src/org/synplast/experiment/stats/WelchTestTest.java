package org.synplast.experiment.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WelchTestTest {

    /**
     * Example 1 of Wikipedia's "Welch's t-test" article: t = −2.46, ν = 25.0, p = 0.021; more
     * digits from SciPy 1.17 {@code ttest_ind(a1, a2, equal_var=False)}: t = −2.455356398286006,
     * ν = 24.988529290231416, p = 0.021378001462866992.
     */
    @Test
    void wikipediaExampleOne() {
        double[] a1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
        double[] a2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};
        WelchTest w = WelchTest.of(Summary.of(a1), Summary.of(a2), 0.05);
        assertEquals(-2.455356398286006, w.t(), 1e-12);
        assertEquals(24.988529290231416, w.df(), 1e-10);
        assertEquals(0.021378001462866992, w.p(), 1e-9);
        assertEquals(Verdict.DIFFERENT, w.verdict());
        assertEquals(Verdict.CONSISTENT, WelchTest.of(Summary.of(a1), Summary.of(a2), 0.01).verdict());
    }

    /**
     * In silico 1.1 ± 0.3 (SD, n = 100) against mrk97_07's in vitro 1.2013 ± 0.0626 (SEM, n = 6),
     * SD = SEM·√6. SciPy 1.17 {@code ttest_ind_from_stats(..., equal_var=False)}:
     * t = −1.4592906405100776, p = 0.18485128149306612. By hand: a = 0.0009, b = 0.0626² = 0.00391876,
     * t = −0.1013/√(a + b), ν = (a + b)²/(a²/99 + b²/5).
     */
    @Test
    void againstAnInVitroMeanAndSem() {
        Summary silico = new Summary(100, 1.1, 0.3, 0.03);
        Summary vitro = Summary.ofMeanSem(1.2013, 0.0626, 6);
        WelchTest w = WelchTest.of(silico, vitro, 0.05);
        double a = 0.0009;
        double b = 0.0626 * 0.0626;
        assertEquals(-0.1013 / Math.sqrt(a + b), w.t(), 1e-12);
        assertEquals(-1.4592906405100776, w.t(), 1e-12);
        assertEquals((a + b) * (a + b) / (a * a / 99 + b * b / 5), w.df(), 1e-9);
        assertEquals(0.18485128149306612, w.p(), 1e-9);
        assertEquals(Verdict.CONSISTENT, w.verdict());
    }

    @Test
    void summaryUsesTheSampleStandardDeviation() {
        Summary s = Summary.of(new double[] {1, 2, 3, 4});
        assertEquals(2.5, s.mean(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3.0), s.sd(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3.0) / 2, s.sem(), 1e-15);
        assertEquals(0.0626 * Math.sqrt(6), Summary.ofMeanSem(1.2, 0.0626, 6).sd(), 1e-15);
    }

    @Test
    void tooFewValuesOrNoVarianceIsUndetermined() {
        Summary vitro = Summary.ofMeanSem(1.2, 0.06, 6);
        WelchTest one = WelchTest.of(Summary.of(new double[] {1.0}), vitro, 0.05);
        assertEquals(Verdict.UNDETERMINED, one.verdict());
        assertTrue(Double.isNaN(one.p()));
        assertEquals(Verdict.UNDETERMINED,
                WelchTest.of(Summary.of(new double[] {1, 1}), Summary.ofMeanSem(1, 0, 3), 0.05).verdict());
    }
}
