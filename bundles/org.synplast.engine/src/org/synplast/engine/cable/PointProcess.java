package org.synplast.engine.cable;

/**
 * A mechanism attached to one compartment that contributes a current, such as a current clamp
 * or a synapse. The solver follows NEURON's fixed-step order: at each step it asks every point
 * process for its current and conductance at the voltage of the start of the step, solves the
 * cable equation implicitly, then lets every point process advance its states with the new
 * voltage.
 *
 * <p>Units: voltage [mV], time [ms], current [nA] positive outward (NEURON's convention),
 * conductance [µS].
 */
public interface PointProcess {

    /** @return the index of the compartment this process is attached to */
    int compartment();

    /**
     * @param t the time at the middle of the step [ms] (NEURON evaluates currents at t + dt/2)
     * @param v membrane potential of the compartment [mV]
     * @return outward current [nA] given the current states
     */
    double current(double t, double v);

    /**
     * @param t the time at the middle of the step [ms]
     * @param v membrane potential of the compartment [mV]
     * @return dI/dV [µS]; by default a forward difference of 1 µV, as NEURON computes it
     */
    default double conductance(double t, double v) {
        return (current(t, v + 0.001) - current(t, v)) / 0.001;
    }

    /**
     * Advances the states over one step with the voltage at the end of the step.
     *
     * @param t  the time at the end of the step [ms]
     * @param dt the step [ms]
     * @param v  membrane potential of the compartment at the end of the step [mV]
     */
    default void advance(double t, double dt, double v) {
    }

    /**
     * Sets the initial states at the resting voltage.
     *
     * @param v initial membrane potential of the compartment [mV]
     */
    default void initialize(double v) {
    }
}
