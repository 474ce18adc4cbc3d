package org.synplast.experiment.run;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.readout.PairStatus;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.Provenance;
import org.synplast.experiment.results.ResultsFile;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;

/**
 * Runs experiments and sweeps: every (experiment or sweep point, pair) is one task on a
 * work-stealing {@link ForkJoinPool} of {@link RunOptions#threads()} workers. Each pair's result
 * depends only on its plan and index (its random streams are keyed by seed, pair and synapse), and
 * results are assembled by index, so the numbers are bit-identical whatever the thread count.
 *
 * <p>The calling thread drives the {@link RunMonitor}: it reports one unit of work per finished
 * pair and polls for cancellation; on cancellation the workers stop within a few thousand steps,
 * the pool is shut down and {@link CancellationException} is thrown, so nothing is produced. A
 * pair that cannot be simulated ({@link ExperimentException}, e.g. no postsynaptic pulse gives the
 * burst's spikes) is {@link PairStatus#FAILED failed} with its reason and the run goes on; any other
 * failure (a bug) cancels the others and is rethrown.
 *
 * <p>With a {@link PairJournal}, every finished pair is kept as it finishes and pairs already kept
 * are taken from it, so a stopped run resumes; with a {@link Shard} as well, only that block of the
 * run's pairs is simulated, for runs spread over processes or machines sharing the journal's folder.
 */
public final class ExperimentRunner {

    private static final long POLL_MS = 50;
    private static final long SHUTDOWN_S = 30;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PairSimulation simulation;
    private final RunOptions options;

    /**
     * @param simulation the pair simulation, e.g. a {@link PairSimulator}
     * @param options    threads, step, traces
     */
    public ExperimentRunner(PairSimulation simulation, RunOptions options) {
        this.simulation = simulation;
        this.options = options;
    }

    /**
     * @param experiments experiments to run
     * @param sweeps      sweeps to run
     * @param info        version and source hashes for the provenance
     * @param monitor     progress and cancellation
     * @return the results
     * @throws CancellationException if the monitor cancels
     */
    public RunResults run(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunInfo info, RunMonitor monitor) {
        return run(experiments, sweeps, info, monitor, null, Shard.WHOLE).orElseThrow();
    }

    /**
     * Runs, taking every pair the journal holds (same plan, options and build) from it and keeping
     * every pair simulated in it, so that a stopped run resumes where it stopped.
     *
     * @param experiments experiments to run
     * @param sweeps      sweeps to run
     * @param info        version, build and source hashes
     * @param monitor     progress (of the pairs to simulate) and cancellation
     * @param journal     where finished pairs are kept
     * @return the results
     * @throws CancellationException if the monitor cancels (the pairs finished until then are kept)
     */
    public RunResults run(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunInfo info, RunMonitor monitor,
            PairJournal journal) {
        return run(experiments, sweeps, info, monitor, journal, Shard.WHOLE).orElseThrow();
    }

    /**
     * Simulates the pairs of one shard of the run that the journal lacks and keeps them there;
     * then, if the journal holds every other pair of the run (kept before, or meanwhile by other
     * processes sharing its folder), returns the results.
     *
     * @param experiments experiments of the whole run
     * @param sweeps      sweeps of the whole run
     * @param info        version, build and source hashes
     * @param monitor     progress (of the shard's pairs to simulate) and cancellation
     * @param journal     where finished pairs are kept, or null (then the shard must be the whole run)
     * @param shard       the block of the run's pairs to simulate
     * @return the results, or empty while pairs of other shards are missing from the journal
     *         ({@link #missing} says how many)
     * @throws CancellationException if the monitor cancels (the pairs finished until then are kept)
     */
    public Optional<RunResults> run(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunInfo info,
            RunMonitor monitor, PairJournal journal, Shard shard) {
        ExperimentException.require(journal != null || shard.equals(Shard.WHOLE), "a shard's journal", "given",
                shard);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<ExperimentPlan> plans = plans(experiments, sweeps);
        String[] fingerprints = plans.stream()
                .map(p -> journal == null ? null : PairJournal.fingerprint(p, options, info)).toArray(String[]::new);
        PairResult[][] pairs = new PairResult[plans.size()][];
        runPairs(plans, fingerprints, monitor, journal, shard, pairs);
        int resumed = 0;
        if (journal != null) {
            journal.refresh();
            for (int e = 0; e < plans.size(); e++) {
                for (int i = 0; i < pairs[e].length; i++) {
                    if (pairs[e][i] == null) {
                        Optional<PairJournal.Entry> kept = journal.find(fingerprints[e], i);
                        if (kept.isEmpty()) {
                            return Optional.empty();
                        }
                        pairs[e][i] = kept.get().pair();
                        resumed++;
                    }
                }
            }
        }
        return Optional.of(assemble(experiments.size(), sweeps, plans,
                Arrays.stream(pairs).map(Arrays::asList).toList(), info, started, t0, resumed));
    }

