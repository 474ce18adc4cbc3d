package org.synplast.neuron;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.PulseTrain;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cable.Trace;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.celltype.CellType;
import org.synplast.engine.morphology.AscReader;

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
     * @param engineSeconds    the engine's time loop [s]
     * @param neuronSeconds    NEURON's time loop ({@code ParallelContext.psolve}) [s]
     * @param engineSpikes     somatic spikes in the engine
     * @param neuronSpikes     somatic spikes in NEURON
     * @param maxSomaDifference max |V_engine − V_NEURON| at the soma [mV]
     */
    public record Measurement(int compartments, long steps, double engineSeconds, double neuronSeconds, int engineSpikes,
            int neuronSpikes, double maxSomaDifference) {

        /** @return the engine's compartment-steps per second */
        public double engineRate() {
            return compartments * (double) steps / engineSeconds;
        }

        /** @return NEURON's compartment-steps per second */
        public double neuronRate() {
            return compartments * (double) steps / neuronSeconds;
        }

        /** @return engine rate / NEURON rate (above 1: the engine is faster) */
        public double ratio() {
            return engineRate() / neuronRate();
        }
    }

    private NeuronBenchmark() {
    }

    /**
     * @param cell      the cell
     * @param pulses    somatic (or other) current pulses
     * @param dt        [ms]
     * @param tStop     [ms]
     * @param directory export directory for the NEURON run
     * @param runner    the NEURON runner
     * @return the measurement
     */
    public static Measurement measure(Cell cell, List<CurrentPulse> pulses, double dt, double tStop, Path directory, NeuronRunner runner) {
        Simulation sim = new Simulation(cell, dt);
        pulses.forEach(sim::add);
        Trace v = sim.record(sim.probe("v", cell.soma()), 1);
        sim.initialize();
        long start = System.nanoTime();
        sim.run(tStop);
        double engineSeconds = (System.nanoTime() - start) * 1e-9;
        NeuronModel model = NeuronModel.of(cell, dt, tStop, pulses, List.of(new Recording.Membrane("v_soma", cell.soma(), "v")));
        NeuronResult neuron = runner.run(NeuronExporter.export(model, directory));
        double[] vNeuron = neuron.trace("v_soma");
        double[] vEngine = v.values();
        double max = 0;
        for (int i = 0; i < Math.min(vNeuron.length, vEngine.length); i++) {
            max = Math.max(max, Math.abs(vNeuron[i] - vEngine[i]));
        }
        return new Measurement(cell.membraneCompartments(), sim.steps(), engineSeconds, neuron.runSeconds(), sim.spikeTimes().length,
                upwardCrossings(vNeuron), max);
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
     * Benchmarks the engine's L5 TTPC cell type ({@link CellType#L5_TTPC}), or with a morphology
     * argument the BBP 2015 L5 TTPC ({@link Bbp2015Ttpc}) on that reconstruction, with a somatic
     * train of ten 3 ms, 4 nA pulses at 10 Hz over 1.1 s at dt = 0.025 ms, after a 200 ms warm-up
     * run of both simulators.
     *
     * @param args [morphology .asc or "-" for the cell type (default), work directory (default
     *             target/neuron-bench)]
     */
    public static void main(String[] args) {
        String morphology = args.length > 0 ? args[0] : "-";
        Path work = Path.of(args.length > 1 ? args[1] : "target/neuron-bench");
        Cell cell = Cell.of("-".equals(morphology) ? CellType.L5_TTPC.model() : Bbp2015Ttpc.of(AscReader.read(Path.of(morphology))));
        String name = "-".equals(morphology) ? "engine cell type L5_TTPC" : "BBP 2015 L5 TTPC on " + Path.of(morphology).getFileName();
        PulseTrain train = new PulseTrain(cell.soma(), 100, 3, 4.0, 100, 10);
        List<CurrentPulse> pulses = new ArrayList<>();
        for (int k = 0; k < train.count(); k++) {
            pulses.add(train.pulse(k));
        }
        NeuronRunner runner = new NeuronRunner(work.resolve("nrnmech-cache"));
        measure(cell, pulses, 0.025, 200, work.resolve("warm-up"), runner);
        Measurement m = measure(cell, pulses, 0.025, 1100, work.resolve("run"), runner);
        System.out.printf(Locale.ROOT, "model: %s, %d compartments, %d steps of 0.025 ms%n", name, m.compartments(), m.steps());
        System.out.printf(Locale.ROOT, "engine: %.3f s, %.3e compartment-steps/s, %d spikes%n", m.engineSeconds(), m.engineRate(),
                m.engineSpikes());
        System.out.printf(Locale.ROOT, "NEURON: %.3f s, %.3e compartment-steps/s, %d spikes%n", m.neuronSeconds(), m.neuronRate(),
                m.neuronSpikes());
        System.out.printf(Locale.ROOT, "ratio engine/NEURON: %.2f (max somatic |dV| %.3g mV)%n", m.ratio(), m.maxSomaDifference());
    }
}
