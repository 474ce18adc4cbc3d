package org.synplast.engine.cable;

import org.synplast.engine.EngineException;

/**
 * A square current pulse, NEURON's {@code IClamp}: {@code amplitude} is injected (inward, i.e.
 * depolarising for positive values) while {@code delay ≤ t < delay + duration}, with t the
 * middle of the step, so a 3 ms pulse lasts exactly 120 steps of 0.025 ms.
 *
 * @param compartment where
 * @param delay       onset [ms]
 * @param duration    [ms], non-negative
 * @param amplitude   injected current [nA]
 */
public record CurrentPulse(int compartment, double delay, double duration, double amplitude) implements PointProcess {

    /** Validates. */
    public CurrentPulse {
        EngineException.require(compartment >= 0, "compartment", ">= 0", compartment);
        EngineException.require(duration >= 0, "pulse duration", "non-negative", duration);
        EngineException.require(Double.isFinite(delay) && Double.isFinite(amplitude), "delay and amplitude", "finite",
                delay + ", " + amplitude);
    }

    @Override
    public double current(double t, double v) {
        return t >= delay && t < delay + duration ? -amplitude : 0;
    }

    @Override
    public double conductance(double t, double v) {
        return 0;
    }
}
