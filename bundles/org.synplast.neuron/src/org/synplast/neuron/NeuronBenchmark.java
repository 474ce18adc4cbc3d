package org.synplast.neuron;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.random.Well19937c;

import org.synplast.engine.bench.BenchmarkSynapses;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.PulseTrain;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cable.Trace;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.mechanism.RateEvaluation;
import org.synplast.engine.morphology.AscReader;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.GluSynapse;
import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseSite;
import org.synplast.engine.synapse.Switches;

/**
 * Runs the same model in the engine and in NEURON (fixed step, same dt, one somatic voltage
 * recording each) and reports compartment-steps per second of each time loop and their ratio.
 * Setup, export, compilation and file I/O are not timed.
 */
public final class NeuronBenchmark {

    private static final double SPIKE_THRESHOLD = -20; // [mV]

    /**
     * One measurement.
     *
     * @param compartments     compartments with membrane
     * @param steps            fixed steps per run
     * @param engineSeconds    the engine's time loop, wall clock [s]
     * @param neuronSeconds    NEURON's time loop ({@code ParallelContext.psolve}), wall clock [s]
     * @param engineCpuSeconds the engine's time loop, CPU time of its thread [s]
     * @param neuronCpuSeconds NEURON's time loop, CPU time of its process [s]
     * @param engineSpikes     somatic spikes in the engine
     * @param neuronSpikes     somatic spikes in NEURON
     * @param maxSomaDifference max |V_engine − V_NEURON| at the soma [mV]
     */
    public record Measurement(int compartments, long steps, double engineSeconds, double neuronSeconds,
            double engineCpuSeconds, double neuronCpuSeconds, int engineSpikes, int neuronSpikes,
            double maxSomaDifference) {

        /** @return the engine's compartment-steps per second */
        public double engineRate() {
            return compartments * (double) steps / engineSeconds;
        }

        /** @return NEURON's compartment-steps per second */
        public double neuronRate() {
            return compartments * (double) steps / neuronSeconds;
        }

        /** @return engine rate / NEURON rate, wall clock (above 1: the engine is faster) */
        public double ratio() {
            return engineRate() / neuronRate();
        }

        /**
         * @return NEURON's CPU time / the engine's CPU time (above 1: the engine is faster); on a
         *         shared machine the steadier figure
         */
        public double cpuRatio() {
            return neuronCpuSeconds / engineCpuSeconds;
        }
    }

    private NeuronBenchmark() {
    }

