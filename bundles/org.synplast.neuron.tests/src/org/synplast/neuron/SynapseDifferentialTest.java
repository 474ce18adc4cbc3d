package org.synplast.neuron;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleSupplier;

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
import org.synplast.engine.mechanism.Hh;
import org.synplast.engine.mechanism.Pas;
import org.synplast.engine.morphology.Morphology;
import org.synplast.engine.morphology.Section;
import org.synplast.engine.morphology.SectionGeometry;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.random.RandomStreams;
import org.synplast.engine.random.StreamPurpose;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.GluSynapse;
import org.synplast.engine.synapse.Switches;
import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.engine.synapse.Thresholds;

/**
 * The GluSynapse against SynPlast's NMODL transcription in NEURON, with deterministic release
 * (full release of all Nrrp sites on every presynaptic spike): 10 pre/post pairings at 5 Hz with
 * Δt = +10 ms and −10 ms, at [Ca²⁺]o 2.0 and 1.2 mM, on an {@code hh} soma and on a
 * ball-and-stick (synapse mid-dendrite). The cells run at 6.3 °C, where {@code hh} fires
 * all-or-none spikes (it is in heat block at 34 °C); the synapse's own temperature (Nernst
 * potential) is 34 °C. θd and θp are set to 30 % and 50 % of the peak c* of the same protocol
 * without plasticity, so both drives of ρ switch on and off during the protocol.
 *
 * <p>Tolerances. The two implementations share the equations but not the integration scheme:
 * the engine's is 2nd order (calcium influx at the step midpoint, ρ by RK4 between located
 * threshold crossings), the NMODL one 1st order (influx of the updated gates held over the step,
 * ρ by forward Euler with drives weighted by the fraction of the step above threshold). At
 * dt = 0.025 ms the 1st-order error of the spine calcium, whose fastest input (NMDA rise, 0.29 ms)
 * spans about 12 steps, is below 1 % of its range (measured ≤ 0.8 %; c* ≤ 0.3 %, ρ ≤ 0.0022).
 * The tests allow 2 % of each trace's range for [Ca]i and c*, 0.01 for ρ, 0.1 % of the range of
 * U_SE and gmax_AMPA (which follow ρ with τ_exp = 100 s), 0.01 mV for the voltages (the calcium
 * differences reach the membrane only through the small VDCC current; measured ≤ 2e-4 mV) and one
 * dt for the postsynaptic spike times, and require the same final ρ state (ρ ≥ ρ* or not).
 */
class SynapseDifferentialTest {

    private static final double DT = 0.025; // [ms]
    private static final int PAIRINGS = 10;
    private static final double PERIOD = 200; // [ms]
    private static final double FIRST_PRE = 20; // [ms]
    private static final double PULSE_DURATION = 2; // [ms]
    private static final double PULSE_AMPLITUDE = 2.0; // [nA]
    private static final double T_STOP = FIRST_PRE + PAIRINGS * PERIOD + 300; // [ms]
    private static final double AP_THRESHOLD = -30; // [mV]

    @Test
    void hhSomaPlusTenAt2mM() {
        compare(hhSoma(), false, 10, 2.0, "hh-soma-p10-ca2.0");
    }

    @Test
    void hhSomaMinusTenAt2mM() {
        compare(hhSoma(), false, -10, 2.0, "hh-soma-m10-ca2.0");
    }

    @Test
    void hhSomaPlusTenAt1p2mM() {
        compare(hhSoma(), false, 10, 1.2, "hh-soma-p10-ca1.2");
    }

    @Test
    void hhSomaMinusTenAt1p2mM() {
        compare(hhSoma(), false, -10, 1.2, "hh-soma-m10-ca1.2");
    }

    @Test
    void ballAndStickPlusTenAt2mM() {
        compare(ballAndStick(), true, 10, 2.0, "bas-p10-ca2.0");
    }

    @Test
    void ballAndStickMinusTenAt2mM() {
        compare(ballAndStick(), true, -10, 2.0, "bas-m10-ca2.0");
    }

    @Test
    void ballAndStickPlusTenAt1p2mM() {
        compare(ballAndStick(), true, 10, 1.2, "bas-p10-ca1.2");
    }

    @Test
    void ballAndStickMinusTenAt1p2mM() {
        compare(ballAndStick(), true, -10, 1.2, "bas-m10-ca1.2");
    }

