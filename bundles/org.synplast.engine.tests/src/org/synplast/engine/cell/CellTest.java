package org.synplast.engine.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.synplast.engine.EngineException;
import org.synplast.engine.channel.CaDynamicsE2;
import org.synplast.engine.channel.SKE2;
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Point3;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.morphology.SegmentGeometry;

/** Node layout, NEURON's geometry formulas, d_lambda and mechanism resolution. */
class CellTest {

    private static final double RA = 100;

    /** soma (20 µm, nseg 1), dend on soma(1) (100 µm, nseg 2), apic on soma(0.5) (50 µm, nseg 1). */
    private static Cell ballAndSticks(DistanceOrigin origin, List<Insertion> insertions) {
        Morphology m = new Morphology(List.of(
                Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20)),
                new Section(SectionType.BASAL, 0, 1, SectionGeometry.Cylinder.of(100, 2), 2),
                new Section(SectionType.APICAL, 0, 0.5, SectionGeometry.Cylinder.of(50, 3), 1)));
        return Cell.of(new CellModel(m, new Discretization.Fixed(1), Map.of(SectionType.BASAL, new RegionProperties(2, RA, 50, -85)),
                insertions, 34, -70, -20, origin));
    }

    @Test
    void nodesFollowNeuronsLayoutWithZeroAreaEnds() {
        Cell cell = ballAndSticks(DistanceOrigin.SOMA_CENTER, List.of());
        // 0: soma(0); 1: soma seg; 2: soma(1); 3,4: dend segs; 5: dend(1); 6: apic seg; 7: apic(1)
        assertEquals(8, cell.size());
        int[] parents = new int[8];
        for (int c = 0; c < 8; c++) {
            parents[c] = cell.parent(c);
        }
        assertArrayEquals(new int[] {-1, 0, 1, 2, 3, 4, 1, 6}, parents);
        assertEquals(0, cell.area(0));
        assertEquals(0, cell.area(2));
        assertEquals(Math.PI * 20 * 20, cell.area(1), 1e-9);
        assertEquals(Math.PI * 2 * 50, cell.area(3), 1e-9);
        // axial resistance dend seg 0 to soma(1): half a 50 µm segment of 2 µm: 1e-2·Ra·25/(π·1) MΩ
        assertEquals(1 / (1e-2 * RA * 25 / Math.PI), cell.axialConductance(3), 1e-12);
        assertEquals(1 / (1e-2 * RA * 50 / Math.PI), cell.axialConductance(4), 1e-12);
        assertEquals(1, cell.soma());
        assertEquals(2, cell.cm(3));
        assertEquals(0, cell.cm(2));
        assertEquals(5, cell.compartment(1, 1));
        assertEquals(4, cell.compartment(1, 0.7));
        assertEquals(2, cell.compartment(1, 0));
        assertArrayEquals(new int[] {3, 4}, cell.compartments(Set.of(SectionType.BASAL)));
        assertThrows(EngineException.class, () -> cell.checkCompartment(8));
    }

    @Test
    void pathDistancesFromTheChosenOrigin() {
        Cell centre = ballAndSticks(DistanceOrigin.SOMA_CENTER, List.of());
        assertEquals(0, centre.distance(1));
        assertEquals(10 + 25, centre.distance(3), 1e-12);
        assertEquals(25, centre.distance(6), 1e-12);
        Cell start = ballAndSticks(DistanceOrigin.SOMA_START, List.of());
        assertEquals(10, start.distance(1));
        assertEquals(20 + 75, start.distance(4), 1e-12);
        assertEquals(10 + 25, start.distance(6), 1e-12);
        assertEquals(110, Cell.maxPathDistance(centre.model().morphology(), SectionType.BASAL, DistanceOrigin.SOMA_CENTER), 1e-12);
    }

    /** Later insertions override the parameters they set where they apply; functions see path distance. */
    @Test
    void insertionsResolveInOrderWithDistanceFunctions() {
        Cell cell = ballAndSticks(DistanceOrigin.SOMA_CENTER, List.of(
                Insertion.of(Pas.KIND, Set.of(SectionType.values())).with("g", 1e-4),
                Insertion.of(Pas.KIND, Set.of(SectionType.BASAL)).with("g", d -> 1e-6 * d)));
        MechanismPlacement pas = cell.mechanisms().get(0);
        assertArrayEquals(new int[] {1, 3, 4, 6}, pas.compartments());
        assertArrayEquals(new double[] {1e-4, 35e-6, 85e-6, 1e-4}, pas.values("g"), 1e-18);
        assertArrayEquals(new double[] {-70, -70, -70, -70}, pas.values("e"));
        assertThrows(EngineException.class, () -> Insertion.of(Pas.KIND, Set.of(SectionType.SOMA)).with("gbar", 1));
    }

    /**
     * Placements follow NEURON's registration order whatever the insertion order: pas, hh, then
     * the names in the C-locale order of the mod_func.cpp nrnivmodl 8.2 generated for the exporter's
     * .mod files (CaDynamics_E2, Ca_HVA, ..., NaTs2_t, Nap_Et2, SK_E2, SKv3_1).
     */
    @Test
    void mechanismsAreInRegistrationOrder() {
        Set<SectionType> soma = Set.of(SectionType.SOMA);
        Cell cell = ballAndSticks(DistanceOrigin.SOMA_CENTER, List.of(Insertion.of(SKE2.KIND, soma),
                Insertion.of(CaDynamicsE2.KIND, soma), Insertion.of(Hh.KIND, soma), Insertion.of(Pas.KIND, soma)));
        assertEquals(List.of("pas", "hh", "CaDynamics_E2", "SK_E2"), cell.mechanisms().stream().map(p -> p.kind().name()).toList());
        List<String> registered = List.of("CaDynamics_E2", "Ca_HVA", "Ca_LVAst", "Ih", "Im", "K_Pst", "K_Tst", "NaTa_t", "NaTs2_t",
                "Nap_Et2", "SK_E2", "SKv3_1");
        List<String> sorted = new ArrayList<>(List.of("SKv3_1", "Nap_Et2", "hh", "Im", "SK_E2", "K_Tst", "NaTs2_t", "pas",
                "Ca_LVAst", "NaTa_t", "CaDynamics_E2", "Ih", "K_Pst", "Ca_HVA"));
        sorted.sort(Cell.REGISTRATION_ORDER);
        assertEquals(List.of("pas", "hh"), sorted.subList(0, 2));
        assertEquals(registered, sorted.subList(2, sorted.size()));
    }

    /** λ_100 of a 2 µm cable with Ra 100, cm 1 is 398.9 µm: 500 µm need 2·int((12.53 + 0.9)/2) + 1 = 13 segments. */
    @Test
    void dLambdaRuleMatchesFixnseg() {
        Section cylinder = Section.of(SectionType.BASAL, 0, 1, SectionGeometry.Cylinder.of(500, 2));
        Section traced = Section.of(SectionType.BASAL, 0, 1,
                new SectionGeometry.Trace(List.of(new Point3(0, 0, 0, 2), new Point3(0, 300, 0, 2), new Point3(0, 500, 0, 2))));
        assertEquals(398.942, Discretization.DLambda.lambdaF(cylinder, 100, 1, 100), 1e-3);
        assertEquals(13, Discretization.DLambda.standard().nseg(cylinder, 100, 1));
        assertEquals(13, Discretization.DLambda.standard().nseg(traced, 100, 1));
        assertEquals(25, new Discretization.ChunkLength(40).nseg(cylinder, 100, 1));
    }

    /**
     * A traced frustum (d 4 → 2 over 100 µm) in one segment: areas of the two half frustums
     * (interpolated centre diameter 3 µm) and resistances 4·Ra·h/(π·d1·d2) per half, in closed form.
     */
    @Test
    void frustumGeometryInClosedForm() {
        Section frustum = Section.of(SectionType.BASAL, 0, 1,
                new SectionGeometry.Trace(List.of(new Point3(0, 0, 0, 4), new Point3(0, 100, 0, 2))));
        SegmentGeometry g = SegmentGeometry.of(frustum, 1, RA);
        double slant = Math.sqrt(50 * 50 + 0.25);
        assertEquals(Math.PI * 3.5 * slant + Math.PI * 2.5 * slant, g.area()[0], 1e-9);
        assertEquals(4e-2 * RA * 50 / (Math.PI * 12), g.leftRi()[0], 1e-12);
        assertEquals(4e-2 * RA * 50 / (Math.PI * 6), g.rightRi()[0], 1e-12);
        assertEquals(3, g.diameter()[0], 1e-12);
        // a straight traced cylinder equals the stylised one
        Section straight = Section.of(SectionType.BASAL, 0, 1,
                new SectionGeometry.Trace(List.of(new Point3(0, 0, 0, 2), new Point3(0, 30, 0, 2), new Point3(0, 100, 0, 2))));
        SegmentGeometry a = SegmentGeometry.of(straight, 3, RA);
        SegmentGeometry b = SegmentGeometry.of(Section.of(SectionType.BASAL, 0, 1, SectionGeometry.Cylinder.of(100, 2)), 3, RA);
        assertArrayEquals(b.area(), a.area(), 1e-9);
        assertArrayEquals(b.leftRi(), a.leftRi(), 1e-12);
        assertArrayEquals(b.rightRi(), a.rightRi(), 1e-12);
    }

    /**
     * Reference values from NEURON 8.2.2 for a traced section (3, 2, 1.5, 1 µm at 0, 40, 41 and
     * ~89 µm of arc; nseg 3; Ra 100; attached to soma(0.5)): {@code seg.area()} and {@code seg.ri()}.
     */
    @Test
    void tracedSectionMatchesNeuron() {
        Section traced = Section.of(SectionType.APICAL, 0, 0.5, new SectionGeometry.Trace(List.of(new Point3(0, 0, 0, 3),
                new Point3(0, 40, 0, 2), new Point3(0, 41, 0, 1.5), new Point3(10, 80, 0, 1))));
        SegmentGeometry g = SegmentGeometry.of(traced, 3, RA);
        assertArrayEquals(new double[] {226.49567038335087, 152.0534895040411, 99.411792833582}, g.area(), 1e-9);
        double[] ri = {g.leftRi()[0], g.rightRi()[0] + g.leftRi()[1], g.rightRi()[1] + g.leftRi()[2]};
        assertArrayEquals(new double[] {2.1597896966448378, 6.5668667199002, 19.59971058751048}, ri, 1e-9);
    }
}
