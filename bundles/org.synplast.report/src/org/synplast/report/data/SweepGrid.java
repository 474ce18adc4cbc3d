package org.synplast.report.data;

import java.util.Arrays;

/**
 * The mean EPSP ratio of a sweep over presynaptic frequency and spike timing Δt, for one
 * extracellular calcium concentration.
 *
 * @param label       what distinguishes this grid, for example "[Ca2+]o = 2.0 mM (in vitro)"
 * @param frequencyHz the swept frequencies, in sweep order // [Hz]
 * @param deltaTMs    the swept Δt (post − pre), in sweep order // [ms]
 * @param ratio       mean EPSP ratio, {@code ratio[i][j]} at {@code frequencyHz[i]}, {@code deltaTMs[j]};
 *                    {@code NaN} where no valid pair remained
 */
public record SweepGrid(String label, double[] frequencyHz, double[] deltaTMs, double[][] ratio) {

    /** Validates the shape and copies the arrays. */
    public SweepGrid {
        if (label == null || frequencyHz.length == 0 || deltaTMs.length == 0
                || ratio.length != frequencyHz.length) {
            throw new IllegalArgumentException("a sweep grid needs a label, both axes and one row per frequency");
        }
        double[][] copy = new double[ratio.length][];
        for (int i = 0; i < ratio.length; i++) {
            if (ratio[i].length != deltaTMs.length) {
                throw new IllegalArgumentException("row " + i + " has " + ratio[i].length + " values, expected "
                        + deltaTMs.length);
            }
            copy[i] = ratio[i].clone();
        }
        frequencyHz = frequencyHz.clone();
        deltaTMs = deltaTMs.clone();
        ratio = copy;
    }

    /** Returns whether the other grid has the same frequency and Δt axes. */
    public boolean sameAxes(SweepGrid other) {
        return Arrays.equals(frequencyHz, other.frequencyHz)
                && Arrays.equals(deltaTMs, other.deltaTMs);
    }
}
