package org.synplast.compiler.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.SectionType;

class ParametricMorphologiesTest {

    private static Morphology morphology() {
        TablesFixture f = new TablesFixture().add("morphology", "m", "soma.length", 20, "soma.diameter", 20,
                "axon.length", 60, "axon.diameter", 1.5, "basal.trees", 3, "basal.length", 210, "basal.diameter", 2,
                "basal.tip_diameter", 0.5, "basal.branch_order", 2, "apical.length", 1000, "apical.trunk_length", 600,
                "apical.diameter", 4, "apical.tip_diameter", 1, "apical.branch_order", 4);
        return ParametricMorphologies.build(f.table("m"));
    }

    @Test
    void symmetricTreesHaveTwoToTheOrderTipsPerTree() {
        Morphology m = morphology();
        assertEquals(3, m.stems(SectionType.BASAL));
        assertEquals(3 * 4, m.tips(SectionType.BASAL));
        assertEquals(16, m.tips(SectionType.APICAL));
    }

    @Test
    void treesReachTheStatedPathLength() {
        Morphology m = morphology();
        // basal: stem and two generations of 70 µm each; 1 + 2 + 4 sections per tree
        assertEquals(3 * 70.0 * 7, m.totalLength(SectionType.BASAL), 1e-9);
        // apical: 600 µm trunk, then a tuft of stem + 4 generations sharing the remaining 400 µm
        double piece = 400.0 / 5;
        assertEquals(600 + piece * (1 + 2 + 4 + 8 + 16), m.totalLength(SectionType.APICAL), 1e-9);
        assertEquals(1000 + 10, Cell.maxPathDistance(m, SectionType.APICAL, DistanceOrigin.SOMA_CENTER), 1e-6);
    }

    @Test
    void withoutApicalTrunkThereIsNoApicalDendrite() {
        TablesFixture f = new TablesFixture().add("morphology", "m", "basal.trees", 5, "basal.length", 300,
                "basal.diameter", 1.5);
        assertEquals(0, ParametricMorphologies.build(f.table("m")).count(SectionType.APICAL));
    }
}
