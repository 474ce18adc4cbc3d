package org.synplast.report.data;

/**
 * The EPSP ratio of one experiment whose synapses lie in one band of path distance from the soma.
 *
 * @param label  the experiment's name
 * @param fromUm the band's nearest path distance // [µm]
 * @param toUm   the band's farthest path distance // [µm]
 * @param ratio  the EPSP ratio across valid pairs
 */
public record DistanceBand(String label, double fromUm, double toUm, MeanSem ratio) {

    /** Validates the components. */
    public DistanceBand {
        if (label == null || ratio == null) {
            throw new IllegalArgumentException("a distance band needs a label and a ratio");
        }
        if (!(fromUm >= 0 && toUm >= fromUm && Double.isFinite(toUm))) {
            throw new IllegalArgumentException("a distance band needs 0 <= from <= to, was " + fromUm + " .. " + toUm);
        }
    }

    /** Returns the band's centre [µm]. */
    public double centreUm() {
        return (fromUm + toUm) / 2;
    }
}
