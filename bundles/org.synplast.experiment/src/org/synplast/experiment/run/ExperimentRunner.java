package org.synplast.experiment.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class ExperimentRunner {

    private static final long POLL_MS = 50;
    private static final long SHUTDOWN_S = 30;

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
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<ExperimentPlan> plans = new ArrayList<>(experiments);
        List<List<SweepPlan.Point>> points = new ArrayList<>();
        for (SweepPlan s : sweeps) {
            List<SweepPlan.Point> p = s.points();
            points.add(p);
            p.forEach(q -> plans.add(q.plan()));
        }
        PairResult[][] pairs = runPairs(plans, monitor);
        List<ExperimentResult> results = new ArrayList<>(plans.size());
        Map<String, String> parameters = new HashMap<>();
        for (int e = 0; e < plans.size(); e++) {
            results.add(ExperimentResult.of(plans.get(e), Arrays.asList(pairs[e])));
            parameters.putAll(PlanParameters.of(plans.get(e)));
        }
        List<SweepResult> sweepResults = new ArrayList<>(sweeps.size());
        int next = experiments.size();
        for (int s = 0; s < sweeps.size(); s++) {
            List<SweepResult.Point> p = new ArrayList<>();
            for (SweepPlan.Point q : points.get(s)) {
                p.add(new SweepResult.Point(q.caOMm(), q.frequencyHz(), q.deltaTMs(), results.get(next++)));
            }
            sweepResults.add(new SweepResult(sweeps.get(s).name(), p));
        }
        Provenance provenance = new Provenance(info.synplastVersion(), info.sourceSha256(), parameters,
                options.dtMs(), options.threads(), started.toString(), (System.nanoTime() - t0) * 1e-9);
        return new RunResults(RunResults.FORMAT_VERSION, provenance, results.subList(0, experiments.size()),
                sweepResults);
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

    private PairResult[][] runPairs(List<ExperimentPlan> plans, RunMonitor monitor) {
        int total = plans.stream().mapToInt(ExperimentPlan::pairs).sum();
        monitor.begin(total);
        PairResult[][] results = new PairResult[plans.size()][];
        AtomicBoolean canceled = new AtomicBoolean();
        LinkedBlockingQueue<ForkJoinTask<?>> done = new LinkedBlockingQueue<>();
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            for (int e = 0; e < plans.size(); e++) {
                ExperimentPlan plan = plans.get(e);
                PairResult[] row = new PairResult[plan.pairs()];
                results[e] = row;
                for (int i = 0; i < row.length; i++) {
                    PairJob job = new PairJob(plan, i, options.dtMs(), options.traces(), canceled::get,
                            options.skipping());
                    int index = i;
                    ForkJoinTask<?>[] self = new ForkJoinTask<?>[1];
                    self[0] = ForkJoinTask.adapt(() -> {
                        try {
                            if (!canceled.get()) {
                                row[index] = simulateOrFail(job);
                            }
                        } finally {
                            done.add(self[0]);
                        }
                    });
                    pool.execute(self[0]);
                }
            }
            for (int finished = 0; finished < total;) {
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
            return results;
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
