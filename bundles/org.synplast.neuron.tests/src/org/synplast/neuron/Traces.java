package org.synplast.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

/** Comparisons of engine and NEURON traces sampled at the same times. */
final class Traces {

    private Traces() {
    }

    /**
     * @param a one trace
     * @param b the other, same length
     * @return max |a − b|
     */
    static double maxAbsDifference(double[] a, double[] b) {
        assertEquals(a.length, b.length, "trace lengths");
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /**
     * Upward threshold crossings with linear interpolation between samples (the engine's rule),
     * applied identically to both simulators' voltage traces.
     *
     * @param t         sample times [ms]
     * @param v         voltages [mV]
     * @param threshold [mV]
     * @return crossing times [ms]
     */
    static double[] crossings(double[] t, double[] v, double threshold) {
        double[] out = new double[v.length];
        int n = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i - 1] < threshold && v[i] >= threshold) {
                out[n++] = t[i - 1] + (t[i] - t[i - 1]) * (threshold - v[i - 1]) / (v[i] - v[i - 1]);
            }
        }
        return Arrays.copyOf(out, n);
    }
}
