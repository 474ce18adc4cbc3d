package org.synplast.engine.mechanism;

import java.util.Map;

/**
 * A kind of density mechanism (NEURON's {@code SUFFIX}), e.g. {@code pas} or {@code hh}: its
 * name, its per-compartment parameters with their defaults, and a factory for instances
 * vectorised over the compartments where it is inserted.
 */
public interface MechanismKind {

    /** @return the NEURON suffix, unique within a cell */
    String name();

    /** @return parameter names (NEURON's RANGE parameters without suffix) and their defaults, in order */
    Map<String, Double> parameterDefaults();

    /**
     * @param compartments the compartments where the mechanism is inserted, ascending
     * @param parameters   for each parameter of {@link #parameterDefaults()}, one value per
     *                     compartment (same order as {@code compartments})
     * @return a new instance
     */
    DensityMechanism create(int[] compartments, Map<String, double[]> parameters);
}
