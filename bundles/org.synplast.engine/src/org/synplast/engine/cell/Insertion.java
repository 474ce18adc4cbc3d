package org.synplast.engine.cell;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import org.synplast.engine.EngineException;
import org.synplast.engine.EngineMessage;
import org.synplast.engine.mechanism.MechanismKind;
import org.synplast.engine.morphology.SectionType;

/**
 * Inserts a mechanism into every compartment of a region and sets some of its parameters, each
 * as a function of the compartment's path distance from the soma [µm] (constant functions for
 * uniform values). Later insertions of the same mechanism override the parameters they set on
 * the compartments they cover, as consecutive {@code forsec} blocks do in hoc.
 *
 * @param kind       the mechanism
 * @param region     the section types covered
 * @param parameters parameter name to value as a function of path distance
 */
public record Insertion(MechanismKind kind, Set<SectionType> region, Map<String, DoubleUnaryOperator> parameters) {

    /** Validates and copies. */
    public Insertion {
        EngineException.require(kind != null, "mechanism", "set", null);
        EngineException.require(!region.isEmpty(), "region", "non-empty", region);
        region = Set.copyOf(EnumSet.copyOf(region));
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        for (String p : parameters.keySet()) {
            if (!kind.parameterDefaults().containsKey(p)) {
                throw new EngineException(EngineMessage.UNKNOWN_PARAMETER, kind.name(), p, kind.parameterDefaults().keySet());
            }
        }
    }

    /**
     * @param kind   the mechanism
     * @param region the section types
     * @return an insertion with default parameters
     */
    public static Insertion of(MechanismKind kind, Set<SectionType> region) {
        return new Insertion(kind, region, Map.of());
    }

    /**
     * @param name  a parameter
     * @param value its uniform value
     * @return a copy that also sets that parameter
     */
    public Insertion with(String name, double value) {
        return with(name, d -> value);
    }

    /**
     * @param name     a parameter
     * @param function its value as a function of path distance [µm]
     * @return a copy that also sets that parameter
     */
    public Insertion with(String name, DoubleUnaryOperator function) {
        Map<String, DoubleUnaryOperator> p = new LinkedHashMap<>(parameters);
        p.put(name, function);
        return new Insertion(kind, region, p);
    }
}
