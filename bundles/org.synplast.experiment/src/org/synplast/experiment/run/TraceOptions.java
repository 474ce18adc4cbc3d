package org.synplast.experiment.run;

import java.util.Arrays;

import org.synplast.experiment.ExperimentException;

/**
 * Which pairs get decimated traces (somatic voltage, c* and ρ of every synapse) and how.
 *
 * @param pairs      pair indices to trace, in every experiment and sweep point
 * @param intervalMs sample interval [ms], a multiple of the step in practice
 * @param window     the part of the run that is traced
 */
public record TraceOptions(int[] pairs, double intervalMs, Window window) {

    /** No traces. */
    public static final TraceOptions NONE = new TraceOptions(new int[0], 1, Window.INDUCTION);

    /** The traced part of the run. */
    public enum Window {
        /** From the start of induction to its end (fast-forward). */
        INDUCTION,
        /** The whole run. */
        RUN
    }

    /** Validates and copies. */
    public TraceOptions {
        pairs = pairs.clone();
        Arrays.sort(pairs);
        ExperimentException.require(intervalMs > 0 && Double.isFinite(intervalMs), "trace interval [ms]", "positive",
                intervalMs);
        ExperimentException.require(window != null, "trace window", "set", null);
    }

    @Override
    public int[] pairs() {
        return pairs.clone();
    }

    /**
     * @param pair a pair index
     * @return whether it is traced
     */
    public boolean traces(int pair) {
        return Arrays.binarySearch(pairs, pair) >= 0;
    }
}
