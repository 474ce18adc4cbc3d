package org.synplast.engine.mechanism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

import org.synplast.engine.EngineException;
import org.synplast.engine.EngineMessage;

/**
 * Base of vectorised density mechanisms: holds the compartment list and named per-compartment
 * arrays (parameters and states, indexed by local position {@code k} with global compartment
 * {@code compartments[k]}) so that every variable can be recorded.
 */
public abstract class AbstractDensityMechanism implements DensityMechanism {

    /** The compartments, ascending; {@code comp[k]} is the global index of local index k. */
    protected final int[] comp;
    private final String name;
    private final Map<String, double[]> variables = new LinkedHashMap<>();
    private final List<double[]> states = new ArrayList<>();

    /**
     * @param name         the mechanism's name, for messages
     * @param compartments the compartments, ascending
     */
    protected AbstractDensityMechanism(String name, int[] compartments) {
        this.name = name;
        this.comp = compartments.clone();
        for (int k = 1; k < comp.length; k++) {
            if (comp[k] <= comp[k - 1]) {
                throw new EngineException(EngineMessage.INVALID_ARGUMENT, "compartments of " + name, "strictly ascending",
                        Arrays.toString(compartments));
            }
        }
    }

    /**
     * Registers and returns a copy of a parameter array.
     *
     * @param parameters the values given to the factory
     * @param key        the parameter name
     * @return the per-compartment values
     */
    protected final double[] parameter(Map<String, double[]> parameters, String key) {
        double[] values = parameters.get(key);
        if (values == null) {
            throw new EngineException(EngineMessage.UNKNOWN_PARAMETER, name, key, parameters.keySet());
        }
        EngineException.require(values.length == comp.length, "number of values of " + name + "." + key,
                String.valueOf(comp.length), values.length);
        double[] copy = values.clone();
        variables.put(key, copy);
        return copy;
    }

    /**
     * Registers a new state array.
     *
     * @param key the state's name
     * @return the zeroed per-compartment array
     */
    protected final double[] state(String key) {
        double[] a = new double[comp.length];
        variables.put(key, a);
        states.add(a);
        return a;
    }

    @Override
    public final int[] compartments() {
        return comp;
    }

    @Override
    public final double[][] states() {
        return states.toArray(double[][]::new);
    }

    @Override
    public List<String> variables() {
        return new ArrayList<>(variables.keySet());
    }

    @Override
    public DoubleSupplier probe(String variable, int compartment) {
        double[] a = variables.get(variable);
        int k = Arrays.binarySearch(comp, compartment);
        if (a == null || k < 0) {
            throw new EngineException(EngineMessage.UNKNOWN_VARIABLE, name, variable, compartment);
        }
        return () -> a[k];
    }

    /** @return the mechanism's name */
    public final String name() {
        return name;
    }

    /**
     * A simple {@link MechanismKind}.
     *
     * @param name     the suffix
     * @param defaults parameter defaults, in order
     * @param factory  creates instances
     * @return the kind
     */
    public static MechanismKind kind(String name, Map<String, Double> defaults, Factory factory) {
        Map<String, Double> copy = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        return new MechanismKind() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, Double> parameterDefaults() {
                return copy;
            }

            @Override
            public DensityMechanism create(int[] compartments, Map<String, double[]> parameters) {
                return factory.create(compartments, parameters);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** Creates instances of a mechanism. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param compartments where
         * @param parameters   per-compartment parameter values
         * @return a new instance
         */
        DensityMechanism create(int[] compartments, Map<String, double[]> parameters);
    }
}
