package org.synplast.experiment.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.random.Well19937c;
import org.synplast.engine.bench.BenchmarkSynapses;
import org.synplast.engine.cable.PulseTrain;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.mechanism.RateEvaluation;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.GluSynapse;
import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseSite;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.ReadOut;
import org.synplast.experiment.plan.TestPulses;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SynapseRecord;
import org.synplast.experiment.run.ExperimentRunner;
import org.synplast.experiment.run.PairJob;
import org.synplast.experiment.run.PairSimulator;
import org.synplast.experiment.run.PreparedPair;
import org.synplast.experiment.run.QuiescenceSkipping;
import org.synplast.experiment.run.RunInfo;
import org.synplast.experiment.run.RunMonitor;
import org.synplast.experiment.run.RunOptions;
import org.synplast.experiment.run.StepCounts;
import org.synplast.experiment.run.TraceOptions;

/**
 * The performance benchmark of issue 8, as numbers (the CLI's {@code synplast bench} prints
 * them): (a) the fixed-step engine's throughput on a cell with plastic synapses, (b) the wall time
 * of an experiment's pairs with quiescence skipping against the plain fixed-step run measured in
 * the same process, with the accuracy of the skipped run. NEURON's throughput for (a) comes from
 * {@code org.synplast.neuron.NeuronBenchmark}. Speed is measured, never asserted.
 */
public final class PerformanceBenchmark {

    private static final RunInfo INFO = new RunInfo("bench", Map.of());

    private PerformanceBenchmark() {
    }

    /**
     * @param compartments compartments with membrane
     * @param synapses     plastic synapses attached
     * @param steps        fixed steps timed
     * @param seconds      their wall time [s]
     * @param cpuSeconds   their CPU time on the running thread [s] (on a shared machine the
     *                     steadier figure)
     * @param spikes       somatic spikes in the timed run (a check that the cell was active)
     */
    public record Throughput(int compartments, int synapses, long steps, double seconds, double cpuSeconds,
            int spikes) {
        /** @return compartments × steps / wall seconds */
        public double compartmentStepsPerSecond() {
            return compartments * (double) steps / seconds;
        }

        /** @return compartments × steps / CPU seconds */
        public double compartmentStepsPerCpuSecond() {
            return compartments * (double) steps / cpuSeconds;
        }
    }

