package org.synplast.experiment.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EpspSlopeTest {

    private static final double DT = 0.025;

    /** A linear rise of 0.5 mV/ms for 4 ms, then a decay: linear interpolation is exact. */
    @Test
    void slopeOfALinearRiseIsItsRate() {
        double[] trace = new double[4001];
        for (int i = 0; i < trace.length; i++) {
            double t = i * DT;
            trace[i] = t <= 4 ? 0.5 * t : 2 * Math.exp(-(t - 4) / 20);
        }
        assertEquals(0.5, EpspSlope.of(trace, DT), 1e-12);
    }

    /**
     * A(1 − e^(−t/τ)) reaches x·A at −τ·ln(1 − x): slope = 0.45·A / (τ·ln(0.70/0.25)) with its
     * peak the last sample. Linear interpolation errs by at most dt²·max|v''|/8 ≈ 2e-5 mV in
     * level, i.e. about 1e-5 relative in the slope: tolerance 1e-4 relative.
     */
    @Test
    void slopeOfAnExponentialRiseMatchesTheClosedForm() {
        double a = 1.7;
        double tau = 5;
        double[] trace = new double[4001];
        for (int i = 0; i < trace.length; i++) {
            trace[i] = a * (1 - Math.exp(-i * DT / tau));
        }
        double peak = trace[trace.length - 1];
        double expected = 0.45 * peak / (tau * Math.log((1 - 0.30 * peak / a) / (1 - 0.75 * peak / a)));
        assertEquals(expected, EpspSlope.of(trace, DT), 1e-4 * expected);
    }

    @Test
    void aFlatTraceHasNoSlope() {
        assertTrue(Double.isNaN(EpspSlope.of(new double[10], DT)));
    }
}
