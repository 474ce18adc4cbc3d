package org.synplast.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;

/**
 * The two Blue Brain reconstructions in {@code ../shared/testdata/morphologies} (CC BY 4.0);
 * skipped when that folder is absent. Reference numbers: cells.md §2.4 (computed on the same
 * files with the same conventions, so the tolerance is 0.5 % for rounding and summation).
 */
class RealMorphologyTest {

    static Path testdata() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/testdata").normalize();
            if (Files.isDirectory(candidate.resolve("morphologies"))) {
                return candidate;
            }
        }
        return null;
    }

    static Morphology load(String name) {
        Path dir = testdata();
        assumeTrue(dir != null && Files.exists(dir.resolve("morphologies").resolve(name)), "../shared/testdata absent");
        return AscReader.read(dir.resolve("morphologies").resolve(name));
    }

    @Test
    void c060114a5MatchesPublishedMorphometrics() {
        Morphology m = load("L5TPC_C060114A5.asc");
        assertEquals(9, m.stems(SectionType.BASAL));
        assertEquals(42, m.tips(SectionType.BASAL));
        assertEquals(4852, m.totalLength(SectionType.BASAL), 0.005 * 4852);
        assertEquals(1, m.stems(SectionType.APICAL));
        assertEquals(62, m.tips(SectionType.APICAL));
        assertEquals(9256, m.totalLength(SectionType.APICAL), 0.005 * 9256);
        // NEURON 8.2.2's Import3d on the same file: soma L 26.961329 µm, area 1503.2947 µm² (nseg 1),
        // 376 sections, apical reach 1181.05 µm from soma(0.5); NEURON stores 3-D points as float,
        // hence 1e-6 relative tolerances
        assertEquals(376, m.size());
        assertEquals(26.961329, m.section(0).length(), 3e-5);
        assertEquals(1503.2947, SegmentGeometry.of(m.section(0), 1, 100).area()[0], 2e-3);
        assertEquals(1181.0525, Cell.maxPathDistance(m, SectionType.APICAL,
                org.synplast.engine.cell.DistanceOrigin.SOMA_CENTER), 2e-3);
        assertEquals(0.5, m.section(1).parentX());
        // NEURON: the same model (BBP 2015 stub, Ra 100, cm 2 in dendrites, d_lambda 0.1 at 100 Hz) has 870 segments
        assertEquals(870, Cell.of(org.synplast.engine.bench.CableBenchmark.standInModel(m)).membraneCompartments());
    }

    @Test
    void c060110a2ReadsAndDiscretises() {
        Morphology m = load("L5TPC_C060110A2.asc");
        assertEquals(1, m.stems(SectionType.APICAL));
        assertTrue(m.stems(SectionType.BASAL) >= 5);
        Morphology stub = AxonReplacement.BBP_2015.apply(m);
        Cell cell = Cell.of(new CellModel(stub, Discretization.DLambda.standard(), java.util.Map.of(), java.util.List.of(), 34,
                -65, -20, DistanceOrigin.SOMA_CENTER));
        assertEquals(2, stub.count(SectionType.AXON));
        for (int c = 1; c < cell.size(); c++) {
            assertTrue(cell.parent(c) < c);
            assertTrue(cell.axialConductance(c) > 0 && Double.isFinite(cell.axialConductance(c)));
        }
        double apicalReach = Cell.maxPathDistance(stub, SectionType.APICAL, DistanceOrigin.SOMA_CENTER);
        assertTrue(apicalReach > 900 && apicalReach < 1500, "apical reach " + apicalReach);
    }

    /** cells.md §2.4: C060114A5's axon is 2.29 µm at its start, 1.83 µm for most of the first 60 µm. */
    @Test
    void axonStubDiametersComeFromTheReconstruction() {
        Morphology m = load("L5TPC_C060114A5.asc");
        Morphology bbp2015 = AxonReplacement.BBP_2015.apply(m);
        double d1 = ((SectionGeometry.Cylinder) bbp2015.section(bbp2015.size() - 2).geometry()).diameter(0);
        // the first axon section runs well beyond 60 µm, so its mean diameter is below the initial 2.29 µm
        assertTrue(d1 > 1 && d1 <= 2.3, "D1 " + d1);
        double d2 = ((SectionGeometry.Cylinder) bbp2015.section(bbp2015.size() - 1).geometry()).diameter(0);
        assertTrue(d2 > 1 && d2 <= d1, "D2 " + d2);
        Morphology bbp2017 = AxonReplacement.BBP_2017.apply(m);
        assertEquals(SectionType.MYELIN, bbp2017.section(bbp2017.size() - 1).type());
        double[] d0 = ((SectionGeometry.Cylinder) bbp2017.section(bbp2017.size() - 3).geometry()).diameters();
        assertEquals(5, d0.length);
        assertTrue(d0[0] <= 2.29 + 1e-9 && d0[0] >= 1.83 - 1e-9, "AIS start " + d0[0]);
    }
}
