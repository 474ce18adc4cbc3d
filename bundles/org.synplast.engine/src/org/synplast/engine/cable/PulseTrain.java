package org.synplast.engine.cable;

import org.synplast.engine.EngineException;

/**
 * A train of {@code count} square current pulses, one every {@code interval}: the same as
 * {@code count} {@link CurrentPulse}s with delays {@code delay + k·interval}.
 *
 * @param compartment where
 * @param delay       onset of the first pulse [ms]
 * @param duration    of each pulse [ms], at most the interval
 * @param amplitude   injected current [nA]
 * @param interval    onset to onset [ms], positive
 * @param count       number of pulses, positive
 */
public record PulseTrain(int compartment, double delay, double duration, double amplitude, double interval, int count)
        implements PointProcess {

    /** Validates. */
    public PulseTrain {
        EngineException.require(compartment >= 0, "compartment", ">= 0", compartment);
        EngineException.require(interval > 0, "pulse interval", "positive", interval);
        EngineException.require(duration >= 0 && duration <= interval, "pulse duration", "in [0, interval]", duration);
        EngineException.require(count >= 1, "pulse count", ">= 1", count);
    }

    @Override
    public double current(double t, double v) {
        double s = t - delay;
        if (s < 0) {
            return 0;
        }
        int k = (int) Math.floor(s / interval);
        if (k >= count) {
            return 0;
        }
        double onset = delay + k * interval;
        if (onset > t) {
            onset -= interval;
            k--;
        }
        return k >= 0 && t >= onset && t < onset + duration ? -amplitude : 0;
    }

    @Override
    public double conductance(double t, double v) {
        return 0;
    }

    /**
     * @param k a pulse index
     * @return the same pulse as a {@link CurrentPulse} (e.g. for export to NEURON as IClamps)
     */
    public CurrentPulse pulse(int k) {
        return new CurrentPulse(compartment, delay + k * interval, duration, amplitude);
    }
}
