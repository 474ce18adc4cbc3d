/**
 * Running experiments: {@link org.synplast.experiment.run.PairSimulator} (one pair on the engine:
 * cell, synapse count and placement, parameters, calibration, protocol, read-out),
 * {@link org.synplast.experiment.run.ExperimentRunner} (pairs and sweep points in parallel on a
 * work-stealing pool, deterministic whatever the thread count, results file written only on
 * success) and {@link org.synplast.experiment.run.RunMonitor} (progress and cancellation for the
 * command line and Eclipse Jobs).
 *
 * <p>Memory per pair is bounded: EPSPs are measured on the fly from the somatic voltage and only
 * the traced pairs keep decimated traces.
 */
package org.synplast.experiment.run;
