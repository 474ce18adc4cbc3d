package org.synplast.experiment.plan;

import org.synplast.experiment.ExperimentException;

/**
 * The published in vitro result an experiment is compared with.
 *
 * @param meanRatio mean EPSP ratio
 * @param sem       its standard error, ≥ 0
 * @param n         number of recorded pairs, ≥ 2 (Welch's test needs two)
 * @param citation  the source, e.g. "Markram et al. 1997"
 */
public record InVitroResult(double meanRatio, double sem, int n, String citation) {

    /** Validates. */
    public InVitroResult {
        ExperimentException.require(Double.isFinite(meanRatio), "in vitro mean", "finite", meanRatio);
        ExperimentException.require(sem >= 0 && Double.isFinite(sem), "in vitro SEM", "non-negative", sem);
        ExperimentException.require(n >= 2, "in vitro n", ">= 2", n);
        ExperimentException.require(citation != null, "citation", "set", null);
    }

    /** @return the standard deviation, SEM·√n */
    public double sd() {
        return sem * Math.sqrt(n);
    }
}