    /**
     * Fixed-step throughput: the cell with {@code synapses} GluSynapses (L5 TTPC → L5 TTPC mean
     * parameters, thresholds low enough to drive ρ) on dendritic compartments spread over the cell,
     * each receiving a presynaptic spike every 50 ms, and a somatic 3 ms pulse of 4 nA every 100 ms (as
     * {@code NeuronBenchmark});
     * {@code warmupMs} untimed (JIT), then {@code durationMs} timed.
     *
     * @param model      the cell model
     * @param synapses   number of synapses, ≥ 0
     * @param warmupMs   untimed simulated time [ms]
     * @param durationMs timed simulated time [ms]
     * @param rates      how the channels evaluate their rates
     * @return the measurement
     */
    public static Throughput throughput(CellModel model, int synapses, double warmupMs, double durationMs,
            RateEvaluation rates) {
        Cell cell = Cell.of(model);
        Simulation sim = new Simulation(cell, Simulation.DEFAULT_DT, rates);
        double end = warmupMs + durationMs;
        sim.add(new PulseTrain(cell.soma(), 20, 3, 4.0, 100, (int) Math.ceil(end / 100)));
        SynapseModel synapseModel = SynapseModel.chindemi2022(Conditions.IN_VITRO, Switches.CONTROL);
        List<SynapseSite> sites = BenchmarkSynapses.sites(cell, synapses);
        GluSynapse[] placed = new GluSynapse[synapses];
        for (int k = 0; k < synapses; k++) {
            placed[k] = new GluSynapse(sites.get(k).compartment(), synapseModel, sites.get(k).parameters(),
                    BenchmarkSynapses.THRESHOLDS, new Well19937c(k));
            sim.add(placed[k]);
        }
        sim.initialize();
        for (double t : BenchmarkSynapses.spikeTimes(end)) {
            for (GluSynapse s : placed) {
                sim.schedule(t, s);
            }
        }
        sim.run(warmupMs);
        int spikes = sim.spikeTimes().length;
        long steps = sim.steps();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        sim.run(end);
        double seconds = (System.nanoTime() - start) * 1e-9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) * 1e-9;
        return new Throughput(cell.membraneCompartments(), synapses, sim.steps() - steps, seconds, cpuSeconds,
                sim.spikeTimes().length - spikes);
    }

    /**
     * @param pairs   pairs simulated
     * @param threads worker threads
     * @param seconds wall time of the run [s]
     * @param results the pairs' results, in pair order
     */
    public record PairRun(int pairs, int threads, double seconds, List<PairResult> results) {

        /** Copies. */
        public PairRun {
            results = List.copyOf(results);
        }

        /** @return wall time per pair [s] */
        public double secondsPerPair() {
            return seconds / pairs;
        }

        /** @return mean EPSP ratio over the pairs with a finite ratio */
        public double meanRatio() {
            return results.stream().mapToDouble(PairResult::ratio).filter(Double::isFinite).average().orElse(Double.NaN);
        }
    }

    /**
     * @param reference   the plain fixed-step run with exact rates
     * @param skipped     the run with tabulated rates and quiescence skipping
     * @param rhoMismatch synapses whose final ρ differs between the two runs
     * @param maxRatioDifference largest |ratio_skipped − ratio_reference| / ratio_reference of a pair
     */
    public record PairComparison(PairRun reference, PairRun skipped, int rhoMismatch, double maxRatioDifference) {

        /** @return reference wall time / skipped wall time */
        public double speedUp() {
            return reference.seconds() / skipped.seconds();
        }

        /** @return |mean ratio difference| / reference mean ratio */
        public double meanRatioDifference() {
            return Math.abs(skipped.meanRatio() - reference.meanRatio()) / Math.abs(reference.meanRatio());
        }

        /**
         * @param pairs   a population size, e.g. 100
         * @param threads threads, e.g. 2
         * @return the skipped run's wall time scaled to that population, assuming the measured
         *         per-pair time and perfect parallel speed-up [s]
         */
        public double projectedSeconds(int pairs, int threads) {
            return skipped.seconds() * skipped.threads() / skipped.pairs() * pairs / threads;
        }

        /** @return the comparison as report lines */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "pairs: %d on %d thread(s)", skipped.pairs(), skipped.threads()));
            out.add(String.format(Locale.ROOT, "plain fixed step, exact rates: %.2f s (%.2f s per pair), mean EPSP ratio %.6f",
                    reference.seconds(), reference.secondsPerPair(), reference.meanRatio()));
            out.add(String.format(Locale.ROOT, "tabulated rates, quiescence skipping: %.2f s (%.2f s per pair), mean EPSP ratio %.6f",
                    skipped.seconds(), skipped.secondsPerPair(), skipped.meanRatio()));
            out.add(String.format(Locale.ROOT, "speed-up %.2fx; mean ratio difference %.2e; max pair ratio difference "
                    + "%.2e; synapses with a different final rho: %d", speedUp(), meanRatioDifference(),
                    maxRatioDifference, rhoMismatch));
            out.add(String.format(Locale.ROOT, "projected 100 pairs on 2 threads: %.1f s", projectedSeconds(100, 2)));
            return out;
        }
    }

    /**
     * Runs the first {@code pairs} pairs of an experiment twice in this process, plain fixed step
     * with exact rates first (it also warms up the JIT and fills the calibration caches of its own
     * simulator, so each run gets a fresh {@link PairSimulator}), then with tabulated rates and
     * {@link QuiescenceSkipping#ON}.
     *
     * @param plan    the experiment (e.g. mrk97_07 from the compiler)
     * @param pairs   how many of its pairs, ≥ 1
     * @param threads worker threads, ≥ 1
     * @param dtMs    the step [ms]
     * @return both runs and their agreement
     */
    public static PairComparison pairs(ExperimentPlan plan, int pairs, int threads, double dtMs) {
        ExperimentPlan subset = new ExperimentPlan(plan.name(), plan.connection(), plan.protocol(), pairs, plan.seed(),
                plan.expected(), plan.alpha());
        PairRun reference = run(subset, threads, dtMs, RateEvaluation.EXACT, QuiescenceSkipping.OFF);
        PairRun skipped = run(subset, threads, dtMs, RateEvaluation.TABULATED, QuiescenceSkipping.ON);
        int mismatch = 0;
        double worst = 0;
        for (int i = 0; i < pairs; i++) {
            PairResult a = reference.results().get(i);
            PairResult b = skipped.results().get(i);
            List<SynapseRecord> sa = a.synapses();
            for (int k = 0; k < sa.size(); k++) {
                if (sa.get(k).rhoFinal() != b.synapses().get(k).rhoFinal()) {
                    mismatch++;
                }
            }
            if (Double.isFinite(a.ratio())) {
                worst = Math.max(worst, Math.abs(b.ratio() - a.ratio()) / Math.abs(a.ratio()));
            }
        }
        return new PairComparison(reference, skipped, mismatch, worst);
    }

    /**
     * The experiment with {@code tests} test spikes before and after induction (read-out over all
     * of them) and {@code pairs} pairs, everything else unchanged: a reduced protocol whose plain
     * fixed-step reference run is affordable.
     *
     * @param plan  the experiment
     * @param tests test spikes per phase, ≥ 1
     * @param pairs pairs, ≥ 1
     * @return the reduced experiment
     */
    public static ExperimentPlan reduced(ExperimentPlan plan, int tests, int pairs) {
        ProtocolPlan p = plan.protocol();
        ProtocolPlan protocol = new ProtocolPlan(p.name(), p.conditions(), p.switches(), p.restMs(),
                new TestPulses(p.baseline().periodMs(), tests), p.induction(), new TestPulses(p.after().periodMs(), tests),
                new ReadOut(p.readOut().measure(), tests, p.readOut().windowMs()), p.fastForward());
        return new ExperimentPlan(plan.name(), plan.connection(), protocol, pairs, plan.seed(), plan.expected(),
                plan.alpha());
    }

    /**
     * The cost of one pair in SynPlast's default mode (tabulated rates, quiescence skipping),
     * measured as CPU time of the calling thread with few and with more test spikes per phase
     * and extrapolated linearly in the test spikes to the full protocol
     * ({@link Projection#fullPairSeconds()}). Each measurement uses a
     * fresh simulator, so its calibration includes the cell's own, which a population shares.
     *
     * @param plan      the full experiment (e.g. mrk97_07, 60 test spikes per phase)
     * @param fewTests  test spikes per phase of the first measurement
     * @param moreTests test spikes per phase of the second, more than fewTests
     * @param dtMs      the step [ms]
     * @return the projection
     */
    public static Projection project(ExperimentPlan plan, int fewTests, int moreTests, double dtMs) {
        return new Projection(plan.protocol().baseline().count(), dtMs, pairCost(plan, fewTests, dtMs),
                pairCost(plan, moreTests, dtMs));
    }

    private static PairCost pairCost(ExperimentPlan plan, int tests, double dtMs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PairSimulator simulator = new PairSimulator();
        PairJob job = new PairJob(reduced(plan, tests, 1), 0, dtMs, TraceOptions.NONE, () -> false);
        long start = threads.getCurrentThreadCpuTime();
        PreparedPair prepared = simulator.prepare(job);
        long calibrated = threads.getCurrentThreadCpuTime();
        StepCounts steps = new StepCounts();
        simulator.run(job, prepared, steps);
        long end = threads.getCurrentThreadCpuTime();
        return new PairCost(tests, (calibrated - start) * 1e-9, (end - calibrated) * 1e-9, steps);
    }

    /**
     * One pair's CPU cost in SynPlast's default mode, split into its preparation and its protocol.
     *
     * @param tests              test spikes per phase
     * @param calibrationSeconds drawing, calibration, postsynaptic pulse and latencies [CPU s]
     * @param protocolSeconds    the protocol run [CPU s]
     * @param steps              where the protocol's steps went
     */
    public record PairCost(int tests, double calibrationSeconds, double protocolSeconds, StepCounts steps) {

        /** @return calibration and protocol [CPU s] */
        public double seconds() {
            return calibrationSeconds + protocolSeconds;
        }
    }

    /**
     * One pair's cost at two test-spike counts and its extrapolation (targets 2 and 3 of issue 8),
     * with the profile of the larger measurement.
     *
     * @param fullTests test spikes per phase of the full protocol
     * @param dtMs      the step [ms]
     * @param few       the first measurement
     * @param more      the second, with more test spikes
     */
    public record Projection(int fullTests, double dtMs, PairCost few, PairCost more) {

        /**
         * The larger measurement plus the steps the remaining test spikes solve (the solved steps
         * per test spike from the difference of the two measurements, which is deterministic)
         * at its CPU time per solved step (a difference of CPU times would carry the JIT's
         * warm-up and the machine's noise).
         *
         * @return the extrapolated CPU time of one pair of the full protocol [s]
         */
        public double fullPairSeconds() {
            double stepsPerTest = (double) (more.steps().solved() - few.steps().solved()) / (more.tests() - few.tests());
            double secondsPerStep = more.protocolSeconds() / more.steps().solved();
            return more.seconds() + stepsPerTest * (fullTests - more.tests()) * secondsPerStep;
        }

        /**
         * @param pairs   population
         * @param threads cores, assuming perfect parallel speed-up
         * @return projected wall time [s]
         */
        public double seconds(int pairs, int threads) {
            return fullPairSeconds() * pairs / threads;
        }

        /** @return the projection as report lines, with the targets of issue 8 and the profile */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "one pair, %d / %d test spikes per phase: %.1f / %.1f CPU s; "
                    + "extrapolated to %d: %.1f CPU s", few.tests(), more.tests(), few.seconds(), more.seconds(),
                    fullTests, fullPairSeconds()));
            out.add(String.format(Locale.ROOT, "target 2, full protocol, 100 pairs on 2 cores: %.0f s projected "
                    + "(goal 60 s, ratio %.1f)", seconds(100, 2), seconds(100, 2) / 60));
            out.add(String.format(Locale.ROOT, "target 3, 7 x 7 grid of 100 pairs on 2 cores: %.0f s projected "
                    + "(goal 1800 s, ratio %.1f)", 49 * seconds(100, 2), 49 * seconds(100, 2) / 1800));
            long solved = more.steps().solved();
            out.add(String.format(Locale.ROOT, "profile of the pair with %d test spikes per phase: calibration %.1f CPU s "
                    + "(its cell's share included), protocol %.1f CPU s = %d solved steps x %.0f us", more.tests(),
                    more.calibrationSeconds(), more.protocolSeconds(), solved,
                    solved == 0 ? 0 : 1e6 * more.protocolSeconds() / solved));
            out.addAll(more.steps().describe(dtMs).lines().map(l -> "  " + l).toList());
            return out;
        }
    }

    private static PairRun run(ExperimentPlan plan, int threads, double dtMs, RateEvaluation rates,
            QuiescenceSkipping skipping) {
        RunOptions options = new RunOptions(threads, dtMs, TraceOptions.NONE, skipping);
        long start = System.nanoTime();
        RunResults r = new ExperimentRunner(new PairSimulator(rates), options).run(List.of(plan), List.of(), INFO,
                RunMonitor.NONE);
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new PairRun(plan.pairs(), threads, seconds, r.experiments().get(0).pairs());
    }
}
