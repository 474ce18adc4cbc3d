package org.synplast.experiment.results;

import java.util.List;

import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.InVitroResult;
import org.synplast.experiment.readout.PairStatus;
import org.synplast.experiment.stats.Summary;
import org.synplast.experiment.stats.WelchTest;

/**
 * The outcome of one experiment: the summary of the valid pairs' EPSP ratios, the test against the
 * in vitro result, and every pair.
 *
 * @param name       the experiment
 * @param connection the connection's name
 * @param protocol   the protocol's name
 * @param measure    AMPLITUDE or SLOPE
 * @param seed       the experiment seed
 * @param valid      number of valid pairs
 * @param dropped    number of dropped pairs (baseline EPSP &lt; 0.01 mV)
 * @param invalid    number of invalid pairs (a test EPSP made the cell spike)
 * @param failed     number of pairs that could not be simulated (reasons in their {@link PairResult#failure()})
 * @param inSilico   summary of the valid pairs' ratios
 * @param inVitro    the in vitro result, or null
 * @param test       Welch's test against it, or null without an in vitro result
 * @param pairs      every pair, in index order
 */
public record ExperimentResult(String name, String connection, String protocol, String measure, long seed, int valid,
        int dropped, int invalid, int failed, Summary inSilico, InVitroResult inVitro, WelchTest test, List<PairResult> pairs) {

    /** Copies. */
    public ExperimentResult {
        pairs = List.copyOf(pairs);
    }

    /**
     * Summarises the pairs of a plan.
     *
     * @param plan  the experiment
     * @param pairs its pairs, in index order
     * @return the result with statistics and, if the plan has an in vitro result, Welch's test
     */
    public static ExperimentResult of(ExperimentPlan plan, List<PairResult> pairs) {
        double[] ratios = pairs.stream().filter(p -> p.status() == PairStatus.VALID).mapToDouble(PairResult::ratio)
                .toArray();
        Summary silico = Summary.of(ratios);
        InVitroResult vitro = plan.expected();
        WelchTest test = vitro == null ? null
                : WelchTest.of(silico, Summary.ofMeanSem(vitro.meanRatio(), vitro.sem(), vitro.n()), plan.alpha());
        return new ExperimentResult(plan.name(), plan.connection().name(), plan.protocol().name(),
                plan.protocol().readOut().measure().name(), plan.seed(), ratios.length, count(pairs, PairStatus.DROPPED),
                count(pairs, PairStatus.INVALID), count(pairs, PairStatus.FAILED), silico, vitro, test, pairs);
    }

    private static int count(List<PairResult> pairs, PairStatus status) {
        return (int) pairs.stream().filter(p -> p.status() == status).count();
    }

    /** @return the distinct failure reasons of the failed pairs, in pair order */
    public List<String> failures() {
        return pairs.stream().map(PairResult::failure).filter(f -> f != null).distinct().toList();
    }

    /** @return the EPSP ratio of every pair, valid or not, in index order */
    public double[] ratios() {
        return pairs.stream().mapToDouble(PairResult::ratio).toArray();
    }
}
