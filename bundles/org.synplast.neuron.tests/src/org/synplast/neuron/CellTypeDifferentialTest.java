package org.synplast.neuron;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cable.Trace;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.celltype.Generation;
import org.synplast.engine.morphology.SectionType;

/**
 * Each shipped cell type ({@link CellType}: e-model on its stand-in morphology) against NEURON:
 * a 3 ms somatic pulse (one AP, back-propagating into the dendrites) followed by a somatic step
 * (firing; at least three spikes in all), recorded at the soma, along the apical dendrite, in a
 * basal dendrite and in the axon. Pulse and step amplitudes are the smallest of fixed lists that give one AP and at
 * least three spikes in the engine. Tolerances as in {@link ChannelDifferentialTest}.
 *
 * <p>The bAP-evoked [Ca]i rises that cells.md §2.5 gives targets for (soma, AIS = axon[0](0.5),
 * apical and basal dendrite at 50 µm) are compared separately for the {@code pyr.json} cell types,
 * the only ones with dendritic calcium ({@link #bapCalciumMatchesNeuron}).
 *
 * <p>The cell types are compared in their own insertion order (calcium pools after SK_E2): the
 * engine advances states in NEURON's registration order whatever the insertion order
 * ({@link Cell#REGISTRATION_ORDER}).
 */
class CellTypeDifferentialTest {

    private static final double DT = 0.025; // [ms]
    private static final double[] PULSES = {1, 2, 3, 4, 6, 8}; // [nA]
    private static final double[] STEPS = {0.2, 0.3, 0.45, 0.7, 1.0, 1.5, 2.2}; // [nA]

    /** Onset of the bAP pulse [ms]: as the engine's cell-type behaviour protocol, after the dendrites settle. */
    private static final double BAP_ONSET = 60;
    /** Recording after the pulse [ms]: the [Ca]i peaks lie within it (DC0 decays with 70–300 ms). */
    private static final double CA_WINDOW = 60;
    /** Sites of cells.md §2.5's [Ca]i targets: the path distance of the dendritic ones [µm]. */
    private static final double CA_SITE = 50;

    @Test
    void l5TtpcMatchesNeuron() {
        compare(CellType.L5_TTPC);
    }

    @Test
    void l23PcMatchesNeuron() {
        compare(CellType.L23_PC);
    }

    @Test
    void l4SscMatchesNeuron() {
        compare(CellType.L4_SSC);
    }

    @Test
    void l4PcMatchesNeuron() {
        compare(CellType.L4_PC);
    }

    /**
     * bAP-evoked [Ca]i at the sites of cells.md §2.5 (soma, AIS, apical and basal dendrite at 50 µm)
     * in the engine and in NEURON on the exported {@code pyr.json} cell type, from its resting
     * potential (2 s settled by the engine, then used as v_init of both): a 4 ms somatic pulse of the
     * smallest listed amplitude that fires. Both simulators integrate the same scheme, so each
     * site's [Ca]i trace must agree within 1 % of its range (the tolerance of
     * {@link ChannelDifferentialTest}), and so must the peak rise above the pre-stimulus baseline
     * that the engine's behaviour tests compare with the targets.
     */
    @Test
    void bapCalciumMatchesNeuron() {
        NeuronFixture.requireNeuron();
        List<Executable> checks = new ArrayList<>();
        for (CellType type : CellType.values()) {
            if (type.emodel().generation() == Generation.SSCX_2017) {
                checks.addAll(bapCalcium(type));
            }
        }
        assertAll(checks);
    }

