package org.synplast.experiment.plan;

import org.synplast.experiment.ExperimentException;

/**
 * Single presynaptic test spikes at a fixed period, before or after induction.
 *
 * @param periodMs spike to spike [ms], positive
 * @param count    number of test spikes, positive
 */
public record TestPulses(double periodMs, int count) {

    /** Validates. */
    public TestPulses {
        ExperimentException.require(periodMs > 0 && Double.isFinite(periodMs), "test pulse period [ms]", "positive",
                periodMs);
        ExperimentException.require(count >= 1, "test pulse count", ">= 1", count);
    }

    /** @return the duration of the phase, {@code count · period} [ms] */
    public double durationMs() {
        return count * periodMs;
    }
}
