package org.synplast.engine.morphology;

import org.synplast.engine.EngineException;

/**
 * A diameter as a piecewise-linear function of path distance, from morphometric facts (e.g. a
 * trunk "5.96 / 3.21 / 2.75 / 2.29 µm at 0 / 25 / 50 / 100 µm"); constant beyond its last point.
 * A repeated distance is a step.
 *
 * @param distance  [µm], non-decreasing, starting at 0
 * @param diameter  [µm], positive, one per distance
 */
public record Profile(double[] distance, double[] diameter) {

    /** Validates and copies. */
    public Profile {
        distance = distance.clone();
        diameter = diameter.clone();
        EngineException.require(distance.length == diameter.length && distance.length >= 1, "profile points",
                "as many distances as diameters", distance.length + " / " + diameter.length);
        EngineException.require(distance[0] == 0, "first profile distance", "0", distance[0]);
        for (int i = 0; i < distance.length; i++) {
            EngineException.require(i == 0 || distance[i] >= distance[i - 1], "profile distances", "non-decreasing", distance[i]);
            EngineException.require(diameter[i] > 0, "profile diameter", "positive", diameter[i]);
        }
    }

    /**
     * @param pairs alternating distance and diameter [µm]
     * @return the profile
     */
    public static Profile of(double... pairs) {
        double[] x = new double[pairs.length / 2];
        double[] d = new double[pairs.length / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = pairs[2 * i];
            d[i] = pairs[2 * i + 1];
        }
        return new Profile(x, d);
    }

    @Override
    public double[] distance() {
        return distance.clone();
    }

    @Override
    public double[] diameter() {
        return diameter.clone();
    }

    /**
     * @param x path distance [µm]
     * @return the diameter there [µm] (right-continuous at steps)
     */
    public double at(double x) {
        int n = distance.length;
        if (x >= distance[n - 1]) {
            return diameter[n - 1];
        }
        int i = 0;
        while (distance[i + 1] <= x) {
            i++;
        }
        double span = distance[i + 1] - distance[i];
        return diameter[i] + (diameter[i + 1] - diameter[i]) * (x - distance[i]) / span;
    }

    /**
     * @param a start [µm]
     * @param b end [µm], greater than a
     * @return the mean diameter over [a, b] [µm] (midpoint rule on 100 sub-intervals, exact for
     *         the linear pieces up to the steps' positions)
     */
    public double mean(double a, double b) {
        int n = 100;
        double h = (b - a) / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += at(a + (i + 0.5) * h);
        }
        return sum / n;
    }
}
