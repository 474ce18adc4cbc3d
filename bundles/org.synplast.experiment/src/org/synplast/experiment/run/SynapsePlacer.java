package org.synplast.experiment.run;

import java.util.Arrays;

import org.apache.commons.math3.random.RandomGenerator;
import org.synplast.engine.cell.Cell;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;
import org.synplast.experiment.plan.PlacementRule;

/**
 * Draws synapse positions: each synapse independently picks one of the compartments the rule
 * selects (membrane compartments only, by type and centre path distance), with probability
 * proportional to its membrane area or length. Several synapses may share a compartment.
 */
final class SynapsePlacer {

    private final int[] candidates;
    private final double[] cumulative;

    /**
     * @param cell the postsynaptic cell
     * @param rule the placement rule
     */
    SynapsePlacer(Cell cell, PlacementRule rule) {
        int[] selected = new int[cell.size()];
        double[] weight = new double[cell.size()];
        int n = 0;
        for (int c = 0; c < cell.size(); c++) {
            if (cell.area(c) > 0 && rule.selects(cell.type(c), cell.distance(c))) {
                int s = cell.section(c);
                double w = rule.weighting() == PlacementRule.Weighting.AREA ? cell.area(c)
                        : cell.model().morphology().section(s).length() / cell.nseg(s);
                selected[n] = c;
                weight[n++] = w;
            }
        }
        if (n == 0) {
            throw new ExperimentException(ExperimentMessage.NO_COMPARTMENT, rule);
        }
        candidates = Arrays.copyOf(selected, n);
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weight[i];
            cumulative[i] = sum;
        }
    }

    /** @return the selectable compartments, ascending */
    int[] candidates() {
        return candidates.clone();
    }

    /**
     * @param count  number of synapses
     * @param stream the pair's placement stream
     * @return a compartment per synapse
     */
    int[] place(int count, RandomGenerator stream) {
        int[] where = new int[count];
        double total = cumulative[cumulative.length - 1];
        for (int k = 0; k < count; k++) {
            double x = stream.nextDouble() * total;
            int i = Arrays.binarySearch(cumulative, x);
            i = i >= 0 ? i + 1 : -i - 1;
            where[k] = candidates[Math.min(i, candidates.length - 1)];
        }
        return where;
    }
}
