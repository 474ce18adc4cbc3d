package org.synplast.neuron;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.morphology.SectionType;

/**
 * Each shipped cell type ({@link CellType}: e-model on its stand-in morphology) against NEURON:
 * a 3 ms somatic pulse (one AP, back-propagating into the dendrites) followed by a somatic step
 * (firing; at least three spikes in all), recorded at the soma, along the apical dendrite, in a
 * basal dendrite and in the axon. Pulse and step amplitudes are the smallest of fixed lists that give one AP and at
 * least three spikes in the engine. Tolerances as in {@link ChannelDifferentialTest}.
 *
 * <p>The cell types are compared in their own insertion order (calcium pools after SK_E2): the
 * engine advances states in NEURON's registration order whatever the insertion order
 * ({@link Cell#REGISTRATION_ORDER}).
 */
class CellTypeDifferentialTest {

    private static final double DT = 0.025; // [ms]
    private static final double[] PULSES = {1, 2, 3, 4, 6, 8}; // [nA]
    private static final double[] STEPS = {0.2, 0.3, 0.45, 0.7, 1.0, 1.5, 2.2}; // [nA]

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
