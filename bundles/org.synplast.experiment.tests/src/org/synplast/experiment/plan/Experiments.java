package org.synplast.experiment.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.sampling.PathwayPhysiology;
import org.synplast.engine.synapse.MechanismConstants;
import org.synplast.engine.synapse.PlasticityParameters;

/**
 * A small test cell and connection built with the engine's API, and the paper's L5 TTPC → L5 TTPC
 * and L4 PC → L2/3 PC connections for the few tests that need real cells. The test cell: a 25 µm
 * hh soma with a passive basal (200 µm, 1.5 µm) and apical (600 µm, 3 µm) dendrite, 5
 * compartments per section, NEURON's hh at 6.3 °C (hh is in heat block at 34 °C).
 */
public final class Experiments {

    private Experiments() {
    }

    /** @return the ball-and-two-sticks cell */
    public static CellModel ballAndSticks() {
        Morphology m = new Morphology(List.of(
                Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(25, 25)),
                Section.of(SectionType.BASAL, 0, 0, SectionGeometry.Cylinder.of(200, 1.5)),
                Section.of(SectionType.APICAL, 0, 1, SectionGeometry.Cylinder.of(600, 3))));
        RegionProperties props = new RegionProperties(1, 100, 50, -77);
        Map<SectionType, RegionProperties> regions = Map.of(SectionType.SOMA, props, SectionType.BASAL, props,
                SectionType.APICAL, props);
        List<Insertion> insertions = List.of(
                Insertion.of(Hh.KIND, Set.of(SectionType.SOMA)),
                Insertion.of(Pas.KIND, Set.of(SectionType.BASAL, SectionType.APICAL)).with("g", 1e-4).with("e", -65));
        return new CellModel(m, new Discretization.Fixed(5), regions, insertions, 6.3, -65, -30,
                DistanceOrigin.SOMA_CENTER);
    }

    /**
     * @param count synapses per pair
     * @return an L2/3 PC → L5 TTPC connection (weak synapses) onto the test cell, synapses on both dendrites
     */
    public static ConnectionPlan connection(SynapseCount count) {
        return new ConnectionPlan("test", "ball-and-sticks", ballAndSticks(), count,
                new PlacementRule(Set.of(SectionType.BASAL, SectionType.APICAL), 0, 1000, PlacementRule.Weighting.AREA),
                PathwayPhysiology.L23PC_L5TTPC, MechanismConstants.GLUSYNAPSE_V1, PlasticityParameters.CHINDEMI_2022);
    }

    /**
     * @param count synapses per pair
     * @return L5TTPC_L5TTPC of {@code dsl-examples/lib/pathways.synplast} on the engine's L5 TTPC
     *         (basal and apical dendrites within 500 µm, the SSCx pathway physiology, the paper's
     *         fit), with the given synapse count
     */
    public static ConnectionPlan l5ttpc(SynapseCount count) {
        return new ConnectionPlan("L5TTPC_L5TTPC", "L5TTPC", CellType.L5_TTPC.model(), count,
                new PlacementRule(Set.of(SectionType.BASAL, SectionType.APICAL), 0, 500, PlacementRule.Weighting.AREA),
                PathwayPhysiology.L5TTPC_L5TTPC, MechanismConstants.GLUSYNAPSE_V1, PlasticityParameters.CHINDEMI_2022);
    }

    /**
     * @param count synapses per pair
     * @return L4PC_L23PC of {@code dsl-examples/lib/pathways.synplast} on the engine's L2/3 PC (basal
     *         dendrites within 200 µm, the L4 PC → L2/3 PC pathway physiology, the paper's fit)
     */
    public static ConnectionPlan l4pcToL23pc(SynapseCount count) {
        return new ConnectionPlan("L4PC_L23PC", "L23PC", CellType.L23_PC.model(), count,
                new PlacementRule(Set.of(SectionType.BASAL), 0, 200, PlacementRule.Weighting.AREA),
                PathwayPhysiology.L4PC_L23PC, MechanismConstants.GLUSYNAPSE_V1, PlasticityParameters.CHINDEMI_2022);
    }

    /**
     * @param protocol a protocol
     * @param pairs    number of pairs
     * @return an experiment with 2–5 synapses per pair, seed 42, the mrk97_07 in vitro result
     */
    public static ExperimentPlan plan(ProtocolPlan protocol, int pairs) {
        return new ExperimentPlan(protocol.name(), connection(new SynapseCount.Uniform(2, 5)), protocol, pairs, 42,
                new InVitroResult(1.2013, 0.0626, 6, "Markram et al. 1997"), 0.05);
    }
}
