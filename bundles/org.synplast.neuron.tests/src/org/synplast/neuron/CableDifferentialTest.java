package org.synplast.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cable.Trace;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.Discretization;
import org.synplast.engine.cell.DistanceOrigin;
import org.synplast.engine.cell.Insertion;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;

/**
 * Differential tests against NEURON 8.2 on the same compartments and dt: a passive cable, an
 * {@code hh} soma and a ball-and-stick with an {@code hh} soma, each driven by a current step.
 *
 * <p>Tolerances. Both simulators run the same algorithm (backward Euler with the Hines solver,
 * cnexp gates from NEURON's hh rate tables, currents at t + dt/2) on identical compartments, so
 * they differ only by floating-point rounding (different summation order), about 1e-12 relative
 * per step. For the linear passive cable the difference cannot grow: |ΔV| < 1e-6 mV. With
 * spikes, rounding is amplified near threshold, so the active tests assert what the model
 * comparison needs: the same number of spikes, spike times (threshold crossings at −20 mV,
 * interpolated identically on both traces) within one dt, and |ΔV| < 0.1 mV overall, which also
 * bounds the subthreshold difference.
 */
class CableDifferentialTest {

    private static final double DT = 0.025; // [ms]
    private static final double SPIKE_THRESHOLD = -20; // [mV]

    @Test
    void passiveCableMatchesNeuron() {
        Cell cell = passiveCable(-65);
        int inject = cell.compartment(0, 0.01);
        int[] probes = {inject, cell.compartment(0, 0.5), cell.compartment(0, 0.99)};
        List<CurrentPulse> pulses = List.of(new CurrentPulse(inject, 5, 50, 0.1));
        Comparison c = compare("passive-cable", cell, pulses, probes, 80);
        StringBuilder summary = new StringBuilder();
        for (int k = 0; k < probes.length; k++) {
            summary.append("probe ").append(k).append(" max|dV| ").append(Traces.maxAbsDifference(c.engine.get(k), c.neuron.get(k)))
                    .append(" mV\n");
        }
        NeuronFixture.writeSummary("passive-cable", summary.toString());
        for (int k = 0; k < probes.length; k++) {
            double dv = Traces.maxAbsDifference(c.engine.get(k), c.neuron.get(k));
            assertTrue(dv < 1e-6, "passive cable max |dV| at probe " + k + " = " + dv + " mV");
        }
        double depolarisation = c.engine.get(0)[(int) Math.round(55 / DT)] + 65;
        assertTrue(depolarisation > 5, "the step must depolarise the cable, got " + depolarisation + " mV");
    }

    /**
     * A run that starts from the settled cell (the pair exports' start): the passive cable from
     * v_init −65 mV towards e_pas −75 mV (τ = 10 ms) stepped for 30 ms before t = 0, then a step.
     * The engine settles by fixed steps and restarts its clock at zero
     * ({@link Simulation.Snapshot#rewound()}); NEURON's driver settles at negative time
     * ({@code settle_ms}). The cable is linear: |ΔV| < 1e-6 mV as for the plain start, and the
     * start is 9.5 mV below v_init.
     */
    @Test
    void settledStartMatchesNeuron() {
        Cell cell = passiveCable(-75);
        int inject = cell.compartment(0, 0.01);
        List<CurrentPulse> pulses = List.of(new CurrentPulse(inject, 5, 20, 0.1));
        double settleMs = 30;
        Simulation settling = new Simulation(cell, DT);
        settling.initialize();
        settling.run(settleMs);
        Simulation.Snapshot rest = settling.save().rewound();
        Simulation sim = new Simulation(cell, DT);
        pulses.forEach(sim::add);
        sim.initialize();
        sim.restore(rest);
        Trace engine = sim.record(sim.probe("v", inject), 1);
        sim.run(40);
        NeuronResult neuron = NeuronFixture.run("settled-start", new NeuronModel(cell, DT, 40, pulses, List.of(),
                List.of(new Recording.Membrane("v0", inject, "v")), 1, 1, settleMs));
        double dv = Traces.maxAbsDifference(engine.values(), neuron.trace("v0"));
        NeuronFixture.writeSummary("settled-start", "max|dV| " + dv + " mV\n");
        assertTrue(dv < 1e-6, "settled start max |dV| = " + dv + " mV");
        assertTrue(engine.values()[0] < -70.9, "the start must be the settled cable, got " + engine.values()[0] + " mV");
    }

