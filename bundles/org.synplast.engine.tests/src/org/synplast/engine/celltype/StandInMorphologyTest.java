package org.synplast.engine.celltype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.morphology.ApicalDendrite;
import org.synplast.engine.morphology.DendriteTrees;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.ParametricMorphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/**
 * The stand-in morphologies reproduce the morphometrics they are built from (cells.md §2.4,
 * §3.2, §4.3): lengths and length-weighted mean diameters exactly (1e-9 relative, bisection to
 * machine precision), stems exactly, tips to the nearest power of two per stem, paths within
 * the measured maxima; and the axon is replaced as the e-model's generation does (§1.3).
 */
class StandInMorphologyTest {

    @Test
    void dendritesReproduceTheMorphometrics() {
        for (CellType t : CellType.values()) {
            ParametricMorphology s = t.standIn();
            Morphology m = s.build();
            DendriteTrees b = s.basal();
            assertEquals(b.trees(), m.stems(SectionType.BASAL), t + " basal stems");
            assertEquals(b.totalLength(), m.totalLength(SectionType.BASAL), 1e-9 * b.totalLength(), t + " basal length");
            assertEquals(b.meanDiameter(), meanDiameter(m, SectionType.BASAL), 1e-9, t + " basal mean diameter");
            assertTrue(Cell.maxPathDistance(m, SectionType.BASAL, DistanceOrigin.SOMA_CENTER) <= b.maxPath() + 1e-9,
                    t + " basal max path");
            double perStem = (double) m.tips(SectionType.BASAL) / b.trees();
            assertTrue(Math.abs(Math.log(perStem / ((double) b.tips() / b.trees())) / Math.log(2)) <= 0.5, t + " basal tips");
            ApicalDendrite a = s.apical();
            if (a == null) {
                assertEquals(0, m.count(SectionType.APICAL), t + " has no apical dendrite");
                continue;
            }
            assertEquals(1, m.stems(SectionType.APICAL), t + " one apical trunk");
            assertEquals(a.totalLength(), m.totalLength(SectionType.APICAL), 1e-9 * a.totalLength(), t + " apical length");
            if (!Double.isNaN(a.meanDiameter())) {
                assertEquals(a.meanDiameter(), meanDiameter(m, SectionType.APICAL), 1e-9, t + " apical mean diameter");
            }
            assertTrue(Cell.maxPathDistance(m, SectionType.APICAL, DistanceOrigin.SOMA_CENTER) <= a.maxPath() + 1e-9,
                    t + " apical max path");
            int tips = m.tips(SectionType.APICAL);
            assertTrue(tips >= a.obliques() + 2 && tips <= 2 * (a.obliqueTips() + a.tuftTips()), t + " apical tips " + tips);
        }
    }

    @Test
    void somaIsACylinderWithTheAreaOfTheEquivalentSphere() {
        for (CellType t : CellType.values()) {
            Section soma = t.morphology().section(0);
            double d = t.standIn().somaDiameter();
            assertEquals(SectionGeometry.Cylinder.of(d, d), soma.geometry(), t + " soma");
        }
    }

    @Test
    void sscx2017TypesGetATaperedStubAndMyelin() {
        Morphology m = CellType.L5_TTPC.morphology();
        int first = -1;
        for (int s = 0; s < m.size(); s++) {
            if (m.section(s).type() == SectionType.AXON && first < 0) {
                first = s;
            }
        }
        Section a0 = m.section(first);
        Section a1 = m.section(first + 1);
        Section myelin = m.section(first + 2);
        assertEquals(0, a0.parent());
        assertEquals(1.0, a0.parentX());
        assertEquals(30, a0.length(), 1e-12);
        assertEquals(30, a1.length(), 1e-12);
        assertEquals(SectionType.MYELIN, myelin.type());
        assertEquals(1000, myelin.length(), 1e-12);
        double[] d0 = ((SectionGeometry.Cylinder) a0.geometry()).diameters();
        double[] d1 = ((SectionGeometry.Cylinder) a1.geometry()).diameters();
        // the C060114A5 profile tapers linearly 2.29 → 1.83 µm over 60 µm; 6 µm samples at their centres
        assertEquals(2.29 - 0.46 * 3 / 60, d0[0], 1e-9);
        assertEquals(2.29 - 0.46 * 57 / 60, d1[4], 1e-9);
        assertEquals(d1[4], ((SectionGeometry.Cylinder) myelin.geometry()).diameter(0), 1e-12);
        assertEquals(2, m.count(SectionType.AXON));
    }

    @Test
    void bbp2015TypesGetTwoUniformStubSections() {
        Morphology m = CellType.L23_PC.morphology();
        assertEquals(2, m.count(SectionType.AXON));
        assertEquals(0, m.count(SectionType.MYELIN));
        double[] diameters = m.sections().stream().filter(s -> s.type() == SectionType.AXON)
                .mapToDouble(s -> ((SectionGeometry.Cylinder) s.geometry()).diameter(0)).toArray();
        assertEquals(1.33, diameters[0], 1e-9, "D1: first axon section");
        assertEquals(0.66, diameters[1], 1e-9, "D2: beyond 60 µm");
    }

    private static double meanDiameter(Morphology m, SectionType type) {
        double ld = 0;
        double l = 0;
        for (Section s : m.sections()) {
            if (s.type() == type) {
                ld += s.length() * ((SectionGeometry.Cylinder) s.geometry()).diameter(0);
                l += s.length();
            }
        }
        return ld / l;
    }
}
