package org.synplast.engine.mechanism;

import java.util.List;
import java.util.function.DoubleSupplier;

import org.synplast.engine.EngineException;
import org.synplast.engine.EngineMessage;

/**
 * A membrane mechanism distributed over a set of compartments (NEURON's density mechanism),
 * vectorised: one instance holds the states of all its compartments in flat arrays. The
 * simulation calls, in NEURON's fixed-step order:
 * <ol>
 * <li>{@link #initialize(Membrane)} once, at the initial voltage (NEURON's INITIAL block);</li>
 * <li>every step, {@link #current(Membrane)} at the voltage of the start of the step and time
 * {@code t + dt/2}: add the outward current density and its derivative dI/dV to
 * {@link Membrane#current()} and {@link Membrane#conductance()} and, for ionic currents, add
 * to the ion's current in {@link Membrane#ions()} (NEURON's BREAKPOINT);</li>
 * <li>after the cable solve, {@link #advance(Membrane)} with the new voltage and {@code t} at the
 * end of the step: advance states, e.g. gates by exponential Euler as NEURON's {@code cnexp}.</li>
 * </ol>
 * Implementations must not allocate in {@code current} and {@code advance}.
 */
public interface DensityMechanism {

    /** @return the compartments this instance covers, ascending (do not modify) */
    int[] compartments();

    /**
     * Sets the states at the initial voltage.
     *
     * @param m the membrane
     */
    void initialize(Membrane m);

    /**
     * Adds currents and conductances at the start-of-step voltage.
     *
     * @param m the membrane
     */
    void current(Membrane m);

    /**
     * Advances the states over {@link Membrane#dt()} with the end-of-step voltage.
     *
     * @param m the membrane
     */
    void advance(Membrane m);

    /**
     * The live arrays of this mechanism's state variables (not its parameters or scratch space):
     * everything {@link #advance} changes that the next step reads. The simulation copies them to
     * save a moment and writes them back to restore it.
     *
     * @return the state arrays, indexed like {@link #compartments()} (do not keep)
     */
    double[][] states();

    /**
     * Chooses how voltage-dependent rates are evaluated for steps of {@code dt}; mechanisms
     * without such rates ignore it. Called by the simulation before initialisation.
     *
     * @param evaluation exact or tabulated
     * @param dt         the time step [ms]
     */
    default void evaluateRates(RateEvaluation evaluation, double dt) {
    }

    /**
     * @return whether this mechanism writes the intracellular calcium concentration (a calcium
     *         pool); where it does, eca follows the Nernst equation every step as in NEURON
     */
    default boolean writesCalcium() {
        return false;
    }

    /** @return names of the variables that {@link #probe(String, int)} can read */
    default List<String> variables() {
        return List.of();
    }

    /**
     * A reader of a state or range variable at one compartment, for recording.
     *
     * @param variable    a name from {@link #variables()}
     * @param compartment a compartment index covered by this mechanism
     * @return a supplier of the current value
     */
    default DoubleSupplier probe(String variable, int compartment) {
        throw new EngineException(EngineMessage.UNKNOWN_VARIABLE, getClass().getSimpleName(), variable, compartment);
    }
}
