package org.synplast.compiler.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.canonical.Canonical;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.sampling.PathwayPhysiology;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.MechanismConstants;
import org.synplast.engine.synapse.PlasticityParameters;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.plan.ConnectionPlan;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Induction;
import org.synplast.experiment.plan.PlacementRule;
import org.synplast.experiment.plan.PostStimulus;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.ReadOut;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.plan.SynapseCount;
import org.synplast.experiment.plan.TestPulses;

class PlanStageTest {

    private static ProtocolStage.Protocols inputs(TablesFixture f) {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20)),
                Section.of(SectionType.BASAL, 0, 0, SectionGeometry.Cylinder.of(200, 1))));
        CellModel cell = CellModel.of(m, Map.of(), List.of(Insertion.of(Pas.KIND, java.util.Set.of(SectionType.SOMA))));
        ConnectionPlan c = new ConnectionPlan("c", "cell", cell, new SynapseCount.Fixed(5),
                new PlacementRule(java.util.Set.of(SectionType.BASAL), 0, 300, PlacementRule.Weighting.AREA),
                PathwayPhysiology.L5TTPC_L5TTPC, MechanismConstants.GLUSYNAPSE_V1, PlasticityParameters.CHINDEMI_2022);
        ProtocolPlan p = new ProtocolPlan("p", Conditions.IN_VITRO, Switches.CONTROL, 500, new TestPulses(10000, 60),
                new Induction(5, 5, 10, 10, 10, 4000, new PostStimulus.Calibrated(3)), new TestPulses(10000, 60),
                ReadOut.of(ReadOut.Measure.AMPLITUDE, 60), true);
        CellStage.Cells cells = new CellStage.Cells(f.model("e", "s"), Map.of());
        return new ProtocolStage.Protocols(new ConnectionStage.Connections(cells, Map.of("c", c)), Map.of("p", p));
    }

    private static TablesFixture fixture(Object... sweep) {
        return new TablesFixture()
                .add("experiment", "e", "connection", new Canonical.Ref("c"), "protocol", new Canonical.Ref("p"),
                        "pairs", 100, "seed", 7, "alpha", 0.05, "in_vitro.mean", 1.2, "in_vitro.sem", 0.06,
                        "in_vitro.n", 6, "in_vitro.citation", new Canonical.Text("Markram et al. 1997"))
                .add("connection", "c").add("protocol", "p").add("sweep", "s", sweep);
    }

    @Test
    void experimentJoinsConnectionProtocolAndInVitroResult() {
        Diagnostics d = new Diagnostics();
        PlanStage.Plans plans = new PlanStage().apply(inputs(fixture("experiment", new Canonical.Ref("e"))), d);
        assertTrue(!d.hasErrors(), d.list().toString());
        ExperimentPlan e = plans.experiments().get(0);
        assertEquals(100, e.pairs());
        assertEquals(7, e.seed());
        assertEquals(1.2, e.expected().meanRatio());
        assertEquals(6, e.expected().n());
    }

    @Test
    void sweepAxesExpandListsAndSteppedRanges() {
        Diagnostics d = new Diagnostics();
        PlanStage.Plans plans = new PlanStage().apply(inputs(fixture("experiment", new Canonical.Ref("e"), "pairs", 20,
                "induction.frequency", new Canonical.Listing(List.of(new Canonical.Num(2), new Canonical.Num(50))),
                "induction.dt", new Canonical.Span(-50, 50, 25), "conditions.ca_o", 1.2)), d);
        assertTrue(!d.hasErrors(), d.list().toString());
        SweepPlan s = plans.sweeps().get(0);
        assertArrayEquals(new double[] {2, 50}, s.frequencyHz());
        assertArrayEquals(new double[] {-50, -25, 0, 25, 50}, s.deltaTMs());
        assertArrayEquals(new double[] {1.2}, s.caOMm());
        assertEquals(20, s.base().pairs());
        assertEquals(10, s.points().size());
    }

    @Test
    void sweepWithoutStepIsAnError() {
        Diagnostics d = new Diagnostics();
        new PlanStage().apply(inputs(fixture("experiment", new Canonical.Ref("e"), "induction.dt",
                new Canonical.Span(-50, 50, Double.NaN))), d);
        assertTrue(d.hasErrors());
    }
}
