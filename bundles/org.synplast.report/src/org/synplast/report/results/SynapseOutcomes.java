package org.synplast.report.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.SynapseRecord;
import org.synplast.report.html.Table;
import org.synplast.report.html.Table.Column;

/**
 * What plasticity did to an experiment's synapses on one kind of dendrite, over every simulated
 * pair: how many of the synapses that started depressed (ρ0 = 0) ended potentiated, and how many
 * that started potentiated ended depressed, a final ρ of 0.5 or more counting as potentiated (the
 * fast-forward's rule). Where on the cell plasticity happens explains an EPSP ratio: a ratio near
 * one may be no change or potentiation on one dendrite balanced by depression on another.
 *
 * @param experiment        the experiment
 * @param dendrite          BASAL, APICAL, …
 * @param synapses          its synapses on that dendrite
 * @param depressedAtStart  those that started depressed
 * @param potentiated       of those, the ones that ended potentiated
 * @param potentiatedAtStart those that started potentiated
 * @param depressed         of those, the ones that ended depressed
 */
public record SynapseOutcomes(String experiment, String dendrite, int synapses, int depressedAtStart,
        int potentiated, int potentiatedAtStart, int depressed) {

    /** Final ρ at and above which a synapse counts as potentiated. */
    public static final double POTENTIATED = 0.5;

    /**
     * @param r an experiment's result
     * @return one entry per dendrite its synapses are on: basal first, then apical, then any other
     *         alphabetically; none when no pair recorded synapses
     */
    public static List<SynapseOutcomes> of(ExperimentResult r) {
        Map<String, int[]> counts = new TreeMap<>((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b) : a.compareTo(b));
        for (PairResult p : r.pairs()) {
            for (SynapseRecord s : p.synapses()) {
                int[] c = counts.computeIfAbsent(s.dendrite(), d -> new int[5]);
                boolean potentiatedAtEnd = s.rhoFinal() >= POTENTIATED;
                c[0]++;
                if (s.parameters().rho0() == 0) {
                    c[1]++;
                    c[2] += potentiatedAtEnd ? 1 : 0;
                } else {
                    c[3]++;
                    c[4] += potentiatedAtEnd ? 0 : 1;
                }
            }
        }
        List<SynapseOutcomes> outcomes = new ArrayList<>(counts.size());
        counts.forEach((d, c) -> outcomes.add(new SynapseOutcomes(r.name(), d, c[0], c[1], c[2], c[3], c[4])));
        return outcomes;
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
                        o.potentiated() + " of " + o.depressedAtStart(), o.depressed() + " of " + o.potentiatedAtStart()));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Table("Synapse outcomes by dendrite", "Per experiment and dendrite, over every simulated "
                + "pair: the synapses, how many of those that started depressed (ρ0 = 0) ended potentiated (final ρ ≥ "
                + "0.5), and how many of those that started potentiated ended depressed.", "synapses",
                List.of(Column.of("experiment"), new Column("dendrite", "text"), Column.of("synapses"),
                        Column.of("potentiated of depressed at start"), Column.of("depressed of potentiated at start")),
                rows));
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
