package org.synplast.experiment.results;

import java.util.List;

/**
 * The outcome of a sweep: one experiment result per grid point.
 *
 * @param name   the sweep
 * @param points the grid points in the order of {@link org.synplast.experiment.plan.SweepPlan#points()}
 */
public record SweepResult(String name, List<Point> points) {

    /**
     * One grid point.
     *
     * @param caOMm       [Ca²⁺]o [mM]
     * @param frequencyHz intra-burst frequency [Hz]
     * @param deltaTMs    Δt [ms]
     * @param result      the point's experiment result
     */
    public record Point(double caOMm, double frequencyHz, double deltaTMs, ExperimentResult result) {
    }

    /** Copies. */
    public SweepResult {
        points = List.copyOf(points);
    }
}