    private static Cell hhSoma() {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20))));
        return Cell.of(new CellModel(m, new Discretization.Fixed(1), Map.of(), List.of(Insertion.of(Hh.KIND, Set.of(SectionType.SOMA))),
                6.3, -65, AP_THRESHOLD, DistanceOrigin.SOMA_CENTER));
    }

    private static Cell ballAndStick() {
        Morphology m = new Morphology(List.of(Section.of(SectionType.SOMA, -1, 0, SectionGeometry.Cylinder.of(20, 20)),
                Section.of(SectionType.BASAL, 0, 1, SectionGeometry.Cylinder.of(300, 2))));
        RegionProperties p = new RegionProperties(1, 100, 50, -77);
        return Cell.of(new CellModel(m, Discretization.DLambda.standard(), Map.of(SectionType.SOMA, p, SectionType.BASAL, p),
                List.of(Insertion.of(Hh.KIND, Set.of(SectionType.SOMA)),
                        Insertion.of(Pas.KIND, Set.of(SectionType.BASAL)).with("g", 1e-4).with("e", -65.0)),
                6.3, -65, AP_THRESHOLD, DistanceOrigin.SOMA_CENTER));
    }

    private static void compare(Cell cell, boolean onDendrite, double deltaT, double caO, String name) {
        NeuronFixture.requireNeuron();
        int site = onDendrite ? cell.compartment(1, 0.5) : cell.soma();
        SynapseModel model = SynapseModel.chindemi2022(new Conditions(caO, 1.0, 34.0), new Switches(false, false, false, false, true));
        SynapseParameters parameters = SynapseParameters.of(0.5, 300, 20, 3, 0.5, 0.275, 1.7, 0.1, 0);
        double latency = apLatency(cell);
        double[] pre = new double[PAIRINGS];
        List<CurrentPulse> pulses = new ArrayList<>();
        for (int k = 0; k < PAIRINGS; k++) {
            pre[k] = FIRST_PRE + k * PERIOD;
            pulses.add(new CurrentPulse(cell.soma(), pre[k] + deltaT - latency, PULSE_DURATION, PULSE_AMPLITUDE));
        }
        double peak = max(run(cell, site, model, parameters, Thresholds.NONE, pre, pulses).get(Quantity.EFFCAI.ordinal()));
        Thresholds thresholds = new Thresholds(0.3 * peak, 0.5 * peak);
        List<double[]> engine = run(cell, site, model, parameters, thresholds, pre, pulses);

        ExportedSynapse exported = new ExportedSynapse("syn", site, model, parameters, thresholds, pre);
        List<Recording> recordings = new ArrayList<>();
        recordings.add(new Recording.Membrane("v_soma", cell.soma(), "v"));
        recordings.add(new Recording.Membrane("v_site", site, "v"));
        for (Quantity q : Quantity.values()) {
            if (q.variable != null) {
                recordings.add(new Recording.Synapse(q.name(), "syn", q.variable));
            }
        }
        NeuronResult neuron = NeuronFixture.run(name, new NeuronModel(cell, DT, T_STOP, pulses, List.of(exported), recordings, 1, 1));
        double[] t = neuron.times();
        double[] vEngine = engine.get(Quantity.V_SOMA.ordinal());
        double[] vNeuron = neuron.trace("v_soma");
        double[] spikesEngine = Traces.crossings(t, vEngine, AP_THRESHOLD);
        double[] spikesNeuron = Traces.crossings(t, vNeuron, AP_THRESHOLD);
        double rhoEngine = last(engine.get(Quantity.RHO.ordinal()));
        double rhoNeuron = last(neuron.trace("RHO"));
        List<Executable> checks = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        summary.append(String.format(java.util.Locale.ROOT, "spikes %d/%d max shift %.3g ms; final rho engine %.6f NEURON %.6f%n",
                spikesEngine.length, spikesNeuron.length, maxSpikeShift(spikesEngine, spikesNeuron), rhoEngine, rhoNeuron));
        checks.add(() -> assertEquals(PAIRINGS, spikesEngine.length, name + ": one postsynaptic AP per pairing"));
        checks.add(() -> assertEquals(spikesEngine.length, spikesNeuron.length, name + ": spike count"));
        checks.add(() -> assertTrue(maxSpikeShift(spikesEngine, spikesNeuron) <= DT,
                name + ": spike time shift " + maxSpikeShift(spikesEngine, spikesNeuron) + " ms"));
        checks.add(() -> assertEquals(rhoEngine >= 0.5, rhoNeuron >= 0.5, name + ": final rho state, engine " + rhoEngine
                + ", NEURON " + rhoNeuron));
        checks.add(() -> assertTrue(range(engine.get(Quantity.RHO.ordinal())) > 0.05, name + ": rho must move"));
        for (Quantity q : Quantity.values()) {
            double[] e = engine.get(q.ordinal());
            double[] n = q == Quantity.V_SOMA ? vNeuron : neuron.trace(q.variable == null ? "v_site" : q.name());
            double diff = Traces.maxAbsDifference(e, n);
            double allowed = q.tolerance(range(e));
            summary.append(String.format(java.util.Locale.ROOT, "%s max|diff| %.4g range %.4g allowed %.4g%n", q, diff, range(e), allowed));
            checks.add(() -> assertTrue(diff <= allowed, name + ": " + q + " max |engine - NEURON| = " + diff + " > " + allowed
                    + " (range " + range(e) + ")"));
        }
        NeuronFixture.writeSummary(name, summary.toString());
        assertAll(checks);
    }

    /** Time from pulse onset to the somatic AP crossing, from the engine. */
    private static double apLatency(Cell cell) {
        Simulation sim = new Simulation(cell, DT);
        sim.add(new CurrentPulse(cell.soma(), 10, PULSE_DURATION, PULSE_AMPLITUDE));
        sim.initialize();
        sim.run(40);
        double[] spikes = sim.spikeTimes();
        assertEquals(1, spikes.length, "the post pulse must give exactly one AP");
        return spikes[0] - 10;
    }

    private static List<double[]> run(Cell cell, int site, SynapseModel model, SynapseParameters parameters, Thresholds thresholds,
            double[] pre, List<CurrentPulse> pulses) {
        Simulation sim = new Simulation(cell, DT);
        GluSynapse syn = new GluSynapse(site, model, parameters, thresholds,
                new RandomStreams(1).synapseStream(StreamPurpose.RELEASE, 0, 0));
        sim.add(syn);
        pulses.forEach(sim::add);
        List<Trace> traces = new ArrayList<>();
        for (Quantity q : Quantity.values()) {
            DoubleSupplier source = switch (q) {
                case V_SOMA -> sim.probe("v", cell.soma());
                case V_SITE -> sim.probe("v", site);
                case CALCIUM -> syn::calcium;
                case EFFCAI -> syn::effectiveCalcium;
                case RHO -> syn::rho;
                case USE -> syn::releaseProbability;
                case GMAX_AMPA -> syn::gmaxAmpa;
            };
            traces.add(sim.record(source, 1));
        }
        sim.initialize();
        for (double t : pre) {
            sim.schedule(t, syn);
        }
        sim.run(T_STOP);
        return traces.stream().map(Trace::values).toList();
    }

    private static double maxSpikeShift(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double range(double[] a) {
        double lo = Double.POSITIVE_INFINITY;
        for (double x : a) {
            lo = Math.min(lo, x);
        }
        return max(a) - lo;
    }

    private static double last(double[] a) {
        return a[a.length - 1];
    }

    /** Compared quantities with their NEURON names and tolerances. */
    private enum Quantity {
        V_SOMA(null, 0, 0.01),
        V_SITE(null, 0, 0.01),
        CALCIUM(SynapseVariable.CALCIUM, 0.02, 0),
        EFFCAI(SynapseVariable.EFFECTIVE_CALCIUM, 0.02, 0),
        RHO(SynapseVariable.RHO, 0, 0.01),
        USE(SynapseVariable.USE, 0.001, 0),
        GMAX_AMPA(SynapseVariable.GMAX_AMPA, 0.001, 0);

        final SynapseVariable variable;
        final double relative;
        final double absolute;

        Quantity(SynapseVariable variable, double relative, double absolute) {
            this.variable = variable;
            this.relative = relative;
            this.absolute = absolute;
        }

        double tolerance(double range) {
            return absolute + relative * range;
        }
    }
}