    /**
     * The results of the pairs a journal holds, simulating nothing: every experiment and sweep
     * point over the pairs kept for it so far, in index order, so that a long run (its shards,
     * its stages) can be looked at while it goes on. Where every pair is kept, these are the
     * run's results.
     *
     * @param experiments experiments of the run
     * @param sweeps      sweeps of the run
     * @param info        version, build and source hashes
     * @param journal     the run's journal
     * @return the results; their provenance counts every pair as taken from the journal
     */
    public RunResults kept(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunInfo info,
            PairJournal journal) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<ExperimentPlan> plans = plans(experiments, sweeps);
        List<List<PairResult>> pairs = new ArrayList<>(plans.size());
        int kept = 0;
        for (ExperimentPlan plan : plans) {
            String fingerprint = PairJournal.fingerprint(plan, options, info);
            List<PairResult> row = new ArrayList<>();
            for (int i = 0; i < plan.pairs(); i++) {
                journal.find(fingerprint, i).ifPresent(e -> row.add(e.pair()));
            }
            kept += row.size();
            pairs.add(row);
        }
        return assemble(experiments.size(), sweeps, plans, pairs, info, started, t0, kept);
    }

    /**
     * @param experiments the number of experiments, whose plans come first
     * @param pairs       each plan's pairs, in index order
     * @return the results of the plans: the experiments', then each sweep's points
     */
    private RunResults assemble(int experiments, List<SweepPlan> sweeps, List<ExperimentPlan> plans,
            List<List<PairResult>> pairs, RunInfo info, Instant started, long t0, int resumed) {
        List<ExperimentResult> results = new ArrayList<>(plans.size());
        Map<String, String> parameters = new HashMap<>();
        for (int e = 0; e < plans.size(); e++) {
            results.add(ExperimentResult.of(plans.get(e), pairs.get(e)));
            parameters.putAll(PlanParameters.of(plans.get(e)));
        }
        List<SweepResult> sweepResults = new ArrayList<>(sweeps.size());
        int next = experiments;
        for (SweepPlan sweep : sweeps) {
            List<SweepResult.Point> p = new ArrayList<>();
            for (SweepPlan.Point q : sweep.points()) {
                p.add(new SweepResult.Point(q.caOMm(), q.frequencyHz(), q.deltaTMs(), results.get(next++)));
            }
            sweepResults.add(new SweepResult(sweep.name(), p));
        }
        Provenance provenance = new Provenance(info.synplastVersion(), info.sourceSha256(), parameters,
                options.dtMs(), options.threads(), started.toString(), (System.nanoTime() - t0) * 1e-9, resumed);
        return new RunResults(RunResults.FORMAT_VERSION, provenance, results.subList(0, experiments), sweepResults);
    }

    /**
     * @param experiments experiments of the run
     * @param sweeps      sweeps of the run
     * @param info        version, build and source hashes
     * @param journal     a journal
     * @return the number of the run's pairs the journal lacks
     */
    public int missing(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunInfo info, PairJournal journal) {
        return plans(experiments, sweeps).stream().mapToInt(ExperimentPlan::pairs).sum()
                - kept(experiments, sweeps, info, journal).provenance().resumedPairs();
    }

    /**
     * Runs, then writes the results file atomically; a cancelled or failed run writes nothing.
     *
     * @param experiments experiments to run
     * @param sweeps      sweeps to run
     * @param info        version and source hashes
     * @param monitor     progress and cancellation
     * @param target      the results file
     * @return the results written
     * @throws CancellationException if the monitor cancels
     */
    public RunResults runToFile(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunInfo info,
            RunMonitor monitor, Path target) {
        RunResults results = run(experiments, sweeps, info, monitor);
        ResultsFile.write(target, results);
        return results;
    }

    /** @return the experiments, then every sweep's points, in order */
    private static List<ExperimentPlan> plans(List<ExperimentPlan> experiments, List<SweepPlan> sweeps) {
        List<ExperimentPlan> plans = new ArrayList<>(experiments);
        sweeps.forEach(s -> s.points().forEach(q -> plans.add(q.plan())));
        return plans;
    }

    /**
     * Simulates the shard's pairs that the journal lacks into {@code results} (one row per plan),
     * keeping each in the journal as it finishes; the other entries stay null.
     */
    private void runPairs(List<ExperimentPlan> plans, String[] fingerprints, RunMonitor monitor, PairJournal journal,
            Shard shard, PairResult[][] results) {
        int total = plans.stream().mapToInt(ExperimentPlan::pairs).sum();
        List<Runnable> tasks = new ArrayList<>();
        long ordinal = 0;
        AtomicBoolean canceled = new AtomicBoolean();
        for (int e = 0; e < plans.size(); e++) {
            ExperimentPlan plan = plans.get(e);
            String fingerprint = fingerprints[e];
            PairResult[] row = new PairResult[plan.pairs()];
            results[e] = row;
            for (int i = 0; i < row.length; i++, ordinal++) {
                if (shard.contains(ordinal, total) && (journal == null || journal.find(fingerprint, i).isEmpty())) {
                    PairJob job = new PairJob(plan, i, options.dtMs(), options.traces(), canceled::get,
                            options.skipping());
                    int index = i;
                    tasks.add(() -> {
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        PairResult pair = simulateOrFail(job);
                        if (journal != null) {
                            journal.record(fingerprint, plan.name(), (THREADS.getCurrentThreadCpuTime() - cpu) * 1e-9,
                                    pair);
                        }
                        row[index] = pair;
                    });
                }
            }
        }
        execute(tasks, canceled, monitor);
    }

    /** Runs the tasks on the pool, one unit of progress each; see the class comment. */
    private void execute(List<Runnable> tasks, AtomicBoolean canceled, RunMonitor monitor) {
        monitor.begin(tasks.size());
        LinkedBlockingQueue<ForkJoinTask<?>> done = new LinkedBlockingQueue<>();
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            for (Runnable task : tasks) {
                ForkJoinTask<?>[] self = new ForkJoinTask<?>[1];
                self[0] = ForkJoinTask.adapt(() -> {
                    try {
                        if (!canceled.get()) {
                            task.run();
                        }
                    } finally {
                        done.add(self[0]);
                    }
                });
                pool.execute(self[0]);
            }
            for (int finished = 0; finished < tasks.size();) {
                if (monitor.isCanceled()) {
                    canceled.set(true);
                    throw new CancellationException("run canceled");
                }
                ForkJoinTask<?> task = done.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (task != null) {
                    finished++;
                    rethrowFailure(task, canceled);
                    monitor.worked(1);
                }
            }
        } catch (InterruptedException e) {
            canceled.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("run interrupted");
        } finally {
            pool.shutdownNow();
            awaitTermination(pool);
        }
    }

    private PairResult simulateOrFail(PairJob job) {
        try {
            return simulation.simulate(job);
        } catch (ExperimentException e) {
            return PairResult.failed(job.pair(), e.getMessage());
        }
    }

    private static void rethrowFailure(ForkJoinTask<?> task, AtomicBoolean canceled) throws InterruptedException {
        try {
            task.get();
        } catch (ExecutionException e) {
            canceled.set(true);
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static void awaitTermination(ForkJoinPool pool) {
        try {
            pool.awaitTermination(SHUTDOWN_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
