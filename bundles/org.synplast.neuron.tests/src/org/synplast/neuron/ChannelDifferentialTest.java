package org.synplast.neuron;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cable.Trace;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.channel.CaDynamicsDc0;
import org.synplast.engine.channel.CaDynamicsE2;
import org.synplast.engine.channel.CaHva;
import org.synplast.engine.channel.CaLvast;
import org.synplast.engine.channel.Ih;
import org.synplast.engine.channel.Im;
import org.synplast.engine.channel.KPst;
import org.synplast.engine.channel.KTst;
import org.synplast.engine.channel.NaT;
import org.synplast.engine.channel.NapEt2;
import org.synplast.engine.channel.SKE2;
import org.synplast.engine.channel.SKv31;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.AscReader;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/**
 * The BBP/Hay channel set against SynPlast's NMODL in NEURON at 34 °C on the same compartments
 * and dt, with a somatic current step (repetitive firing) and a 3 ms somatic pulse whose action
 * potential back-propagates into the dendrites.
 *
 * <p>Cells: (1) a Hay 2011 soma (cells.md §2.1 somatic densities: NaTa_t, Nap_Et2, K_Pst, K_Tst,
 * SKv3_1, SK_E2, Ca_HVA, Ca_LVAst, Ih, CaDynamics_E2); (2) a three-section cell mixing the other
 * generations so that every shipped mechanism runs: a {@code pyr.json} soma (NaTg with the somatic
 * shifts, K_Pst, K_Tst, SKv3_1, SK_E2, Ca_HVA2, Ca_LVAst, Ih, CaDynamics_DC0), a BBP 2015 apical
 * dendrite (NaTs2_t, SKv3_1, Im, Ih) and a {@code pyr.json} basal dendrite (Ca_HVA2, Ca_LVAst,
 * CaDynamics_DC0); (3) the BBP 2015 L5 TTPC e-model ({@link Bbp2015Ttpc}) on the reconstruction
 * {@code ../shared/testdata/morphologies/L5TPC_C060114A5.asc} (CC BY 4.0; skipped when the folder is
 * absent), with a somatic pulse (bAP, recorded along the apical trunk) followed by a step.
 *
 * <p>Order of state updates: NEURON advances mechanism states in registration order (built-ins,
 * then the compiled .mod files in nrnivmodl's C-locale order, so CaDynamics_* before SK_E2, which
 * then reads the updated cai); the engine does the same whatever the insertion order
 * ({@link org.synplast.engine.cell.Cell#REGISTRATION_ORDER}). The Hay soma inserts its pool last,
 * the mixed cell first; both must match.
 *
 * <p>Tolerances: both simulators integrate the same equations with the same scheme (backward
 * Euler cable, cnexp gates, Nernst eca from the pool at the start of each step), so traces agree
 * to rounding until spikes amplify it; the tests require the same spike count, spike times
 * (−20 mV crossings interpolated identically on both traces) within one dt, |ΔV| < 0.1 mV
 * everywhere and [Ca]i within 1 % of its range.
 */
class ChannelDifferentialTest {

    private static final double DT = 0.025; // [ms]
    private static final double THRESHOLD = -20; // [mV]

