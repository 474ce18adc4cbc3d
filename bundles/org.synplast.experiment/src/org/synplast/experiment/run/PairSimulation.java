package org.synplast.experiment.run;

import org.synplast.experiment.results.PairResult;

/** Simulates one pair; must be a pure function of the job (thread-safe, no shared mutable state). */
@FunctionalInterface
public interface PairSimulation {

    /**
     * @param job the pair
     * @return its result
     * @throws java.util.concurrent.CancellationException when the job's cancellation flag turns true
     */
    PairResult simulate(PairJob job);
}
