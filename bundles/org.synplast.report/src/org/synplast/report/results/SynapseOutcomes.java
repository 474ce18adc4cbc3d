package org.synplast.report.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.SynapseRecord;
import org.synplast.report.html.Table;
import org.synplast.report.html.Table.Column;

/**
 * What plasticity did to an experiment's synapses on one kind of dendrite, over every simulated
 * pair: how many of the synapses that started depressed (ρ0 = 0) ended potentiated, and how many
 * that started potentiated ended depressed, a final ρ of 0.5 or more counting as potentiated (the
 * fast-forward's rule); and the medians of the calibration that set their thresholds. Where on
 * the cell plasticity happens explains an EPSP ratio: a ratio near one may be no change or
 * potentiation on one dendrite balanced by depression on another; the thresholds say why.
 *
 * @param experiment        the experiment
 * @param dendrite          BASAL, APICAL, …
 * @param synapses          its synapses on that dendrite
 * @param depressedAtStart  those that started depressed
 * @param potentiated       of those, the ones that ended potentiated
 * @param potentiatedAtStart those that started potentiated
 * @param depressed         of those, the ones that ended depressed
 * @param cPre              median c_pre [mM·ms]
 * @param cPost             median c_post [mM·ms], over the synapses that have one (NaN if none)
 * @param thetaD            median θd [mM·ms], over the plastic synapses (NaN if none)
 * @param thetaP            median θp [mM·ms], likewise
 */
public record SynapseOutcomes(String experiment, String dendrite, int synapses, int depressedAtStart,
        int potentiated, int potentiatedAtStart, int depressed, double cPre, double cPost, double thetaD,
        double thetaP) {

    /** Final ρ at and above which a synapse counts as potentiated. */
    public static final double POTENTIATED = 0.5;

    /**
     * @param r an experiment's result
     * @return one entry per dendrite its synapses are on: basal first, then apical, then any other
     *         alphabetically; none when no pair recorded synapses
     */
    public static List<SynapseOutcomes> of(ExperimentResult r) {
        Map<String, List<SynapseRecord>> byDendrite = new TreeMap<>(
                (a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b));
        for (PairResult p : r.pairs()) {
            for (SynapseRecord s : p.synapses()) {
                byDendrite.computeIfAbsent(s.dendrite(), d -> new ArrayList<>()).add(s);
            }
        }
        List<SynapseOutcomes> outcomes = new ArrayList<>(byDendrite.size());
        byDendrite.forEach((d, synapses) -> {
            int depressedAtStart = 0;
            int potentiated = 0;
            int depressed = 0;
            for (SynapseRecord s : synapses) {
                boolean potentiatedAtEnd = s.rhoFinal() >= POTENTIATED;
                if (s.parameters().rho0() == 0) {
                    depressedAtStart++;
                    potentiated += potentiatedAtEnd ? 1 : 0;
                } else {
                    depressed += potentiatedAtEnd ? 0 : 1;
                }
            }
            outcomes.add(new SynapseOutcomes(r.name(), d, synapses.size(), depressedAtStart, potentiated,
                    synapses.size() - depressedAtStart, depressed, median(synapses, SynapseRecord::cPre),
                    median(synapses, SynapseRecord::cPost), median(synapses, SynapseRecord::thetaD),
                    median(synapses, SynapseRecord::thetaP)));
        });
        return outcomes;
    }

    /** @return the median of the finite values, NaN if there are none */
    private static double median(List<SynapseRecord> synapses, ToDoubleFunction<SynapseRecord> value) {
        double[] finite = synapses.stream().mapToDouble(value).filter(Double::isFinite).toArray();
        return finite.length == 0 ? Double.NaN : new Median().evaluate(finite);
    }

    /**
     * Where plasticity happened: per experiment and dendrite, the synapses that went from depressed
     * to potentiated and from potentiated to depressed, over every simulated pair.
     *
     * @param experiments the experiments (sweep points are left to {@code results.json})
     * @return the table, empty when no experiment recorded synapses
     */
    public static Optional<Table> table(List<ExperimentResult> experiments) {
        List<List<String>> rows = new ArrayList<>();
        for (ExperimentResult r : experiments) {
            for (SynapseOutcomes o : of(r)) {
                rows.add(List.of(o.experiment(), o.dendriteLabel(), Integer.toString(o.synapses()),
                        o.potentiated() + " of " + o.depressedAtStart(), o.depressed() + " of " + o.potentiatedAtStart(),
                        medianText(o.cPre()), medianText(o.cPost()), medianText(o.thetaD()), medianText(o.thetaP())));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Table("Synapse outcomes by dendrite", "Per experiment and dendrite, over every simulated "
                + "pair: the synapses, how many of those that started depressed (ρ0 = 0) ended potentiated (final ρ ≥ "
                + "0.5), how many of those that started potentiated ended depressed, and the medians of c_pre, "
                + "c_post and the thresholds θd = a·c_pre + b·c_post, θp = c·c_pre + d·c_post they set [mM·ms].",
                "synapses", List.of(Column.of("experiment"), new Column("dendrite", "text"), Column.of("synapses"),
                        Column.of("potentiated of depressed at start"), Column.of("depressed of potentiated at start"),
                        Column.of("c_pre"), Column.of("c_post"), Column.of("θd"), Column.of("θp")),
                rows));
    }

    private static String medianText(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static int rank(String dendrite) {
        return switch (dendrite) {
            case "BASAL" -> 0;
            case "APICAL" -> 1;
            default -> 2;
        };
    }

    /** @return the dendrite in lower case, for tables */
    public String dendriteLabel() {
        return dendrite.toLowerCase(Locale.ROOT);
    }
}
