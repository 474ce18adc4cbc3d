package org.synplast.experiment.readout;

import java.util.Arrays;

import org.synplast.experiment.ExperimentException;

/**
 * Measures test EPSPs on the fly from the somatic voltage, sample by sample, without storing the
 * trace (model.md §5): for a test spike at s, the amplitude is max V in [s, s + window] − V(s),
 * V(s) being the last sample at or before s. It also notes whether the cell fired during a window
 * (the maximum reached the spike threshold) and, for test spikes assigned to a group, accumulates
 * the mean EPSP trace V(s + i·dt) − V(s) of the group, for the slope read-out.
 *
 * <p>Samples must come in ascending time, one per step of {@code dtMs} (e.g. after every step of a
 * simulation). Windows must not overlap. Not thread-safe; no allocation per sample.
 */
public final class EpspMeter {

    private static final double EPS = 1e-9; // [ms], tolerance of time comparisons
    /** Least fall from a window's maximum for its EPSP to count as past its peak [mV]. */
    public static final double PEAK_FALL_MV = 0.01;
    /** Least fall from a window's maximum, as a fraction of the rise to it, for its EPSP to count as past its peak. */
    public static final double PEAK_FALL_FRACTION = 0.2;

    private final double[] testMs;
    private final double windowMs;
    private final double dtMs;
    private final double spikeThresholdMv;
    private final int[] group;
    private final double[][] traceSum;
    private final int[] traceCount;
    private final double[] amplitude;
    private final boolean[] spiked;
    private int next;
    private int active = -1;
    private double v0;
    private double max;
    private double lastV = Double.NaN;

    /**
     * @param testMs           test spike times [ms], ascending, windows not overlapping
     * @param windowMs         EPSP window [ms]
     * @param dtMs             sample interval [ms]
     * @param spikeThresholdMv somatic spike threshold [mV]
     * @param group            per test spike its mean-trace group (0, 1, ...) or −1 for none
     */
    public EpspMeter(double[] testMs, double windowMs, double dtMs, double spikeThresholdMv, int[] group) {
        ExperimentException.require(testMs.length == group.length, "groups", "one per test spike", group.length);
        ExperimentException.require(windowMs > 0 && dtMs > 0, "EPSP window and dt", "positive", windowMs + ", " + dtMs);
        for (int k = 1; k < testMs.length; k++) {
            ExperimentException.require(testMs[k] >= testMs[k - 1] + windowMs, "test spike " + k + " [ms]",
                    "at least one window after the previous one", testMs[k]);
        }
        this.testMs = testMs.clone();
        this.windowMs = windowMs;
        this.dtMs = dtMs;
        this.spikeThresholdMv = spikeThresholdMv;
        this.group = group.clone();
        int groups = Arrays.stream(group).max().orElse(-1) + 1;
        int length = (int) Math.floor(windowMs / dtMs + EPS) + 1;
        traceSum = new double[groups][length];
        traceCount = new int[groups];
        amplitude = new double[testMs.length];
        Arrays.fill(amplitude, Double.NaN);
        spiked = new boolean[testMs.length];
    }

    /**
     * @param tMs the sample's time [ms]
     * @param v   the somatic voltage then [mV]
     */
    public void sample(double tMs, double v) {
        if (active >= 0) {
            if (tMs <= testMs[active] + windowMs + EPS) {
                record(tMs, v);
            } else {
                close();
            }
        }
        if (active < 0 && next < testMs.length && tMs >= testMs[next] - EPS) {
            active = next++;
            boolean onTime = tMs <= testMs[active] + EPS;
            v0 = onTime || Double.isNaN(lastV) ? v : lastV;
            max = v0;
            if (group[active] >= 0) {
                traceCount[group[active]]++;
            }
            record(tMs, v);
        }
        lastV = v;
    }

    /**
     * Whether the rest of the open window can no longer change its amplitude: the window takes no
     * mean trace, and the voltage {@code v} has fallen from the window's maximum by more than
     * {@link #PEAK_FALL_MV} and by at least {@link #PEAK_FALL_FRACTION} of the rise to it. A
     * unitary EPSP (one presynaptic spike, synapses releasing together) rises to one peak and
     * decays, so its maximum is then known; a caller may stop sampling until the window's end. At
     * the soma the EPSPs of synapses at different distances peak at different times, but each
     * decays with the membrane's slow time constant, so their sum broadens its peak rather than
     * falling by a fifth of its rise and rising again.
     *
     * @param v the somatic voltage now [mV]
     * @return the end of the open window if its EPSP is past its peak, else NaN
     */
    public double pastPeakUntil(double v) {
        if (active < 0 || group[active] >= 0) {
            return Double.NaN;
        }
        double fall = max - v;
        return fall > PEAK_FALL_MV && fall >= PEAK_FALL_FRACTION * (max - v0) ? testMs[active] + windowMs : Double.NaN;
    }

    private void record(double tMs, double v) {
        max = Math.max(max, v);
        int g = group[active];
        if (g >= 0) {
            int i = (int) Math.round((tMs - testMs[active]) / dtMs);
            if (i >= 0 && i < traceSum[g].length) {
                traceSum[g][i] += v - v0;
            }
        }
    }

    private void close() {
        amplitude[active] = max - v0;
        spiked[active] = max >= spikeThresholdMv;
        active = -1;
    }

    /** Closes a window still open at the end of the samples. */
    public void finish() {
        if (active >= 0) {
            close();
        }
    }

    /** @return the amplitude of every test EPSP [mV], NaN for windows not reached */
    public double[] amplitudes() {
        return amplitude.clone();
    }

    /** @return per test EPSP whether the cell reached its spike threshold in the window */
    public boolean[] spiked() {
        return spiked.clone();
    }

    /**
     * @param g a group
     * @return the mean EPSP trace of the group, V(s + i·dt) − V(s) [mV] for i = 0..window/dt
     */
    public double[] meanTrace(int g) {
        double[] mean = traceSum[g].clone();
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= traceCount[g];
        }
        return mean;
    }

    /** @return the sample interval [ms] */
    public double dtMs() {
        return dtMs;
    }
}
