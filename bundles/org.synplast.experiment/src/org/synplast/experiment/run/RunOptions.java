package org.synplast.experiment.run;

import org.synplast.engine.cable.Simulation;
import org.synplast.experiment.ExperimentException;

/**
 * How a run is executed; results do not depend on the thread count.
 *
 * @param threads  worker threads, positive
 * @param dtMs     the fixed simulation step [ms]
 * @param traces   which pairs get decimated traces
 * @param skipping whether quiescent intervals are skipped
 */
public record RunOptions(int threads, double dtMs, TraceOptions traces, QuiescenceSkipping skipping) {

    /** Validates. */
    public RunOptions {
        ExperimentException.require(threads >= 1, "threads", ">= 1", threads);
        ExperimentException.require(dtMs > 0 && Double.isFinite(dtMs), "dt [ms]", "positive", dtMs);
        ExperimentException.require(traces != null, "trace options", "set", null);
        ExperimentException.require(skipping != null, "quiescence skipping", "set", null);
    }

    /**
     * @param threads worker threads, positive
     * @param dtMs    the fixed simulation step [ms]
     * @param traces  which pairs get decimated traces
     * @return options with {@link QuiescenceSkipping#DEFAULT}
     */
    public RunOptions(int threads, double dtMs, TraceOptions traces) {
        this(threads, dtMs, traces, QuiescenceSkipping.DEFAULT);
    }

    /**
     * @param value whether quiescent intervals are skipped
     * @return these options with that skipping
     */
    public RunOptions withSkipping(QuiescenceSkipping value) {
        return new RunOptions(threads, dtMs, traces, value);
    }

    /**
     * @param threads worker threads
     * @return options at NEURON's default step, without traces
     */
    public static RunOptions of(int threads) {
        return new RunOptions(threads, Simulation.DEFAULT_DT, TraceOptions.NONE);
    }
}
