package org.synplast.engine.cell;

import java.util.LinkedHashMap;
import java.util.Map;

import org.synplast.engine.mechanism.DensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * A mechanism resolved onto compartments: where it is inserted and the value of every
 * parameter there, after applying defaults, insertions in order and distance functions.
 *
 * @param kind         the mechanism
 * @param compartments compartment indices, ascending
 * @param parameters   per parameter, one value per entry of {@code compartments}
 */
public record MechanismPlacement(MechanismKind kind, int[] compartments, Map<String, double[]> parameters) {

    /** Copies. */
    public MechanismPlacement {
        compartments = compartments.clone();
        Map<String, double[]> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(k, v.clone()));
        parameters = java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public int[] compartments() {
        return compartments.clone();
    }

    /**
     * @param name a parameter
     * @return a copy of its per-compartment values
     */
    public double[] values(String name) {
        return parameters.get(name).clone();
    }

    /** @return a new instance of the mechanism over these compartments */
    public DensityMechanism instantiate() {
        return kind.create(compartments, parameters);
    }
}