    @Test
    void haySomaStepMatchesNeuron() {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20))));
        Set<SectionType> soma = Set.of(SectionType.SOMA);
        List<Insertion> insertions = List.of(
                Insertion.of(Pas.KIND, soma).with("g", 3.38e-5).with("e", -90.0),
                Insertion.of(NaT.NATA_T, soma).with("gNaTa_tbar", 2.04),
                Insertion.of(NapEt2.KIND, soma).with("gNap_Et2bar", 0.00172),
                Insertion.of(KPst.KIND, soma).with("gK_Pstbar", 0.00223),
                Insertion.of(KTst.KIND, soma).with("gK_Tstbar", 0.0812),
                Insertion.of(SKv31.KIND, soma).with("gSKv3_1bar", 0.693),
                Insertion.of(SKE2.KIND, soma).with("gSK_E2bar", 0.0441),
                Insertion.of(CaHva.CA_HVA, soma).with("gCa_HVAbar", 0.000992),
                Insertion.of(CaLvast.KIND, soma).with("gCa_LVAstbar", 0.00343),
                Insertion.of(Ih.KIND, soma).with("gIhbar", 0.0002),
                Insertion.of(CaDynamicsE2.KIND, soma).with("gamma", 0.000501).with("decay", 460.0));
        Cell cell = Cell.of(new CellModel(m, new Discretization.Fixed(1), Map.of(SectionType.SOMA, new RegionProperties(1, 100, 50, -85)),
                insertions, 34, -80, THRESHOLD, DistanceOrigin.SOMA_START));
        compare("hay-soma-step", cell, List.of(new CurrentPulse(cell.soma(), 20, 150, 0.3)), new int[] {cell.soma()}, 200, 2);
    }

    @Test
    void mixedCellStepAndBapMatchNeuron() {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20)),
                Section.of(SectionType.APICAL, 0, 1, SectionGeometry.Cylinder.of(400, 3)),
                Section.of(SectionType.BASAL, 0, 0, SectionGeometry.Cylinder.of(150, 1.5))));
        Cell probe = Cell.of(model(m, List.of()));
        Cell cell = Cell.of(model(m, insertions(probe)));
        int[] probes = {cell.soma(), cell.compartment(1, 0.5), cell.compartment(1, 0.95), cell.compartment(2, 0.5)};
        compare("mixed-step", cell, List.of(new CurrentPulse(cell.soma(), 20, 150, 1.0)), probes, 200, 2);
        compare("mixed-bap", cell, List.of(new CurrentPulse(cell.soma(), 20, 3, 1.5)), probes, 80, 1);
    }

    @Test
    void l5TtpcBapAndStepMatchNeuron() {
        Path file = testdata().resolve("morphologies").resolve("L5TPC_C060114A5.asc");
        Cell cell = Cell.of(Bbp2015Ttpc.of(AscReader.read(file)));
        int[] probes = {cell.soma(), nearest(cell, SectionType.APICAL, 300), nearest(cell, SectionType.APICAL, 700),
                nearest(cell, SectionType.BASAL, 150), nearest(cell, SectionType.AXON, 45)};
        List<CurrentPulse> pulses = List.of(new CurrentPulse(cell.soma(), 20, 3, 4.0), new CurrentPulse(cell.soma(), 80, 120, 1.0));
        compare("l5ttpc-bap-step", cell, pulses, probes, 200, 2);
    }

    /** The membrane compartment of a region whose path distance is closest to {@code distance} [µm]. */
    static int nearest(Cell cell, SectionType type, double distance) {
        int best = -1;
        for (int c : cell.compartments(Set.of(type))) {
            if (best < 0 || Math.abs(cell.distance(c) - distance) < Math.abs(cell.distance(best) - distance)) {
                best = c;
            }
        }
        assertTrue(best >= 0, "no " + type + " compartment");
        return best;
    }

    /** ../shared/testdata located from the working directory upwards; the test is skipped when absent. */
    private static Path testdata() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/testdata").normalize();
            if (Files.isDirectory(candidate.resolve("morphologies"))) {
                return candidate;
            }
        }
        assumeTrue(false, "../shared/testdata absent");
        return null;
    }

    private static CellModel model(Morphology m, List<Insertion> insertions) {
        return new CellModel(m, new Discretization.ChunkLength(40),
                Map.of(SectionType.SOMA, new RegionProperties(1, 100, 50, -90), SectionType.APICAL, new RegionProperties(2, 100, 50, -85),
                        SectionType.BASAL, new RegionProperties(2, 100, 50, -90)),
                insertions, 34, -80, THRESHOLD, DistanceOrigin.SOMA_CENTER);
    }

    /** The mixed channel set; CaDynamics_DC0 needs the discretised diameters of a cell with the same morphology. */
    private static List<Insertion> insertions(Cell geometry) {
        Set<SectionType> soma = Set.of(SectionType.SOMA);
        Set<SectionType> apical = Set.of(SectionType.APICAL);
        Set<SectionType> basal = Set.of(SectionType.BASAL);
        Set<SectionType> all = Set.of(SectionType.SOMA, SectionType.APICAL, SectionType.BASAL);
        var dc0 = CaDynamicsDc0.kind(geometry::diameter);
        return List.of(
                Insertion.of(dc0, soma).with("gamma", 0.0221).with("decay", 282.1),
                Insertion.of(dc0, basal).with("gamma", 0.0488),
                Insertion.of(Pas.KIND, all).with("g", 4.7e-5).with("e", -79.6),
                Insertion.of(NaT.NATG, soma).with("gNaTgbar", 0.29).with("vshiftm", 13.0).with("vshifth", 15.0).with("slopem", 7.0),
                Insertion.of(KPst.KIND, soma).with("gK_Pstbar", 0.1),
                Insertion.of(KTst.KIND, soma).with("gK_Tstbar", 0.013),
                Insertion.of(SKv31.KIND, soma).with("gSKv3_1bar", 0.388),
                Insertion.of(SKv31.KIND, apical).with("gSKv3_1bar", 0.004226),
                Insertion.of(SKE2.KIND, soma).with("gSK_E2bar", 0.0202),
                Insertion.of(CaHva.CA_HVA2, Set.of(SectionType.SOMA, SectionType.BASAL)).with("gCa_HVAbar", 0.000835),
                Insertion.of(CaLvast.KIND, Set.of(SectionType.SOMA, SectionType.BASAL)).with("gCa_LVAstbar", 0.000215),
                Insertion.of(Ih.KIND, Set.of(SectionType.SOMA, SectionType.APICAL)).with("gIhbar",
                        d -> 8e-5 * (-0.8696 + 2.087 * Math.exp(0.0031 * d))),
                Insertion.of(NaT.NATS2_T, apical).with("gNaTs2_tbar", 0.026145),
                Insertion.of(Im.KIND, apical).with("gImbar", 0.000143));
    }

    static void compare(String name, Cell cell, List<CurrentPulse> pulses, int[] probes, double tStop, int minSpikes) {
        NeuronFixture.requireNeuron();
        Simulation sim = new Simulation(cell, DT);
        pulses.forEach(sim::add);
        List<Trace> v = new ArrayList<>();
        List<Recording> recordings = new ArrayList<>();
        for (int k = 0; k < probes.length; k++) {
            v.add(sim.record(sim.probe("v", probes[k]), 1));
            recordings.add(new Recording.Membrane("v" + k, probes[k], "v"));
        }
        Trace cai = sim.record(sim.probe("cai", cell.soma()), 1);
        recordings.add(new Recording.Membrane("cai", cell.soma(), "cai"));
        sim.initialize();
        sim.run(tStop);
        NeuronResult neuron = NeuronFixture.run(name, NeuronModel.of(cell, DT, tStop, pulses, recordings));
        double[] t = neuron.times();
        double[] engineSpikes = Traces.crossings(t, v.get(0).values(), THRESHOLD);
        double[] neuronSpikes = Traces.crossings(t, neuron.trace("v0"), THRESHOLD);
        double shift = 0;
        for (int i = 0; i < Math.min(engineSpikes.length, neuronSpikes.length); i++) {
            shift = Math.max(shift, Math.abs(engineSpikes[i] - neuronSpikes[i]));
        }
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "spikes %d/%d max shift %.3g ms%n", engineSpikes.length,
                neuronSpikes.length, shift));
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(engineSpikes.length >= minSpikes, name + ": expected at least " + minSpikes + " spikes, got "
                + engineSpikes.length));
        checks.add(() -> assertEquals(engineSpikes.length, neuronSpikes.length, name + ": spike count"));
        double maxShift = shift;
        checks.add(() -> assertTrue(maxShift <= DT, name + ": spike time shift " + maxShift + " ms"));
        for (int k = 0; k < probes.length; k++) {
            double dv = Traces.maxAbsDifference(v.get(k).values(), neuron.trace("v" + k));
            summary.append(String.format(Locale.ROOT, "probe %d max|dV| %.4g mV%n", k, dv));
            int probe = k;
            checks.add(() -> assertTrue(dv < 0.1, name + ": max |dV| at probe " + probe + " = " + dv + " mV"));
        }
        double[] caiEngine = cai.values();
        double dca = Traces.maxAbsDifference(caiEngine, neuron.trace("cai"));
        double caRange = range(caiEngine);
        summary.append(String.format(Locale.ROOT, "cai max|diff| %.4g mM, range %.4g mM%n", dca, caRange));
        checks.add(() -> assertTrue(dca <= 0.01 * caRange, name + ": somatic cai max |diff| " + dca + " mM, range " + caRange));
        NeuronFixture.writeSummary(name, summary.toString());
        assertAll(checks);
    }

    private static double range(double[] a) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : a) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return hi - lo;
    }
}
