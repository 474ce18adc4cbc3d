package org.synplast.experiment.plan;

import org.synplast.experiment.ExperimentException;

/**
 * What is measured of the somatic EPSPs (model.md §5).
 *
 * @param measure  amplitude or slope
 * @param lastN    how many test EPSPs at the end of each phase enter the ratio, positive
 * @param windowMs the EPSP window after each test spike [ms], positive (the paper: 100 ms)
 */
public record ReadOut(Measure measure, int lastN, double windowMs) {

    /** The paper's EPSP window [ms]. */
    public static final double DEFAULT_WINDOW_MS = 100;

    /** The measure of an EPSP. */
    public enum Measure {
        /** max V_soma in [s, s + window] − V_soma(s), averaged over the last N EPSPs. */
        AMPLITUDE,
        /** Slope between 30 % and 75 % of the rising phase of the mean of the last N EPSP traces. */
        SLOPE
    }

    /** Validates. */
    public ReadOut {
        ExperimentException.require(measure != null, "read-out measure", "set", null);
        ExperimentException.require(lastN >= 1, "read-out EPSP count", ">= 1", lastN);
        ExperimentException.require(windowMs > 0 && Double.isFinite(windowMs), "EPSP window [ms]", "positive",
                windowMs);
    }

    /**
     * @param measure amplitude or slope
     * @param lastN   EPSPs per phase
     * @return a read-out over the paper's 100 ms window
     */
    public static ReadOut of(Measure measure, int lastN) {
        return new ReadOut(measure, lastN, DEFAULT_WINDOW_MS);
    }
}
