package org.synplast.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.DoubleStream;

import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.run.PairJournal;
import org.synplast.experiment.run.RunInfo;
import org.synplast.experiment.run.RunOptions;
import org.synplast.experiment.run.Shard;

/**
 * What the pairs a run is about to simulate will cost, from the CPU time of the pairs a journal
 * keeps of the same run: each pair at the mean of the kept pairs of its condition, or where none
 * is kept yet, of its pathway, or of all. The pairs are in the order the runner takes them (plans
 * in run order, experiments before sweep points as {@code ExperimentRunner} lists them, pairs by
 * index; those of the shard that the journal lacks), so that the progress bar can weigh the work
 * left by them.
 */
final class PairCosts {

    private final double[] cpuSeconds;
    private final double overallMean;

    private PairCosts(double[] cpuSeconds, double overallMean) {
        this.cpuSeconds = cpuSeconds;
        this.overallMean = overallMean;
    }

    /** CPU time and number of kept pairs. */
    private static final class Kept {
        private double cpuSeconds;
        private int pairs;

        void add(double cpu) {
            cpuSeconds += cpu;
            pairs++;
        }

        double mean() {
            return cpuSeconds / pairs;
        }
    }

    /**
     * @param experiments the run's experiments
     * @param sweeps      the run's sweeps
     * @param options     the run's options, for the fingerprints
     * @param info        the run's build and sources, for the fingerprints
     * @param journal     the journal
     * @param shard       the block of pairs this process simulates
     * @return the costs, empty when the journal keeps none of the run's pairs
     */
    static Optional<PairCosts> of(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunOptions options,
            RunInfo info, PairJournal journal, Shard shard) {
        List<ExperimentPlan> plans = new ArrayList<>(experiments);
        sweeps.forEach(s -> s.points().forEach(q -> plans.add(q.plan())));
        String[] fingerprints = plans.stream().map(p -> PairJournal.fingerprint(p, options, info))
                .toArray(String[]::new);
        Kept[] byPlan = new Kept[plans.size()];
        Map<String, Kept> byPathway = new HashMap<>();
        Kept all = new Kept();
        for (int e = 0; e < plans.size(); e++) {
            byPlan[e] = new Kept();
            Kept pathway = byPathway.computeIfAbsent(plans.get(e).connection().name(), c -> new Kept());
            for (int i = 0; i < plans.get(e).pairs(); i++) {
                Optional<PairJournal.Entry> entry = journal.find(fingerprints[e], i);
                if (entry.isPresent()) {
                    for (Kept k : new Kept[] {byPlan[e], pathway, all}) {
                        k.add(entry.get().cpuSeconds());
                    }
                }
            }
        }
        if (all.pairs == 0) {
            return Optional.empty();
        }
        long total = plans.stream().mapToLong(ExperimentPlan::pairs).sum();
        DoubleStream.Builder costs = DoubleStream.builder();
        long ordinal = 0;
        for (int e = 0; e < plans.size(); e++) {
            Kept pathway = byPathway.get(plans.get(e).connection().name());
            double cost = byPlan[e].pairs > 0 ? byPlan[e].mean() : pathway.pairs > 0 ? pathway.mean() : all.mean();
            for (int i = 0; i < plans.get(e).pairs(); i++, ordinal++) {
                if (shard.contains(ordinal, total) && journal.find(fingerprints[e], i).isEmpty()) {
                    costs.add(cost);
                }
            }
        }
        return Optional.of(new PairCosts(costs.build().toArray(), all.mean()));
    }

    /** @return the expected CPU time of each pair to simulate [s], in the runner's order */
    double[] cpuSeconds() {
        return cpuSeconds.clone();
    }

    /** @return the pairs to simulate */
    int pairs() {
        return cpuSeconds.length;
    }

    /** @return their expected CPU time in all [s] */
    double totalCpuSeconds() {
        return DoubleStream.of(cpuSeconds).sum();
    }

    /** @return the mean CPU time of all the kept pairs of the run [s] */
    double overallMean() {
        return overallMean;
    }
}
