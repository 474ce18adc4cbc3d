package org.synplast.experiment.run;

import org.synplast.engine.cable.PointProcess;

/**
 * Square current pulses of one amplitude and width at given onsets, as one point process with a
 * cursor (O(1) per step however many pulses), with {@code CurrentPulse}'s timing: on while
 * {@code onset ≤ t < onset + width}, t the middle of the step. Queried with non-decreasing t.
 */
final class ScheduledPulses implements PointProcess {

    private final int compartment;
    private final double[] onsetMs;
    private final double widthMs;
    private final double amplitudeNa;
    private int next;

    /**
     * @param compartment where (the soma)
     * @param onsetMs     pulse onsets [ms], ascending, pulses not overlapping
     * @param widthMs     width [ms]
     * @param amplitudeNa depolarising current [nA]
     */
    ScheduledPulses(int compartment, double[] onsetMs, double widthMs, double amplitudeNa) {
        this.compartment = compartment;
        this.onsetMs = onsetMs.clone();
        this.widthMs = widthMs;
        this.amplitudeNa = amplitudeNa;
    }

    @Override
    public int compartment() {
        return compartment;
    }

    @Override
    public void initialize(double v) {
        next = 0;
    }

    @Override
    public double current(double t, double v) {
        while (next < onsetMs.length && t >= onsetMs[next] + widthMs) {
            next++;
        }
        return next < onsetMs.length && t >= onsetMs[next] ? -amplitudeNa : 0;
    }

    @Override
    public double conductance(double t, double v) {
        return 0;
    }
}
