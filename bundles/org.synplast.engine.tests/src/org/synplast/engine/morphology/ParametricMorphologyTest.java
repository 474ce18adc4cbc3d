package org.synplast.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.synplast.engine.EngineException;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.DistanceOrigin;

/**
 * The parametric builder's options beyond the morphometric stand-ins (those are tested against
 * their morphometrics in {@code celltype.StandInMorphologyTest}): equal levels reaching the
 * maximal path, given tip diameters, given oblique branch points, no basal trees, the axon cut.
 */
class ParametricMorphologyTest {

    private static final double NAN = Double.NaN;

    @Test
    void treesWithoutTotalLengthHaveEqualLevelsReachingTheMaximalPath() {
        Morphology m = new ParametricMorphology(20, 20, 60, Profile.of(0, 1), new DendriteTrees(3, NAN, 12, 210, 2, 0.5, NAN),
                null).build();
        assertEquals(3, m.stems(SectionType.BASAL));
        assertEquals(12, m.tips(SectionType.BASAL));
        assertEquals(3 * 7 * 70.0, m.totalLength(SectionType.BASAL), 1e-9);
        assertEquals(210, Cell.maxPathDistance(m, SectionType.BASAL, DistanceOrigin.SOMA_CENTER), 1e-9);
        // geometric taper 2 → 0.5 over two levels: 2, 1, 0.5
        assertArrayEquals(new double[] {2, 1, 0.5}, diameters(m, SectionType.BASAL, 0, 1, 3), 1e-12);
    }

    @Test
    void obliquesLeaveAtTheGivenBranchPointsAndTheTuftReachesTheMaximalPath() {
        ApicalDendrite a = new ApicalDendrite(Profile.of(0, 4), 600,
                ApicalDendrite.obliques(2, 600, new double[] {100, 300}, new double[] {400}, new int[] {2}), NAN, 8, 1000, 1,
                NAN, NAN);
        Morphology m = new ParametricMorphology(20, 20, 60, Profile.of(0, 1), null, a).build();
        double[] start = m.startDistances(true);
        // sections starting at a branch point of the trunk: obliques at 100 and 300 µm, the tuft at 600 µm
        List<Long> branchPoints = IntStream.range(1, m.size()).filter(s -> m.section(s).type() == SectionType.APICAL
                && start[s] > 0 && start[s] <= 600 && m.children(m.section(s).parent()).size() == 2)
                .mapToObj(s -> Math.round(start[s])).distinct().toList();
        assertEquals(List.of(100L, 300L, 600L), branchPoints);
        assertEquals(2 + 8, m.tips(SectionType.APICAL));
        assertEquals(1000, Cell.maxPathDistance(m, SectionType.APICAL, DistanceOrigin.SOMA_CENTER), 1e-9);
        // tuft: 2 roots, two more levels (8 tips), each level a third of the remaining 400 µm
        assertEquals(600 + 400 + 2 * 7 * 400.0 / 3, m.totalLength(SectionType.APICAL), 1e-9);
        assertEquals(a.totalLength(), m.totalLength(SectionType.APICAL), 1e-9);
        // the tuft's first branches follow Rall's rule from the 4 µm trunk; the given tips are 1 µm
        double root = 4 / Math.pow(2, 2.0 / 3.0);
        double[] tuft = m.sections().stream().filter(s -> s.type() == SectionType.APICAL)
                .mapToDouble(s -> ((SectionGeometry.Cylinder) s.geometry()).diameter(0)).filter(d -> d != 4).distinct().toArray();
        assertArrayEquals(new double[] {1, root, Math.sqrt(root)}, tuft, 1e-12);
    }

