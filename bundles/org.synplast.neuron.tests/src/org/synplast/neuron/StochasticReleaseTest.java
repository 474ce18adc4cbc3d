package org.synplast.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.Switches;
import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.engine.synapse.Thresholds;

/**
 * The stochastic release path of SynPlast's GluSynapse.mod in NEURON (which cannot be compared
 * spike by spike with the engine's random streams): one release site, U = 0.5, no facilitation and
 * instant recovery (D = 1 µs against 10 ms intervals), so each of 400 spikes releases with
 * probability 0.5; the count must lie within 5 SD (5·√(400·0.25) = 50) of 200, and the same seed
 * must reproduce it.
 */
class StochasticReleaseTest {

    @Test
    void releaseCountFollowsUseAndSeedReproducesIt() {
        NeuronFixture.requireNeuron();
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20))));
        Cell cell = Cell.of(new CellModel(m, new Discretization.Fixed(1), Map.of(),
                List.of(Insertion.of(Pas.KIND, Set.of(SectionType.SOMA)).with("g", 1e-4).with("e", -70.0)), 34, -70, -20,
                DistanceOrigin.SOMA_CENTER));
        SynapseModel model = SynapseModel.chindemi2022(Conditions.IN_VITRO, Switches.PLASTICITY_OFF);
        SynapseParameters parameters = SynapseParameters.of(0.5, 1e-3, 0, 1, 0.1, 0.05, 1.7, 0.1, 0);
        double[] spikes = new double[400];
        for (int k = 0; k < spikes.length; k++) {
            spikes[k] = 5 + 10 * k;
        }
        ExportedSynapse syn = new ExportedSynapse("syn", cell.soma(), model, parameters, Thresholds.NONE, spikes);
        List<Recording> recordings = List.of(new Recording.Synapse("released", "syn", SynapseVariable.RELEASED));
        double first = released(NeuronFixture.run("stochastic-a", new NeuronModel(cell, 0.025, 4010, List.of(), List.of(syn),
                recordings, 400, 7)));
        double again = released(NeuronFixture.run("stochastic-b", new NeuronModel(cell, 0.025, 4010, List.of(), List.of(syn),
                recordings, 400, 7)));
        assertTrue(Math.abs(first - 200) < 50, "released " + first + " of 400 at U = 0.5");
        assertEquals(first, again, "same seed, same releases");
    }

    private static double released(NeuronResult result) {
        double[] r = result.trace("released");
        return r[r.length - 1];
    }
}
