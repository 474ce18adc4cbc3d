package org.synplast.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synplast.engine.EngineMessage;

/** Neurolucida import on tiny hand-written files and broken ones. */
class AscReaderTest {

    /** A 20 × 10 µm rectangular soma outline, a forked dendrite and an axon, in the BBP files' layout. */
    static final String CELL = """
            ; tiny test cell
            ("CellBody"
              (Color Red)
              (CellBody)
              (-10 -5 0 0)
              (10 -5 0 0)
              (10 5 0 0)
              (-10 5 0 0)
              (-10 -5 0 0)
            );

            ( (Color Blue)
              (Axon)
              (0 -5 0 1)
              (0 -25 0 1)
            )

            ( (Color Red)
              (Dendrite)
              (0 5 0 2)
              (0 15 0 2)
              (
                (0 15 0 1)
                (10 25 0 1)
                Normal
              |
                (-10 25 0 1)  ; no branch point: it is added
                Normal
              )
            )
            """;

    private static Morphology read(String text) throws IOException {
        return AscReader.read(new StringReader(text), "test.asc");
    }

    private static MorphologyException error(String text) {
        return assertThrows(MorphologyException.class, () -> read(text));
    }

    @Test
    void readsTreesSplitsBranchesAndAddsBranchPoints() throws IOException {
        Morphology m = read(CELL);
        assertEquals(5, m.size());
        assertEquals(SectionType.AXON, m.section(1).type());
        assertEquals(20, m.section(1).length(), 1e-12);
        assertEquals(0.5, m.section(1).parentX());
        assertEquals(SectionType.BASAL, m.section(2).type());
        assertEquals(10, m.section(2).length(), 1e-12);
        assertEquals(2, m.section(3).parent());
        assertEquals(Math.hypot(10, 10), m.section(3).length(), 1e-12);
        List<Point3> added = ((SectionGeometry.Trace) m.section(4).geometry()).points();
        assertEquals(new Point3(0, 15, 0, 1), added.get(0));
        assertEquals(Math.hypot(10, 10), m.section(4).length(), 1e-12);
        assertEquals(2, m.tips(SectionType.BASAL));
    }

    /**
     * Import3d's slicing of a 20 × 10 µm rectangular outline: 21 points along its principal (x)
     * axis spanning the outline, 10 µm wide in the interior.
     */
    @Test
    void somaOutlineBecomesAPrincipalAxisStack() throws IOException {
        Section soma = read(CELL).section(0);
        List<Point3> p = ((SectionGeometry.Trace) soma.geometry()).points();
        assertEquals(21, p.size());
        // the resampled points' centroid is not exactly the rectangle's centre (Import3d samples
        // the open outline), which tilts the axis by a few mrad: 0.01 µm and 0.1 µm tolerances
        assertEquals(10, p.get(10).diameter(), 0.01);
        assertEquals(0, p.get(10).y(), 0.1);
        double centreX = (p.get(0).x() + p.get(20).x()) / 2;
        double centreY = (p.get(0).y() + p.get(20).y()) / 2;
        assertEquals(0, centreX, 0.5);
        assertEquals(0, centreY, 0.5);
        assertEquals(20, soma.length(), 0.7);
    }

    @Test
    void unbalancedParenthesesAreReportedWithTheOpeningLine() {
        MorphologyException e = error("(\"CellBody\"\n (CellBody)\n (0 0 0 0)\n");
        assertEquals(EngineMessage.UNBALANCED_PARENTHESES, e.kind());
        assertEquals(1, e.line());
        assertEquals(EngineMessage.UNBALANCED_PARENTHESES, error("(Dendrite))\n").kind());
    }

    @Test
    void zeroDiameterIsReportedWithLine() {
        MorphologyException e = error(CELL.replace("(0 -25 0 1)", "(0 -25 0 0)"));
        assertEquals(EngineMessage.NON_POSITIVE_DIAMETER, e.kind());
        assertEquals(15, e.line());
    }

    @Test
    void unknownBlockWithPointsIsReported() {
        MorphologyException e = error(CELL.replace("(Axon)", "(Spine)"));
        assertEquals(EngineMessage.UNKNOWN_BLOCK, e.kind());
    }

    @Test
    void missingSomaIsReported() {
        assertEquals(EngineMessage.NO_SOMA, error("((Dendrite) (0 0 0 1) (0 9 0 1))").kind());
    }
}