    private static List<Executable> bapCalcium(CellType type) {
        Cell rest = Cell.of(type.model());
        Simulation settle = new Simulation(rest, 5);
        settle.initialize();
        settle.run(2000);
        Cell cell = Cell.of(type.model().withVInit(settle.voltage(rest.soma())));
        double pulse = smallest(cell, PULSES, 4, 1);
        List<CurrentPulse> pulses = List.of(new CurrentPulse(cell.soma(), BAP_ONSET, 4, pulse));
        List<Integer> sites = new ArrayList<>(List.of(cell.soma(), cell.compartment(firstAxon(cell), 0.5),
                ChannelDifferentialTest.nearest(cell, SectionType.BASAL, CA_SITE)));
        if (cell.compartments(Set.of(SectionType.APICAL)).length > 0) {
            sites.add(ChannelDifferentialTest.nearest(cell, SectionType.APICAL, CA_SITE));
        }
        Simulation sim = new Simulation(cell, DT);
        pulses.forEach(sim::add);
        List<Trace> engine = new ArrayList<>();
        List<Recording> recordings = new ArrayList<>();
        for (int k = 0; k < sites.size(); k++) {
            engine.add(sim.record(sim.probe("cai", sites.get(k)), 1));
            recordings.add(new Recording.Membrane("cai" + k, sites.get(k), "cai"));
        }
        double tStop = BAP_ONSET + CA_WINDOW;
        sim.initialize();
        sim.run(tStop);
        String name = "bap-calcium-" + type.name();
        NeuronResult neuron = NeuronFixture.run(name, NeuronModel.of(cell, DT, tStop, pulses, recordings));
        int base = (int) Math.round((BAP_ONSET - 1) / DT);
        StringBuilder summary = new StringBuilder();
        List<Executable> checks = new ArrayList<>();
        for (int k = 0; k < sites.size(); k++) {
            double[] e = engine.get(k).values();
            double[] n = neuron.trace("cai" + k);
            double riseEngine = Arrays.stream(e, base, e.length).max().orElseThrow() - e[base];
            double riseNeuron = Arrays.stream(n, base, n.length).max().orElseThrow() - n[base];
            double diff = Traces.maxAbsDifference(e, n);
            int c = sites.get(k);
            String what = String.format(Locale.ROOT, "%s %s at %.1f µm (diam %.2f µm)", type, cell.type(c), cell.distance(c),
                    cell.diameter(c));
            summary.append(String.format(Locale.ROOT, "%s: [Ca]i rise engine %.6g mM, NEURON %.6g mM, max|diff| %.3g mM%n",
                    what, riseEngine, riseNeuron, diff));
            checks.add(() -> assertTrue(riseEngine > 0, what + ": no [Ca]i rise"));
            checks.add(() -> assertTrue(diff <= 0.01 * riseEngine,
                    what + ": [Ca]i max |diff| " + diff + " mM, rise " + riseEngine));
            checks.add(() -> assertTrue(Math.abs(riseEngine - riseNeuron) <= 0.01 * riseEngine, what + ": [Ca]i rise engine "
                    + riseEngine + " mM, NEURON " + riseNeuron + " mM"));
        }
        NeuronFixture.writeSummary(name, summary.toString());
        return checks;
    }

    private static int firstAxon(Cell cell) {
        for (int s = 0; s < cell.model().morphology().size(); s++) {
            if (cell.model().morphology().section(s).type() == SectionType.AXON) {
                return s;
            }
        }
        throw new AssertionError("no axon section");
    }

    private static void compare(CellType type) {
        NeuronFixture.requireNeuron();
        Cell cell = Cell.of(type.model());
        double pulse = smallest(cell, PULSES, 3, 1);
        double step = smallest(cell, STEPS, 200, 3);
        List<CurrentPulse> pulses = List.of(new CurrentPulse(cell.soma(), 20, 3, pulse), new CurrentPulse(cell.soma(), 100, 200, step));
        List<Integer> probes = new ArrayList<>(List.of(cell.soma(), ChannelDifferentialTest.nearest(cell, SectionType.BASAL, 100),
                ChannelDifferentialTest.nearest(cell, SectionType.AXON, 40)));
        if (cell.compartments(java.util.Set.of(SectionType.APICAL)).length > 0) {
            probes.add(ChannelDifferentialTest.nearest(cell, SectionType.APICAL, 200));
            probes.add(ChannelDifferentialTest.nearest(cell, SectionType.APICAL, 500));
        }
        ChannelDifferentialTest.compare("celltype-" + type.name(), cell, pulses, probes.stream().mapToInt(Integer::intValue).toArray(),
                320, 3);
    }

    /** The smallest amplitude of the list whose pulse of that duration gives at least {@code spikes} spikes in the engine. */
    private static double smallest(Cell cell, double[] amplitudes, double duration, int spikes) {
        for (double a : amplitudes) {
            Simulation sim = new Simulation(cell, DT);
            sim.add(new CurrentPulse(cell.soma(), 10, duration, a));
            sim.initialize();
            sim.run(10 + duration + 15);
            if (sim.spikeTimes().length >= spikes) {
                return a;
            }
        }
        fail("no amplitude in the list gives " + spikes + " spikes");
        return Double.NaN;
    }
}
