package org.synplast.experiment.readout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The meter against alpha-function EPSPs v(t) = v_rest + A·(u/τ)·e^(1 − u/τ), u = t − s, whose
 * maximum is exactly A at u = τ (τ a multiple of dt, so the maximum is sampled).
 */
class EpspMeterTest {

    private static final double DT = 0.025;
    private static final double REST = -65;
    private static final double TAU = 5;

    private static double alpha(double u, double a) {
        return u < 0 ? 0 : a * u / TAU * Math.exp(1 - u / TAU);
    }

    /** Feeds the meter v(t) = REST + Σ alpha(t − s_k, A_k) for t = i·dt up to {@code end}. */
    private static void feed(EpspMeter meter, double[] s, double[] a, double end) {
        long steps = Math.round(end / DT);
        for (long i = 0; i <= steps; i++) {
            double t = i * DT;
            double v = REST;
            for (int k = 0; k < s.length; k++) {
                v += alpha(t - s[k], a[k]);
            }
            meter.sample(t, v);
        }
        meter.finish();
    }

    @Test
    void amplitudesOfAlphaEpspsAreTheirPeaks() {
        double[] s = {100, 400, 700};
        double[] a = {0.5, 1.25, 0.02};
        EpspMeter m = new EpspMeter(s, 100, DT, -30, new int[] {-1, -1, -1});
        feed(m, s, a, 1000);
        assertArrayEquals(a, m.amplitudes(), 1e-12);
        assertFalse(m.spiked()[1]);
    }

    /**
     * An alpha EPSP of 1 mV peaks at u = τ = 5 ms and has fallen by a fifth of its rise at
     * u ≈ 9.12 ms (u/τ·e^(1−u/τ) = 4/5); from then on to the window's end the meter reports the
     * window past its peak, before never; windows with a mean trace never; sampling only every
     * 1 ms after that point leaves the amplitude exact.
     */
    @Test
    void anEpspAFifthDownIsPastItsPeakAndSparseSamplesKeepItsAmplitude() {
        double[] s = {100};
        EpspMeter m = new EpspMeter(s, 100, DT, -30, new int[] {-1});
        double firstPast = Double.NaN;
        for (long i = 0; i <= Math.round(250 / DT); i++) {
            double t = i * DT;
            double v = REST + alpha(t - 100, 1);
            boolean sparse = !Double.isNaN(firstPast) && i % 40 != 0;
            if (!sparse) {
                m.sample(t, v);
            }
            double until = m.pastPeakUntil(v);
            if (Double.isNaN(firstPast) && !Double.isNaN(until)) {
                firstPast = t;
                assertEquals(200, until, 1e-12);
            }
        }
        m.finish();
        assertEquals(109.12, firstPast, 0.05);
        assertEquals(1, m.amplitudes()[0], 1e-12);
        EpspMeter traced = new EpspMeter(s, 100, DT, -30, new int[] {0});
        for (long i = 0; i <= Math.round(190 / DT); i++) {
            double t = i * DT;
            double v = REST + alpha(t - 100, 1);
            traced.sample(t, v);
            assertTrue(Double.isNaN(traced.pastPeakUntil(v)), "t = " + t);
        }
    }

    @Test
    void offGridSpikeTakesTheLastSampleBeforeItAsReference() {
        double[] s = {100.01};
        EpspMeter m = new EpspMeter(s, 100, DT, -30, new int[] {-1});
        long steps = Math.round(300 / DT);
        for (long i = 0; i <= steps; i++) {
            double t = i * DT;
            m.sample(t, t <= 100 ? -70 : -65 + alpha(t - 100.01, 1));
        }
        m.finish();
        // the reference is V(100.0) = −70, so the amplitude includes the 5 mV step
        assertEquals(6, m.amplitudes()[0], 1e-3);
    }

    @Test
    void aWindowReachingTheThresholdIsMarkedSpiking() {
        double[] s = {100, 400};
        double[] a = {1, 40};
        EpspMeter m = new EpspMeter(s, 100, DT, -30, new int[] {-1, -1});
        feed(m, s, a, 600);
        assertFalse(m.spiked()[0]);
        assertTrue(m.spiked()[1]);
    }

    @Test
    void meanTraceAveragesTheGroupsEpsps() {
        double[] s = {100, 400, 700, 1000};
        double[] a = {1, 3, 2, 4};
        EpspMeter m = new EpspMeter(s, 100, DT, -30, new int[] {0, 0, -1, 1});
        feed(m, s, a, 1200);
        double[] g0 = m.meanTrace(0);
        assertEquals(4001, g0.length);
        for (int i = 0; i < g0.length; i += 37) {
            assertEquals(alpha(i * DT, 2), g0[i], 1e-12, "sample " + i);
        }
        assertEquals(4, m.meanTrace(1)[200], 1e-12);
    }
}
