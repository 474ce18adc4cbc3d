package org.synplast.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.engine.EngineMessage;

/** SWC import on tiny hand-written files and broken ones. */
class SwcReaderTest {

    /** One soma point (r 5; NEURON: soma (−5 0 0)–(5 0 0), diam 10, area 314.16), a basal stem of two samples that forks into two one-sample branches, an apical stem. */
    static final String TREE = """
            # tiny test cell
            1 1 0 0 0 5 -1
            2 3 0 -5 0 1 1
            3 3 0 -15 0 1 2
            4 3 5 -20 0 0.5 3
            5 3 -5 -20 0 0.5 3
            6 4 0 5 0 1.5 1
            7 4 0 25 0 1.5 6
            """;

    private static Morphology read(String text) throws IOException {
        return SwcReader.read(new StringReader(text), "test.swc");
    }

    private static MorphologyException error(String text) {
        return assertThrows(MorphologyException.class, () -> read(text));
    }

    @Test
    void onePointSomaIsASphereEquivalentCylinderAndBranchesSplitSections() throws IOException {
        Morphology m = read(TREE);
        assertEquals(5, m.size());
        Section soma = m.section(0);
        assertEquals(10, soma.length(), 1e-12);
        assertEquals(new Point3(-5, 0, 0, 10), ((SectionGeometry.Trace) soma.geometry()).points().get(0));
        // lateral area of a 10 × 10 µm cylinder = area of the 10 µm sphere
        assertEquals(Math.PI * 100, SegmentGeometry.of(soma, 1, 100).area()[0], 1e-9);
        assertEquals(SectionType.BASAL, m.section(1).type());
        assertEquals(10, m.section(1).length(), 1e-12);
        assertEquals(0.5, m.section(1).parentX());
        // the fork children start at the branch sample
        assertEquals(1, m.section(2).parent());
        assertEquals(1, m.section(2).parentX());
        assertEquals(Math.hypot(5, 5), m.section(2).length(), 1e-12);
        assertEquals(33.4048, SegmentGeometry.of(m.section(2), 1, 100).area()[0], 1e-4); // NEURON's value
        assertEquals(SectionType.APICAL, m.section(4).type());
        assertEquals(2, m.tips(SectionType.BASAL));
        assertEquals(1, m.stems(SectionType.APICAL));
        assertEquals("dend[2]", m.name(3));
        assertEquals("apic[0]", m.name(4));
    }

    /** NEURON's Import3d replaces the three-point soma by a 2r × 2r cylinder along x, like one point. */
    @Test
    void threePointSomaIsASphereEquivalentCylinder() throws IOException {
        Morphology m = read("""
                1 1 0 0 0 4 -1
                2 1 0 -4 0 4 1
                3 1 0 4 0 4 1
                4 2 0 -4 0 1 1
                5 2 0 -30 0 1 4
                """);
        assertEquals(8, m.section(0).length(), 1e-12);
        assertEquals(4 * Math.PI * 16, SegmentGeometry.of(m.section(0), 1, 100).area()[0], 1e-9);
        assertEquals(SectionType.AXON, m.section(1).type());
        assertEquals(0.5, m.section(1).parentX());
    }

    /**
     * As NEURON 8.2.2's Import3d instantiates this file: soma trace of the four samples (area
     * 630.5122 µm²); the axon on the first soma sample attaches at soma(0) and starts at that
     * sample, the apical on the last at soma(1), the dendrite on an interior sample at soma(0.5)
     * without the soma point; prepended points take the child's diameter.
     */
    @Test
    void chainedSomaFollowsImport3d() throws IOException {
        Morphology m = read("""
                1 1 0 0 0 3 -1
                2 1 0 10 0 4 1
                3 1 0 20 0 3 2
                4 1 0 30 0 3 3
                5 3 3 20 0 1 3
                6 3 8 20 0 1 5
                7 4 0 31 0 1 4
                8 4 0 40 0 1 7
                9 2 0 -1 0 1 1
                10 2 0 -9 0 1 9
                """);
        assertEquals(30, m.section(0).length(), 1e-12);
        assertEquals(630.5122, SegmentGeometry.of(m.section(0), 1, 100).area()[0], 1e-4);
        assertEquals(SectionType.BASAL, m.section(1).type());
        assertEquals(0.5, m.section(1).parentX());
        assertEquals(5, m.section(1).length(), 1e-12);
        assertEquals(1.0, m.section(2).parentX());
        assertEquals(10, m.section(2).length(), 1e-12);
        assertEquals(new Point3(0, 30, 0, 2), ((SectionGeometry.Trace) m.section(2).geometry()).points().get(0));
        assertEquals(0.0, m.section(3).parentX());
        assertEquals(9, m.section(3).length(), 1e-12);
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("cell.swc");
        Files.writeString(f, TREE);
        assertEquals(5, SwcReader.read(f).size());
    }

    @Test
    void missingParentIsReportedWithLine() {
        MorphologyException e = error("1 1 0 0 0 5 -1\n2 3 0 5 0 1 7\n");
        assertEquals(EngineMessage.MISSING_PARENT, e.kind());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("test.swc:2: "), e.getMessage());
    }

    @Test
    void cycleIsReported() {
        MorphologyException e = error("1 1 0 0 0 5 -1\n2 3 0 5 0 1 3\n3 3 0 9 0 1 2\n");
        assertEquals(EngineMessage.CYCLE, e.kind());
    }

    @Test
    void nonPositiveRadiusIsReported() {
        MorphologyException e = error("1 1 0 0 0 5 -1\n2 3 0 5 0 0 1\n");
        assertEquals(EngineMessage.NON_POSITIVE_DIAMETER, e.kind());
        assertEquals(2, e.line());
    }

    @Test
    void unknownTypeIsReported() {
        assertEquals(EngineMessage.UNKNOWN_TYPE, error("1 1 0 0 0 5 -1\n2 7 0 5 0 1 1\n").kind());
    }

    @Test
    void malformedAndDuplicateLinesAreReported() {
        assertEquals(EngineMessage.MALFORMED_LINE, error("1 1 0 0 0 5\n").kind());
        assertEquals(EngineMessage.MALFORMED_LINE, error("1 1 0 x 0 5 -1\n").kind());
        assertEquals(EngineMessage.DUPLICATE_SAMPLE, error("1 1 0 0 0 5 -1\n1 3 0 5 0 1 1\n").kind());
    }

    @Test
    void missingSomaAndSeveralRootsAreReported() {
        assertEquals(EngineMessage.NO_SOMA, error("1 3 0 0 0 5 -1\n2 3 0 5 0 1 1\n").kind());
        assertEquals(EngineMessage.SEVERAL_ROOTS, error("1 1 0 0 0 5 -1\n2 1 9 9 9 5 -1\n").kind());
    }

    @Test
    void branchedSomaIsReported() {
        assertEquals(EngineMessage.BRANCHED_SOMA, error("""
                1 1 0 0 0 5 -1
                2 1 0 5 0 5 1
                3 1 0 -5 0 5 1
                4 1 0 -9 0 5 3
                """).kind());
    }
}