    @Test
    void withoutBasalTreesApicalTipsTakeTheTuftRootAndTheAxonIsCutEverySixMicrons() {
        ApicalDendrite a = new ApicalDendrite(Profile.of(0, 3), 200, List.of(), NAN, 2, 300, NAN, NAN, 1.5);
        Morphology m = new ParametricMorphology(10, 12, 20, Profile.of(0, 2, 20, 1), null, a).build();
        assertEquals(0, m.count(SectionType.BASAL));
        m.sections().stream().filter(s -> s.type() == SectionType.APICAL && s.parent() != 0)
                .forEach(s -> assertEquals(1.5, ((SectionGeometry.Cylinder) s.geometry()).diameter(0), 1e-12));
        double[] axon = m.sections().stream().filter(s -> s.type() == SectionType.AXON).mapToDouble(Section::length).toArray();
        assertArrayEquals(new double[] {6, 6, 6, 2}, axon, 1e-12);
        assertEquals(new SectionGeometry.Cylinder(10, new double[] {12}), m.section(0).geometry());
        // mean of the linear profile 2 → 1 over the first 6 µm
        assertEquals(2 - 0.05 * 3, ((SectionGeometry.Cylinder) m.section(1).geometry()).diameter(0), 1e-12);
    }

    @Test
    void obliquesTakeTheirShareOrTheirOwnLengthAndTips() {
        List<ApicalDendrite.Oblique> even = ApicalDendrite.obliques(3, 400, new double[0], new double[] {300}, new int[] {7});
        assertEquals(List.of(new ApicalDendrite.Oblique(100, 100, 2), new ApicalDendrite.Oblique(200, 100, 2),
                new ApicalDendrite.Oblique(300, 100, 2)), even);
        List<ApicalDendrite.Oblique> own = ApicalDendrite.obliques(2, 400, new double[] {10, 50}, new double[] {30, 200},
                new int[] {1, 4});
        assertEquals(List.of(new ApicalDendrite.Oblique(10, 30, 1), new ApicalDendrite.Oblique(50, 200, 4)), own);
        Morphology m = new ParametricMorphology(20, 20, 60, Profile.of(0, 1), null,
                new ApicalDendrite(Profile.of(0, 2), 400, own, NAN, 2, 500, 0.5, NAN, NAN)).build();
        // the second oblique bifurcates twice (4 tips): three levels of 200/7 µm
        assertEquals(1 + 4 + 2, m.tips(SectionType.APICAL));
        assertEquals(400 + 30 + 200 + 2 * 100, m.totalLength(SectionType.APICAL), 1e-9);
    }

    @Test
    void inconsistentShapesAreRejected() {
        Profile trunk = Profile.of(0, 3);
        assertThrows(EngineException.class, () -> new ApicalDendrite(trunk, 200,
                List.of(new ApicalDendrite.Oblique(50, 10, 1), new ApicalDendrite.Oblique(40, 10, 1)), NAN, 2, 300, NAN, NAN,
                NAN));
        assertThrows(EngineException.class, () -> new ApicalDendrite(trunk, 200, List.of(new ApicalDendrite.Oblique(200, 10, 1)),
                NAN, 2, 300, NAN, NAN, NAN));
        assertThrows(EngineException.class, () -> ApicalDendrite.obliques(2, 200, new double[] {50}, new double[] {100},
                new int[] {2}));
        assertThrows(EngineException.class, () -> ApicalDendrite.obliques(3, 200, new double[0], new double[] {10, 20},
                new int[] {3}));
        assertThrows(EngineException.class, () -> new DendriteTrees(2, NAN, 4, 100, 1, 0.5, 0.7));
        assertThrows(EngineException.class, () -> new ApicalDendrite(trunk, 200, List.of(), NAN, 2, 300, 0.5, 0.7, NAN));
        assertThrows(EngineException.class, () -> new ParametricMorphology(10, 10, 0, Profile.of(0, 1), null, null));
    }

    private static double[] diameters(Morphology m, SectionType type, int... sectionsOfType) {
        List<Section> of = m.sections().stream().filter(s -> s.type() == type).toList();
        double[] d = new double[sectionsOfType.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = ((SectionGeometry.Cylinder) of.get(sectionsOfType[i]).geometry()).diameter(0);
        }
        return d;
    }
}
