package org.synplast.experiment.run;

import java.util.function.BooleanSupplier;

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
 */
public record PairJob(ExperimentPlan plan, int pair, double dtMs, TraceOptions traces, BooleanSupplier canceled) {
}