    /** A 1 mm, 2 µm passive cable in 51 compartments, v_init −65 mV, τ = 10 ms, resting at {@code ePas} [mV]. */
    private static Cell passiveCable(double ePas) {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(1000, 2))));
        CellModel model = new CellModel(m, new Discretization.Fixed(51), Map.of(SectionType.SOMA, new RegionProperties(1, 100, 50, -77)),
                List.of(Insertion.of(Pas.KIND, Set.of(SectionType.SOMA)).with("g", 1e-4).with("e", ePas)), 6.3, -65, -20,
                DistanceOrigin.SOMA_START);
        return Cell.of(model);
    }

    @Test
    void hhSomaMatchesNeuron() {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20))));
        CellModel model = new CellModel(m, new Discretization.Fixed(1), Map.of(), List.of(Insertion.of(Hh.KIND, Set.of(SectionType.SOMA))),
                6.3, -65, SPIKE_THRESHOLD, DistanceOrigin.SOMA_CENTER);
        Cell cell = Cell.of(model);
        List<CurrentPulse> pulses = List.of(new CurrentPulse(cell.soma(), 5, 60, 0.15));
        assertSpikingMatches("hh-soma", cell, pulses, new int[] {cell.soma()});
    }

    @Test
    void ballAndStickMatchesNeuron() {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20)),
                Section.of(SectionType.BASAL, 0, 1, SectionGeometry.Cylinder.of(500, 2))));
        CellModel model = new CellModel(m, Discretization.DLambda.standard(),
                Map.of(SectionType.SOMA, new RegionProperties(1, 100, 50, -77), SectionType.BASAL, new RegionProperties(1, 100, 50, -77)),
                List.of(Insertion.of(Hh.KIND, Set.of(SectionType.SOMA)),
                        Insertion.of(Pas.KIND, Set.of(SectionType.BASAL)).with("g", 1e-4).with("e", -65.0)),
                6.3, -65, SPIKE_THRESHOLD, DistanceOrigin.SOMA_CENTER);
        Cell cell = Cell.of(model);
        assertTrue(cell.nseg(1) > 1, "the dendrite must have several segments");
        List<CurrentPulse> pulses = List.of(new CurrentPulse(cell.soma(), 5, 60, 0.4));
        Comparison c = assertSpikingMatches("ball-and-stick", cell, pulses, new int[] {cell.soma(), cell.compartment(1, 0.9)});
        double dvDend = Traces.maxAbsDifference(c.engine.get(1), c.neuron.get(1));
        assertTrue(dvDend < 0.1, "dendrite max |dV| = " + dvDend + " mV");
    }

    private static Comparison assertSpikingMatches(String name, Cell cell, List<CurrentPulse> pulses, int[] probes) {
        Comparison c = compare(name, cell, pulses, probes, 80);
        double[] engineSpikes = Traces.crossings(c.times, c.engine.get(0), SPIKE_THRESHOLD);
        double[] neuronSpikes = Traces.crossings(c.times, c.neuron.get(0), SPIKE_THRESHOLD);
        assertTrue(engineSpikes.length >= 2, name + ": expected repetitive firing, got " + engineSpikes.length + " spikes");
        double dv = Traces.maxAbsDifference(c.engine.get(0), c.neuron.get(0));
        StringBuilder summary = new StringBuilder();
        summary.append("spikes ").append(engineSpikes.length).append('/').append(neuronSpikes.length).append('\n');
        for (int k = 0; k < probes.length; k++) {
            summary.append("probe ").append(k).append(" max|dV| ").append(Traces.maxAbsDifference(c.engine.get(k), c.neuron.get(k)))
                    .append(" mV\n");
        }
        for (int i = 0; i < Math.min(engineSpikes.length, neuronSpikes.length); i++) {
            summary.append("spike ").append(i).append(" engine ").append(engineSpikes[i]).append(" NEURON ").append(neuronSpikes[i])
                    .append('\n');
        }
        NeuronFixture.writeSummary(name, summary.toString());
        assertEquals(neuronSpikes.length, engineSpikes.length, name + ": spike count");
        assertArrayEquals(neuronSpikes, engineSpikes, DT, name + ": spike times");
        assertTrue(dv < 0.1, name + ": somatic max |dV| = " + dv + " mV");
        return c;
    }

    private static Comparison compare(String name, Cell cell, List<CurrentPulse> pulses, int[] probes, double tStop) {
        Simulation sim = new Simulation(cell, DT);
        pulses.forEach(sim::add);
        List<Trace> traces = new ArrayList<>();
        List<Recording> recordings = new ArrayList<>();
        for (int k = 0; k < probes.length; k++) {
            traces.add(sim.record(sim.probe("v", probes[k]), 1));
            recordings.add(new Recording.Membrane("v" + k, probes[k], "v"));
        }
        sim.initialize();
        sim.run(tStop);
        NeuronResult result = NeuronFixture.run(name, NeuronModel.of(cell, DT, tStop, pulses, recordings));
        List<double[]> engine = new ArrayList<>();
        List<double[]> neuron = new ArrayList<>();
        for (int k = 0; k < probes.length; k++) {
            engine.add(traces.get(k).values());
            neuron.add(result.trace("v" + k));
        }
        return new Comparison(traces.get(0).times(), engine, neuron);
    }

    private record Comparison(double[] times, List<double[]> engine, List<double[]> neuron) {
    }
}
