package org.synplast.experiment.plan;

import java.util.EnumSet;
import java.util.Set;

import org.synplast.engine.morphology.SectionType;
import org.synplast.experiment.ExperimentException;

/**
 * Where the synapses of a connection go: compartments of the selected dendrite types whose
 * centre lies within a path-distance range from the soma; each synapse picks a compartment with
 * probability proportional to its membrane area or its length.
 *
 * @param dendrites     basal and/or apical
 * @param minDistanceUm smallest path distance [µm], ≥ 0
 * @param maxDistanceUm largest path distance [µm], ≥ min
 * @param weighting     area or length
 */
public record PlacementRule(Set<SectionType> dendrites, double minDistanceUm, double maxDistanceUm,
        Weighting weighting) {

    /** What a compartment's chance of receiving a synapse is proportional to. */
    public enum Weighting {
        /** Membrane area (uniform density per µm² of membrane). */
        AREA,
        /** Length (uniform density per µm of dendrite). */
        LENGTH
    }

    /** Validates and copies. */
    public PlacementRule {
        ExperimentException.require(dendrites != null && !dendrites.isEmpty(), "placement dendrites", "non-empty",
                dendrites);
        ExperimentException.require(EnumSet.of(SectionType.BASAL, SectionType.APICAL).containsAll(dendrites),
                "placement dendrites", "basal and/or apical", dendrites);
        dendrites = Set.copyOf(EnumSet.copyOf(dendrites));
        ExperimentException.require(minDistanceUm >= 0 && Double.isFinite(minDistanceUm), "smallest path distance [um]",
                "non-negative", minDistanceUm);
        ExperimentException.require(maxDistanceUm >= minDistanceUm, "largest path distance [um]",
                ">= " + minDistanceUm, maxDistanceUm);
        ExperimentException.require(weighting != null, "placement weighting", "set", null);
    }

    /**
     * @param type         a compartment's section type
     * @param distanceUm   its path distance from the soma [µm]
     * @return whether the rule selects it
     */
    public boolean selects(SectionType type, double distanceUm) {
        return dendrites.contains(type) && distanceUm >= minDistanceUm && distanceUm <= maxDistanceUm;
    }
}
