package org.synplast.experiment.stats;

/** The outcome of comparing in silico with in vitro at a significance level α. */
public enum Verdict {
    /** p ≥ α: the difference is not significant; the model is consistent with the data. */
    CONSISTENT,
    /** p &lt; α: the means differ significantly. */
    DIFFERENT,
    /** The test cannot be done (fewer than two values on a side, or no variance at all). */
    UNDETERMINED
}
