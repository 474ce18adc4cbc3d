package org.synplast.report.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.PlacementRule;

/**
 * Experiments that differ only in where their synapses lie: two or more experiments of one file
 * with the same protocol, the same postsynaptic cell and the same dendrites, whose placement rules
 * select disjoint bands of path distance (bands may touch). Their EPSP ratios against the bands
 * give the distance dependence of plasticity.
 *
 * @param name  the series' name: the experiments' common name prefix, else protocol and cell
 * @param bands the experiments by increasing distance
 */
public record DistanceSeries(String name, List<Band> bands) {

    /**
     * One experiment of the series.
     *
     * @param experiment the experiment's name
     * @param fromUm     its placement's nearest path distance // [µm]
     * @param toUm       its placement's farthest path distance // [µm]
     */
    public record Band(String experiment, double fromUm, double toUm) {
    }

    /** Validates and copies. */
    public DistanceSeries {
        if (name == null || bands.size() < 2) {
            throw new IllegalArgumentException("a distance series needs a name and at least two bands");
        }
        bands = List.copyOf(bands);
    }

    /**
     * Finds the distance series among the experiments of one file.
     *
     * @param plans the file's experiments, in file order
     * @return the series, in the order of their first experiment
     */
    public static List<DistanceSeries> find(List<ExperimentPlan> plans) {
        Map<String, List<ExperimentPlan>> groups = new LinkedHashMap<>();
        for (ExperimentPlan p : plans) {
            PlacementRule place = p.connection().placement();
            String key = p.protocol().name() + '\u0000' + p.connection().postCellName() + '\u0000'
                    + place.dendrites().stream().map(Enum::name).sorted().toList();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<DistanceSeries> series = new ArrayList<>();
        for (List<ExperimentPlan> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<ExperimentPlan> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparingDouble((ExperimentPlan p) -> p.connection().placement().minDistanceUm())
                    .thenComparingDouble(p -> p.connection().placement().maxDistanceUm()));
            boolean disjoint = true;
            for (int i = 1; i < sorted.size(); i++) {
                disjoint &= sorted.get(i - 1).connection().placement().maxDistanceUm()
                        <= sorted.get(i).connection().placement().minDistanceUm();
            }
            if (disjoint) {
                series.add(new DistanceSeries(name(sorted), sorted.stream().map(p -> new Band(p.name(),
                        p.connection().placement().minDistanceUm(), p.connection().placement().maxDistanceUm()))
                        .toList()));
            }
        }
        return series;
    }

    private static String name(List<ExperimentPlan> plans) {
        String prefix = plans.get(0).name();
        for (ExperimentPlan p : plans) {
            int n = 0;
            while (n < prefix.length() && n < p.name().length() && prefix.charAt(n) == p.name().charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        prefix = prefix.replaceAll("[_\\-.\\s]+$", "");
        return prefix.isEmpty() ? plans.get(0).protocol().name() + " on " + plans.get(0).connection().postCellName()
                : prefix;
    }
}
