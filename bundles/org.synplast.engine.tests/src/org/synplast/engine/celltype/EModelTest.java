package org.synplast.engine.celltype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.MechanismPlacement;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionType;

/**
 * The e-models resolve onto compartments as cells.md §1–§4 prescribe: mechanisms per region,
 * distance-dependent densities evaluated at each segment centre with the generation's distance
 * origin, region shifts of NaTg, passive settings, and the nseg rule.
 */
class EModelTest {

    private static MechanismPlacement placement(Cell cell, String name) {
        return cell.mechanisms().stream().filter(p -> p.kind().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not inserted"));
    }

    private static Set<SectionType> regions(Cell cell, String name) {
        Set<SectionType> r = EnumSet.noneOf(SectionType.class);
        for (int c : placement(cell, name).compartments()) {
            r.add(cell.type(c));
        }
        return r;
    }

    @Test
    void generationsAreAsDocumented() {
        assertEquals(Generation.SSCX_2017, CellType.L5_TTPC.emodel().generation());
        assertEquals(Generation.SSCX_2017, CellType.L4_SSC.emodel().generation());
        assertEquals(Generation.SSCX_2017, CellType.L4_PC.emodel().generation());
        assertEquals(Generation.BBP_2015, CellType.L23_PC.emodel().generation());
        assertEquals("cADpyr_L5TPC", CellType.L5_TTPC.emodel().name());
        assertEquals("cADpyr_L4UPC", CellType.L4_SSC.emodel().name());
        assertEquals("cADpyr_L4TPC", CellType.L4_PC.emodel().name());
        assertEquals("cADpyr229", CellType.L23_PC.emodel().name());
    }

    @Test
    void pyrJsonDensitiesPerRegionAndDistance() {
        CellModel model = CellType.L5_TTPC.model();
        assertEquals(DistanceOrigin.SOMA_CENTER, model.distanceOrigin());
        assertEquals(34, model.celsius());
        assertEquals(-80, model.vInit());
        Cell cell = Cell.of(model);
        Set<SectionType> active = EnumSet.of(SectionType.SOMA, SectionType.AXON, SectionType.BASAL, SectionType.APICAL);
        assertEquals(active, regions(cell, "CaDynamics_DC0"));
        assertEquals(active, regions(cell, "Ca_HVA2"));
        assertEquals(active, regions(cell, "Ca_LVAst"));
        assertEquals(EnumSet.of(SectionType.SOMA, SectionType.BASAL, SectionType.APICAL), regions(cell, "Ih"));
        assertEquals(EnumSet.allOf(SectionType.class), regions(cell, "pas"));
        assertEquals(EnumSet.of(SectionType.SOMA, SectionType.AXON, SectionType.APICAL), regions(cell, "NaTg"));
        assertEquals(EnumSet.of(SectionType.AXON), regions(cell, "Nap_Et2"));
        assertFalse(cell.mechanisms().stream().anyMatch(p -> p.kind().name().equals("Im")), "no Im in pyr.json");

        MechanismPlacement natg = placement(cell, "NaTg");
        int[] c = natg.compartments();
        double[] g = natg.values("gNaTgbar");
        double[] vshiftm = natg.values("vshiftm");
        double[] vshifth = natg.values("vshifth");
        double[] slopem = natg.values("slopem");
        for (int k = 0; k < c.length; k++) {
            double d = cell.distance(c[k]);
            switch (cell.type(c[k])) {
                case APICAL -> {
                    assertEquals(0.08101362039201686 * Math.exp(-0.00453252486076784 * d), g[k], 1e-15);
                    assertEquals(6, vshiftm[k]);
                    assertEquals(6, vshifth[k]);
                    assertEquals(6, slopem[k]);
                }
                case SOMA -> {
                    assertEquals(0.2899245643722548, g[k]);
                    assertEquals(13, vshiftm[k]);
                    assertEquals(15, vshifth[k]);
                    assertEquals(7, slopem[k]);
                }
                case AXON -> {
                    assertEquals(0.3355610218136665, g[k]);
                    assertEquals(0, vshiftm[k]);
                    assertEquals(10, vshifth[k]);
                    assertEquals(9, slopem[k]);
                }
                default -> throw new AssertionError(cell.type(c[k]));
            }
        }
        MechanismPlacement ih = placement(cell, "Ih");
        double[] gih = ih.values("gIhbar");
        int[] ic = ih.compartments();
        for (int k = 0; k < ic.length; k++) {
            double expected = 2.61134874202907e-05 * (-0.8696 + 2.087 * Math.exp(0.0031 * cell.distance(ic[k])));
            assertEquals(expected, gih[k], 1e-18);
        }
        assertEquals(0, cell.distance(cell.soma()), 1e-12, "distance origin at the soma centre");
        MechanismPlacement pool = placement(cell, "CaDynamics_DC0");
        double[] decay = pool.values("decay");
        int[] pc = pool.compartments();
        for (int k = 0; k < pc.length; k++) {
            double expected = switch (cell.type(pc[k])) {
                case SOMA -> 282.09663415587323;
                case AXON -> 285.46128321068517;
                default -> 70;
            };
            assertEquals(expected, decay[k], 0, "DC0 decay in " + cell.type(pc[k]));
        }
    }

    @Test
    void passiveSettingsAndDiscretisation() {
        for (CellType t : CellType.values()) {
            CellModel model = t.model();
            Cell cell = Cell.of(model);
            for (int s = 0; s < model.morphology().size(); s++) {
                Section sec = model.morphology().section(s);
                int expected = sec.forcedNseg() > 0 ? sec.forcedNseg() : 1 + 2 * (int) (sec.length() / 40);
                assertEquals(expected, cell.nseg(s), t + " nseg of section " + s);
                double cm = switch (sec.type()) {
                    case BASAL, APICAL -> 2;
                    case MYELIN -> 0.02;
                    default -> 1;
                };
                assertEquals(cm, model.properties(sec.type()).cm(), t + " cm in " + sec.type());
                assertEquals(100, model.properties(sec.type()).ra(), t + " Ra");
            }
            double ek = t.emodel().generation() == Generation.SSCX_2017 ? -90 : -85;
            for (SectionType r : new SectionType[] {SectionType.SOMA, SectionType.AXON, SectionType.APICAL}) {
                assertEquals(ek, model.properties(r).ek(), t + " ek");
                assertEquals(50, model.properties(r).ena(), t + " ena");
            }
        }
    }

    @Test
    void bbp2015HasNoDendriticCalciumAndMeasuresDistanceFromSomaStart() {
        CellModel model = CellType.L23_PC.model();
        assertEquals(DistanceOrigin.SOMA_START, model.distanceOrigin());
        assertEquals(-65, model.vInit());
        Cell cell = Cell.of(model);
        assertEquals(EnumSet.of(SectionType.SOMA, SectionType.AXON), regions(cell, "CaDynamics_E2"));
        assertEquals(EnumSet.of(SectionType.SOMA, SectionType.AXON), regions(cell, "Ca_HVA"));
        assertEquals(EnumSet.of(SectionType.APICAL), regions(cell, "Im"));
        assertEquals(EnumSet.of(SectionType.SOMA, SectionType.APICAL), regions(cell, "NaTs2_t"));
        assertEquals(EnumSet.of(SectionType.AXON), regions(cell, "NaTa_t"));
        assertEquals(0.5 * model.morphology().section(0).length(), cell.distance(cell.soma()), 1e-12);
        MechanismPlacement ih = placement(cell, "Ih");
        double[] g = ih.values("gIhbar");
        int[] c = ih.compartments();
        for (int k = 0; k < c.length; k++) {
            double expected = cell.type(c[k]) == SectionType.APICAL
                    ? 8e-5 * (-0.8696 + 2.087 * Math.exp(0.0031 * cell.distance(c[k])))
                    : 8e-5;
            assertEquals(expected, g[k], 1e-18, "Ih in " + cell.type(c[k]));
        }
        assertTrue(c.length > 0);
    }
}
