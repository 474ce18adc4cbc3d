package org.synplast.compiler.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synplast.compiler.Diagnostics;
import org.synplast.compiler.canonical.Canonical;
import org.synplast.engine.EngineException;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/** The language's parametric morphology keys as the engine's ParametricMorphology reads them, and the axon stub rule. */
class ParametricMorphologiesTest {

    private static final Object[] SIMPLE = {"soma.length", 20, "soma.diameter", 20, "axon.length", 60, "axon.diameter", 1.5,
        "basal.trees", 3, "basal.length", 210, "basal.diameter", 2, "basal.tip_diameter", 0.5, "basal.branch_order", 2,
        "apical.length", 1000, "apical.trunk_length", 600, "apical.diameter", 4, "apical.tip_diameter", 1,
        "apical.branch_order", 4};

    private static Morphology build(Object... pathsAndValues) {
        return ParametricMorphologies.build(new TablesFixture().add("morphology", "m", pathsAndValues).table("m"));
    }

    private static Canonical.Listing list(double... values) {
        return new Canonical.Listing(java.util.Arrays.stream(values).mapToObj(v -> (Canonical) new Canonical.Num(v)).toList());
    }

    @Test
    void branchOrderGivesTwoToTheOrderTipsPerBasalTreeAndInTheTuft() {
        Morphology m = build(SIMPLE);
        assertEquals(3, m.stems(SectionType.BASAL));
        assertEquals(3 * 4, m.tips(SectionType.BASAL));
        assertEquals(16, m.tips(SectionType.APICAL));
    }

    @Test
    void withoutTotalLengthsEveryTipIsAtTheStatedPathLength() {
        Morphology m = build(SIMPLE);
        // basal: three levels of 70 µm; 1 + 2 + 4 sections per tree
        assertEquals(3 * 70.0 * 7, m.totalLength(SectionType.BASAL), 1e-9);
        assertEquals(210, Cell.maxPathDistance(m, SectionType.BASAL, DistanceOrigin.SOMA_CENTER), 1e-9);
        // apical: 600 µm trunk, then two tuft trees of four 100 µm levels (the main bifurcation is the first)
        assertEquals(600 + 100.0 * 2 * (1 + 2 + 4 + 8), m.totalLength(SectionType.APICAL), 1e-9);
        assertEquals(1000, Cell.maxPathDistance(m, SectionType.APICAL, DistanceOrigin.SOMA_CENTER), 1e-9);
    }

    @Test
    void diameterListsAreProfilesAndObliquesLeaveAtTheirBranchPoints() {
        Morphology m = build("soma.length", 20, "soma.diameter", 20, "axon.length", 12, "axon.diameter", list(2, 1),
                "axon.diameter_at", list(0, 12), "apical.length", 500, "apical.trunk_length", 300, "apical.diameter",
                list(4, 2), "apical.diameter_at", list(0, 100), "apical.obliques", 2, "apical.oblique_at", list(50, 200),
                "apical.oblique_length", 200, "apical.tips", 2);
        // axon: two 6 µm cylinders at the profile's mean diameters
        assertEquals(1.75, ((SectionGeometry.Cylinder) m.section(1).geometry()).diameter(0), 1e-12);
        assertEquals(1.25, ((SectionGeometry.Cylinder) m.section(2).geometry()).diameter(0), 1e-12);
        assertEquals(0, m.count(SectionType.BASAL));
        // trunk cut at 50, 100 (profile point), 200 and 300 µm; two obliques of 100 µm and a tuft of two
        assertEquals(List.of(50.0, 50.0, 100.0, 100.0, 100.0, 100.0, 200.0, 200.0), m.sections().stream()
                .filter(s -> s.type() == SectionType.APICAL).map(s -> (double) Math.round(s.length())).sorted().toList());
        assertEquals(2 + 2, m.tips(SectionType.APICAL));
    }

    @Test
    void missingReachIsAnEngineError() {
        assertThrows(EngineException.class, () -> build("soma.length", 20, "soma.diameter", 20, "axon.length", 60,
                "axon.diameter", 1, "basal.trees", 2, "basal.diameter", 1));
        assertThrows(EngineException.class, () -> build("soma.length", 20, "soma.diameter", 20, "axon.length", 60,
                "axon.diameter", list(1, 2)));
    }

    @Test
    void axonStubSelectsTheReplacementRule() {
        assertEquals(List.of(SectionType.AXON, SectionType.AXON, SectionType.MYELIN), axon());
        assertEquals(List.of(SectionType.AXON, SectionType.AXON), axon("axon_stub", new Canonical.Text("bbp2015")));
        assertEquals(10, axon("replace_axon", new Canonical.Flag(false)).size());
    }

    /** @return the types of the axon's sections after CellStage */
    private static List<SectionType> axon(Object... extra) {
        Object[] morph = java.util.stream.Stream.concat(java.util.Arrays.stream(SIMPLE), java.util.Arrays.stream(extra))
                .toArray();
        TablesFixture f = new TablesFixture().add("morphology", "m", morph).add("membrane", "mem")
                .add("cell", "c", "morphology", new Canonical.Ref("m"), "membrane", new Canonical.Ref("mem"));
        Diagnostics diagnostics = new Diagnostics();
        Morphology m = new CellStage().apply(f.model(), diagnostics).cells().get("c").morphology();
        assertFalse(diagnostics.hasErrors(), diagnostics.list().toString());
        return m.sections().stream().map(s -> s.type()).filter(t -> t == SectionType.AXON || t == SectionType.MYELIN).toList();
    }
}
