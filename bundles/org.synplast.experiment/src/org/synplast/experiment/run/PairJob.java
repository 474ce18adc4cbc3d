package org.synplast.experiment.run;

import java.util.function.BooleanSupplier;

import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.ExperimentPlan;

/**
 * One pair to simulate.
 *
 * @param plan     the experiment (or sweep point)
 * @param pair     the pair's index, the key of its random streams
 * @param dtMs     the simulation step [ms]
 * @param traces   trace options; the pair is traced if {@link TraceOptions#traces(int)}
 * @param canceled polled during the simulation; when it turns true the simulation throws
 *                 {@link java.util.concurrent.CancellationException}
 * @param skipping whether quiescent intervals are skipped
 */
public record PairJob(ExperimentPlan plan, int pair, double dtMs, TraceOptions traces, BooleanSupplier canceled,
        QuiescenceSkipping skipping) {

    /** Validates. */
    public PairJob {
        ExperimentException.require(skipping != null, "quiescence skipping", "set", null);
    }

    /**
     * A job with {@link QuiescenceSkipping#DEFAULT}.
     *
     * @param plan     the experiment (or sweep point)
     * @param pair     the pair's index
     * @param dtMs     the simulation step [ms]
     * @param traces   trace options
     * @param canceled polled during the simulation
     */
    public PairJob(ExperimentPlan plan, int pair, double dtMs, TraceOptions traces, BooleanSupplier canceled) {
        this(plan, pair, dtMs, traces, canceled, QuiescenceSkipping.DEFAULT);
    }
}
