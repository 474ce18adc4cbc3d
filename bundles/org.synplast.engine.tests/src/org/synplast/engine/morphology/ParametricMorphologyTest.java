package org.synplast.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.synplast.engine.EngineException;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.DistanceOrigin;

/** The built-in parametric cells have the lengths, tips and reach their parameters imply. */
class ParametricMorphologyTest {

    @Test
    void treeFormulas() {
        ParametricMorphology.Tree t = new ParametricMorphology.Tree(30, 1.8, 2, 83, 0.6, 0.5);
        assertEquals(30 + 6 * 83, t.totalLength(), 1e-12);
        assertEquals(4, t.tips());
    }

    @Test
    void l5ttpcHasTheDocumentedMorphometrics() {
        Morphology m = ParametricMorphology.l5ttpc().build();
        assertEquals(9, m.stems(SectionType.BASAL));
        assertEquals(36, m.tips(SectionType.BASAL));
        assertEquals(9 * 528, m.totalLength(SectionType.BASAL), 1e-9);
        assertEquals(650 + 12 * 310 + 4550, m.totalLength(SectionType.APICAL), 1e-9);
        assertEquals(12 * 2 + 16, m.tips(SectionType.APICAL));
        assertEquals(11.5 + 650 + 50 + 4 * 150, Cell.maxPathDistance(m, SectionType.APICAL, DistanceOrigin.SOMA_CENTER), 1e-9);
        assertEquals(60, m.totalLength(SectionType.AXON), 1e-12);
        // the trunk tapers 6 → 2.5 µm over its first 40 µm
        SectionGeometry.Trace trunk = (SectionGeometry.Trace) m.section(m.children(0).stream()
                .filter(s -> m.section(s).type() == SectionType.APICAL).findFirst().orElseThrow()).geometry();
        assertEquals(6, trunk.points().get(0).diameter());
        assertEquals(2.5, trunk.points().get(1).diameter());
        assertEquals(40, trunk.points().get(1).distance(trunk.points().get(0)), 1e-12);
    }

    /** The stub rules sample the parametric axon: BBP 2017 reads its first ten 6 µm segments. */
    @Test
    void axonReplacementSamplesTheTaperedAxon() {
        Morphology m = AxonReplacement.BBP_2017.apply(ParametricMorphology.l5ttpc().build());
        double[] d = ((SectionGeometry.Cylinder) m.section(m.size() - 3).geometry()).diameters();
        // segment 0 of 11 over 60 µm: mean diameter at its centre, 60/22 µm from the start
        assertEquals(2.29 - 0.46 * (60.0 / 22) / 60, d[0], 1e-9);
    }

    @Test
    void stellateHasNoApicalAndInvalidShapesAreRejected() {
        Morphology m = ParametricMorphology.l4ssc().build();
        assertEquals(0, m.count(SectionType.APICAL));
        assertEquals(5 * 8, m.tips(SectionType.BASAL));
        assertNull(ParametricMorphology.l4ssc().apical());
        assertThrows(EngineException.class, () -> new ParametricMorphology.Tree(10, 1, 13, 5, 1, 0.3));
        assertThrows(EngineException.class, () -> new ParametricMorphology.Apical(100, 3, 60, 2, 1,
                new ParametricMorphology.Tree(10, 1, 0, 0, 1, 0), new ParametricMorphology.Tree(10, 1, 0, 0, 1, 0)));
        assertEquals(4, ParametricMorphology.l23pc().build().stems(SectionType.BASAL));
    }
}
