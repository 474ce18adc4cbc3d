package org.synplast.experiment.results;

import java.util.List;

/**
 * Everything a run produced: the content of one results file.
 *
 * @param formatVersion the results file format, {@link #FORMAT_VERSION} when written by this version
 * @param provenance    where the results come from
 * @param experiments   the experiments, in the order they were given
 * @param sweeps        the sweeps, in the order they were given
 */
public record RunResults(int formatVersion, Provenance provenance, List<ExperimentResult> experiments,
        List<SweepResult> sweeps) {

    /**
     * The current results file format: 2 adds failed pairs (status FAILED, {@link PairResult#failure()},
     * {@link ExperimentResult#failed()}); format 1 files read with no failed pair.
     */
    public static final int FORMAT_VERSION = 2;

    /** Copies. */
    public RunResults {
        experiments = List.copyOf(experiments);
        sweeps = List.copyOf(sweeps);
    }
}
