package org.synplast.engine.cell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.synplast.engine.EngineException;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.SectionType;

/**
 * The description of a neuron (Arbor's recipe side): morphology, discretisation, passive and
 * ionic settings per region, mechanism insertions, temperature, initial voltage and the somatic
 * spike threshold. Immutable; {@link Cell#of(CellModel)} turns it into compartments.
 *
 * @param morphology     the section tree
 * @param discretization the nseg rule
 * @param regions        per section type; types not listed get {@link RegionProperties#NEURON_DEFAULT}
 * @param insertions     mechanism insertions, applied in order
 * @param celsius        temperature [°C]
 * @param vInit          initial membrane potential [mV]
 * @param spikeThreshold somatic threshold for spike detection [mV]
 * @param distanceOrigin origin of path distances
 */
public record CellModel(Morphology morphology, Discretization discretization, Map<SectionType, RegionProperties> regions,
        List<Insertion> insertions, double celsius, double vInit, double spikeThreshold, DistanceOrigin distanceOrigin) {

    /** Validates and copies. */
    public CellModel {
        EngineException.require(morphology != null, "morphology", "set", null);
        EngineException.require(discretization != null, "discretization", "set", null);
        EngineException.require(distanceOrigin != null, "distance origin", "set", null);
        regions = regions.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(regions));
        insertions = List.copyOf(insertions);
        EngineException.require(Double.isFinite(celsius), "celsius", "finite", celsius);
        EngineException.require(Double.isFinite(vInit), "v_init", "finite", vInit);
        EngineException.require(Double.isFinite(spikeThreshold), "spike threshold", "finite", spikeThreshold);
    }

    /**
     * @param morphology the section tree
     * @param regions    per-region properties
     * @param insertions mechanism insertions
     * @return a model with the standard d_lambda rule, NEURON's default 6.3 °C and v_init −65 mV,
     *         a spike threshold of −20 mV and distances from the soma centre
     */
    public static CellModel of(Morphology morphology, Map<SectionType, RegionProperties> regions, List<Insertion> insertions) {
        return new CellModel(morphology, Discretization.DLambda.standard(), regions, insertions, 6.3, -65, -20,
                DistanceOrigin.SOMA_CENTER);
    }

    /**
     * @param type a section type
     * @return its properties
     */
    public RegionProperties properties(SectionType type) {
        return regions.getOrDefault(type, RegionProperties.NEURON_DEFAULT);
    }

    /**
     * @param celsius temperature [°C]
     * @return a copy at that temperature
     */
    public CellModel withCelsius(double celsius) {
        return new CellModel(morphology, discretization, regions, insertions, celsius, vInit, spikeThreshold, distanceOrigin);
    }

    /**
     * @param v initial potential [mV]
     * @return a copy starting there
     */
    public CellModel withVInit(double v) {
        return new CellModel(morphology, discretization, regions, insertions, celsius, v, spikeThreshold, distanceOrigin);
    }

    /**
     * @param d the nseg rule
     * @return a copy discretised by that rule
     */
    public CellModel withDiscretization(Discretization d) {
        return new CellModel(morphology, d, regions, insertions, celsius, vInit, spikeThreshold, distanceOrigin);
    }

    /**
     * @param more further insertions
     * @return a copy with those appended
     */
    public CellModel withInsertions(List<Insertion> more) {
        List<Insertion> all = new java.util.ArrayList<>(insertions);
        all.addAll(more);
        return new CellModel(morphology, discretization, regions, all, celsius, vInit, spikeThreshold, distanceOrigin);
    }
}
