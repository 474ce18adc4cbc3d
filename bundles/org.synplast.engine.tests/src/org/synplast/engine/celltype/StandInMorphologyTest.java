package org.synplast.engine.celltype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.morphology.ApicalDendrite;
import org.synplast.engine.morphology.AscReader;
import org.synplast.engine.morphology.DendriteTrees;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.ParametricMorphology;
import org.synplast.engine.morphology.Point3;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/**
 * The stand-in morphologies reproduce the morphometrics they are built from (cells.md §2.4,
 * §3.2, §4.3): lengths and length-weighted mean diameters exactly (1e-9 relative, bisection to
 * machine precision), stems exactly, tips to the nearest power of two per stem, paths within
 * the measured maxima; the L5 apical morphometrics are those of the reconstruction; and the axon
 * is replaced as the e-model's generation does (§1.3).
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
            int obliqueTips = a.obliques().stream().mapToInt(ApicalDendrite.Oblique::tips).sum();
            assertTrue(tips >= a.obliques().size() + 2 && tips <= 2 * (obliqueTips + a.tuftTips()), t + " apical tips " + tips);
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

    /**
     * The L5 stand-in's apical morphometrics (cells.md §2.4) are those of
     * ../shared/testdata/morphologies/L5TPC_C060114A5.asc (skipped when absent), measured by
     * cells.md §2.4's method: the trunk follows, at each branch point, the child reaching highest;
     * the main bifurcation is the first trunk branch point whose other child also reaches above
     * 75 % of the apical height; every other child before it is an oblique. Main bifurcation
     * within 0.5 µm, total lengths within 1 µm (cells.md rounds to whole µm), counts exactly; each
     * oblique's branch point and length within 0.05 µm (the stand-in states them to 0.1 µm), its
     * tips exactly.
     */
    @Test
    void l5ApicalMorphometricsAreThoseOfTheReconstruction() {
        Path dir = Protocols.testdata();
        Path file = dir == null ? null : dir.resolve("morphologies").resolve("L5TPC_C060114A5.asc");
        assumeTrue(file != null && Files.exists(file), "../shared/testdata absent");
        Morphology m = AscReader.read(file);
        double[] start = m.startDistances(true);
        int s = m.children(0).stream().filter(c -> m.section(c).type() == SectionType.APICAL).findFirst().orElseThrow();
        double somaY = trace(m, 0).points().stream().mapToDouble(Point3::y).average().orElseThrow();
        double height = maxY(m, s) - somaY;
        List<Integer> obliques = new ArrayList<>();
        List<Double> obliqueAt = new ArrayList<>();
        List<Integer> tuft = new ArrayList<>();
        double mainBifurcation = Double.NaN;
        while (Double.isNaN(mainBifurcation) && !m.children(s).isEmpty()) {
            List<Integer> children = m.children(s);
            int trunk = children.stream().max(Comparator.comparingDouble(c -> maxY(m, c))).orElseThrow();
            List<Integer> others = children.stream().filter(c -> c != trunk).toList();
            if (others.stream().anyMatch(c -> maxY(m, c) - somaY > 0.75 * height)) {
                mainBifurcation = start[s] + m.section(s).length();
                tuft.addAll(children);
            } else {
                obliques.addAll(others);
                double branchPoint = start[s] + m.section(s).length();
                others.forEach(o -> obliqueAt.add(branchPoint));
            }
            s = trunk;
        }
        ApicalDendrite standIn = CellType.L5_TTPC.standIn().apical();
        assertEquals(standIn.mainBifurcation(), mainBifurcation, 0.5, "main bifurcation [µm]");
        assertEquals(standIn.obliques().size(), obliques.size(), "obliques");
        assertEquals(standIn.obliqueLength(), length(m, obliques), 1, "oblique length [µm]");
        assertEquals(33, tips(m, obliques), "oblique tips (cells.md §2.4: 62 apical tips, 29 in the tuft)");
        for (int i = 0; i < obliques.size(); i++) {
            ApicalDendrite.Oblique o = standIn.obliques().get(i);
            assertEquals(o.at(), obliqueAt.get(i), 0.05 + 1e-9, "oblique " + i + " branch point [µm]");
            assertEquals(o.length(), length(m, List.of(obliques.get(i))), 0.05 + 1e-9, "oblique " + i + " length [µm]");
            assertEquals(o.tips(), tips(m, List.of(obliques.get(i))), "oblique " + i + " tips");
        }
        assertEquals(standIn.tuftLength(), length(m, tuft), 1, "tuft length [µm]");
        assertEquals(standIn.tuftTips(), tips(m, tuft), "tuft tips");
    }

    private static double length(Morphology m, List<Integer> roots) {
        return roots.stream().flatMap(r -> subtree(m, r)).mapToDouble(x -> m.section(x).length()).sum();
    }

    private static int tips(Morphology m, List<Integer> roots) {
        return (int) roots.stream().flatMap(r -> subtree(m, r)).filter(x -> m.children(x).isEmpty()).count();
    }

    private static SectionGeometry.Trace trace(Morphology m, int s) {
        return (SectionGeometry.Trace) m.section(s).geometry();
    }

    private static double maxY(Morphology m, int s) {
        return subtree(m, s).flatMap(x -> trace(m, x).points().stream()).mapToDouble(Point3::y).max().orElseThrow();
    }

    private static Stream<Integer> subtree(Morphology m, int s) {
        return Stream.concat(Stream.of(s), m.children(s).stream().flatMap(c -> subtree(m, c)));
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
