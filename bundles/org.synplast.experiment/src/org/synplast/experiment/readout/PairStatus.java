package org.synplast.experiment.readout;

/** Whether a pair enters the statistics (model.md §5). */
public enum PairStatus {
    /** Counted. */
    VALID,
    /** Baseline EPSP below {@link PairReadOut#MIN_BASELINE_EPSP_MV}: dropped. */
    DROPPED,
    /** A test EPSP made the postsynaptic cell spike: invalid. */
    INVALID
}
