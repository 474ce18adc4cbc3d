package org.synplast.engine.morphology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The stub rules of cells.md §1.3 on a hand-made axon. */
class AxonReplacementTest {

    /** Soma, an axon of 40 µm at 2 µm then 100 µm at 1 µm (two sections), and a dendrite. */
    private static Morphology cell() throws IOException {
        return SwcReader.read(new StringReader("""
                1 1 0 0 0 5 -1
                2 2 0 -5 0 1 1
                3 2 0 -45 0 1 2
                4 2 3 -50 0 0.5 3
                5 2 0 -145 0 0.5 4
                6 2 -3 -50 0 0.5 3
                7 3 0 5 0 1 1
                8 3 0 50 0 1 7
                """), "axon.swc");
    }

    @Test
    void hayStubIsTwoUnitCylindersOnTheSomaCentre() throws IOException {
        Morphology m = AxonReplacement.HAY_2011.apply(cell());
        assertEquals(4, m.size());
        Section a0 = m.section(2);
        assertEquals(0, a0.parent());
        assertEquals(0.5, a0.parentX());
        assertEquals(SectionGeometry.Cylinder.of(30, 1), a0.geometry());
        assertEquals(2, m.section(3).parent());
        assertEquals(1, m.section(3).nseg());
    }

    /** D1 = first axon section's mean diameter (2 µm); D2 = first section with midpoint beyond 60 µm (0.5 µm). */
    @Test
    void bbp2015TakesD1AndD2() throws IOException {
        Morphology m = AxonReplacement.BBP_2015.apply(cell());
        assertEquals(1, m.section(2).parentX());
        assertEquals(2, ((SectionGeometry.Cylinder) m.section(2).geometry()).diameter(0), 1e-12);
        assertEquals(1, ((SectionGeometry.Cylinder) m.section(3).geometry()).diameter(0), 0.6);
    }

    /** 40 µm → nseg 1 + 2·int(40/12) = 7 segments of 2 µm, then 0.5 µm segments of the next section. */
    @Test
    void bbp2017SamplesTenSegmentDiametersAndAddsMyelin() throws IOException {
        Morphology m = AxonReplacement.BBP_2017.apply(cell());
        assertEquals(5, m.size());
        double[] d0 = ((SectionGeometry.Cylinder) m.section(2).geometry()).diameters();
        double[] d1 = ((SectionGeometry.Cylinder) m.section(3).geometry()).diameters();
        assertArrayEquals(new double[] {2, 2, 2, 2, 2}, d0, 1e-12);
        assertEquals(2, d1[0], 1e-12);
        assertEquals(2, d1[1], 1e-12);
        assertEquals(1, d1[2], 0.6);
        Section myelin = m.section(4);
        assertEquals(SectionType.MYELIN, myelin.type());
        assertEquals(1000, myelin.length());
        assertEquals(5, myelin.forcedNseg());
        assertEquals(List.of(-1, 0, 0, 2, 3), m.sections().stream().map(Section::parent).toList());
    }
}
