package org.synplast.experiment.plan;

import org.synplast.experiment.ExperimentException;

/**
 * The induction phase: {@code sweeps} bursts, one every {@code sweepPeriodMs}. Within a burst the
 * k-th presynaptic spike is at {@code k / frequency} after the burst's start and the k-th
 * postsynaptic action potential at {@code deltaTMs + k / frequency}.
 *
 * @param preSpikes     presynaptic spikes per burst, ≥ 0
 * @param postSpikes    postsynaptic action potentials per burst, ≥ 0
 * @param frequencyHz   intra-burst frequency [Hz], positive
 * @param deltaTMs      Δt = postsynaptic AP (upward −30 mV crossing at the soma) − presynaptic
 *                      spike [ms]; positive means pre before post
 * @param sweeps        number of bursts, positive
 * @param sweepPeriodMs burst start to burst start [ms], positive
 * @param post          how postsynaptic action potentials are evoked
 */
public record Induction(int preSpikes, int postSpikes, double frequencyHz, double deltaTMs, int sweeps,
        double sweepPeriodMs, PostStimulus post) {

    /** Validates. */
    public Induction {
        ExperimentException.require(preSpikes >= 0, "presynaptic spikes per burst", ">= 0", preSpikes);
        ExperimentException.require(postSpikes >= 0, "postsynaptic spikes per burst", ">= 0", postSpikes);
        ExperimentException.require(preSpikes + postSpikes >= 1, "spikes per burst", "at least one", 0);
        ExperimentException.require(frequencyHz > 0 && Double.isFinite(frequencyHz), "burst frequency [Hz]",
                "positive", frequencyHz);
        ExperimentException.require(Double.isFinite(deltaTMs), "delta t [ms]", "finite", deltaTMs);
        ExperimentException.require(sweeps >= 1, "sweeps", ">= 1", sweeps);
        ExperimentException.require(sweepPeriodMs > 0 && Double.isFinite(sweepPeriodMs), "sweep period [ms]",
                "positive", sweepPeriodMs);
        ExperimentException.require(post != null, "post stimulus", "set", null);
    }

    /** @return the interval between spikes of a burst, {@code 1000 / frequency} [ms] */
    public double intervalMs() {
        return 1000.0 / frequencyHz;
    }

    /**
     * @param hz a frequency [Hz]
     * @return a copy at that intra-burst frequency
     */
    public Induction withFrequency(double hz) {
        return new Induction(preSpikes, postSpikes, hz, deltaTMs, sweeps, sweepPeriodMs, post);
    }

    /**
     * @param ms a Δt [ms]
     * @return a copy with that spike timing
     */
    public Induction withDeltaT(double ms) {
        return new Induction(preSpikes, postSpikes, frequencyHz, ms, sweeps, sweepPeriodMs, post);
    }
}
