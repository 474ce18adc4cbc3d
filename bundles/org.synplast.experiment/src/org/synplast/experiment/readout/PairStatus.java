package org.synplast.experiment.readout;

/** Whether a pair enters the statistics (model.md §5); only valid pairs do. */
public enum PairStatus {
    /** Counted. */
    VALID,
    /** Baseline EPSP below {@link PairReadOut#MIN_BASELINE_EPSP_MV}: dropped. */
    DROPPED,
    /** A test EPSP made the postsynaptic cell spike: invalid. */
    INVALID,
    /**
     * The pair could not be simulated (e.g. no postsynaptic pulse amplitude gives the burst's
     * spikes): failed, its reason kept in {@link org.synplast.experiment.results.PairResult#failure()}.
     */
    FAILED
}