    /**
     * @param cell      the cell
     * @param pulses    somatic (or other) current pulses
     * @param synapses  GluSynapses with their presynaptic spikes (deterministic release, so both
     *                  simulators release the same vesicles)
     * @param dt        [ms]
     * @param tStop     [ms]
     * @param rates     how the engine's channels evaluate their rates
     * @param directory export directory for the NEURON run
     * @param runner    the NEURON runner
     * @return the measurement
     */
    public static Measurement measure(Cell cell, List<CurrentPulse> pulses, List<ExportedSynapse> synapses, double dt,
            double tStop, RateEvaluation rates, Path directory, NeuronRunner runner) {
        Simulation sim = new Simulation(cell, dt, rates);
        pulses.forEach(sim::add);
        List<GluSynapse> placed = new ArrayList<>();
        for (ExportedSynapse s : synapses) {
            GluSynapse g = new GluSynapse(s.compartment(), s.model(), s.parameters(), s.thresholds(),
                    new Well19937c(placed.size()));
            sim.add(g);
            placed.add(g);
        }
        Trace v = sim.record(sim.probe("v", cell.soma()), 1);
        sim.initialize();
        for (int k = 0; k < placed.size(); k++) {
            for (double t : synapses.get(k).spikeTimes()) {
                sim.schedule(t, placed.get(k));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        sim.run(tStop);
        double engineSeconds = (System.nanoTime() - start) * 1e-9;
        double engineCpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) * 1e-9;
        NeuronModel model = new NeuronModel(cell, dt, tStop, pulses, synapses,
                List.of(new Recording.Membrane("v_soma", cell.soma(), "v")), 1, 1);
        NeuronResult neuron = runner.run(NeuronExporter.export(model, directory));
        double[] vNeuron = neuron.trace("v_soma");
        double[] vEngine = v.values();
        double max = 0;
        for (int i = 0; i < Math.min(vNeuron.length, vEngine.length); i++) {
            max = Math.max(max, Math.abs(vNeuron[i] - vEngine[i]));
        }
        return new Measurement(cell.membraneCompartments(), sim.steps(), engineSeconds, neuron.runSeconds(),
                engineCpuSeconds, neuron.cpuSeconds(), sim.spikeTimes().length, upwardCrossings(vNeuron), max);
    }

    /**
     * The plastic synapses of the throughput benchmark ({@link BenchmarkSynapses}) with
     * deterministic release, so that both simulators release the same vesicles.
     *
     * @param cell  the cell
     * @param count how many
     * @param tStop end of the spike trains [ms]
     * @return the synapses
     */
    public static List<ExportedSynapse> dendriticSynapses(Cell cell, int count, double tStop) {
        SynapseModel model = SynapseModel.chindemi2022(Conditions.IN_VITRO,
                new Switches(false, false, false, false, true));
        double[] spikes = BenchmarkSynapses.spikeTimes(tStop);
        List<ExportedSynapse> synapses = new ArrayList<>();
        for (SynapseSite site : BenchmarkSynapses.sites(cell, count)) {
            synapses.add(new ExportedSynapse("syn" + synapses.size(), site.compartment(), model, site.parameters(),
                    BenchmarkSynapses.THRESHOLDS, spikes));
        }
        return synapses;
    }

    private static int upwardCrossings(double[] v) {
        int n = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i - 1] < SPIKE_THRESHOLD && v[i] >= SPIKE_THRESHOLD) {
                n++;
            }
        }
        return n;
    }

    /**
     * Benchmarks the engine's L5 TTPC cell type ({@link CellType#L5_TTPC}) with 10 plastic synapses
     * ({@link #dendriticSynapses}), or with a morphology argument the BBP 2015 L5 TTPC
     * ({@link Bbp2015Ttpc}) on that reconstruction without synapses, with a somatic train of ten
     * 3 ms, 4 nA pulses at 10 Hz over 1.1 s at dt = 0.025 ms, after a 200 ms warm-up run of both
     * simulators; the engine with exact and with tabulated rates.
     *
     * @param args [morphology .asc or "-" for the cell type (default), work directory (default
     *             target/neuron-bench)]
     */
    public static void main(String[] args) {
        String morphology = args.length > 0 ? args[0] : "-";
        Path work = Path.of(args.length > 1 ? args[1] : "target/neuron-bench");
        boolean cellType = "-".equals(morphology);
        Cell cell = Cell.of(cellType ? CellType.L5_TTPC.model() : Bbp2015Ttpc.of(AscReader.read(Path.of(morphology))));
        String name = cellType ? "engine cell type L5_TTPC with 10 GluSynapses"
                : "BBP 2015 L5 TTPC on " + Path.of(morphology).getFileName();
        PulseTrain train = new PulseTrain(cell.soma(), 100, 3, 4.0, 100, 10);
        List<CurrentPulse> pulses = new ArrayList<>();
        for (int k = 0; k < train.count(); k++) {
            pulses.add(train.pulse(k));
        }
        NeuronRunner runner = new NeuronRunner(work.resolve("nrnmech-cache"));
        List<ExportedSynapse> synapses = cellType ? dendriticSynapses(cell, 10, 1100) : List.of();
        measure(cell, pulses, synapses, 0.025, 200, RateEvaluation.TABULATED, work.resolve("warm-up"), runner);
        System.out.printf(Locale.ROOT, "model: %s, %d compartments, steps of 0.025 ms%n", name,
                cell.membraneCompartments());
        for (RateEvaluation rates : List.of(RateEvaluation.EXACT, RateEvaluation.TABULATED)) {
            Measurement m = measure(cell, pulses, synapses, 0.025, 1100, rates, work.resolve("run"), runner);
            System.out.printf(Locale.ROOT, "engine (%s rates): %.3f s (%.3f s CPU), %.3e compartment-steps/s, "
                    + "%d spikes%n", rates.name().toLowerCase(Locale.ROOT), m.engineSeconds(), m.engineCpuSeconds(),
                    m.engineRate(), m.engineSpikes());
            System.out.printf(Locale.ROOT, "NEURON (same run): %.3f s (%.3f s CPU), %.3e compartment-steps/s, %d spikes%n",
                    m.neuronSeconds(), m.neuronCpuSeconds(), m.neuronRate(), m.neuronSpikes());
            System.out.printf(Locale.ROOT, "ratio engine/NEURON: %.2f wall clock, %.2f CPU time (max somatic |dV| "
                    + "%.3g mV)%n", m.ratio(), m.cpuRatio(), m.maxSomaDifference());
        }
    }
}
