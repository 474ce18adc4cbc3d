package org.synplast.engine.synapse;

/**
 * Depression and potentiation thresholds of one synapse on c* [mM·ms]. θp &lt; θd is allowed.
 * {@link #NONE} (both infinite) means the synapse has no plasticity: c* never reaches a
 * threshold, and since a synapse starts at a fixed point ρ0 ∈ {0, 1} its efficacy never moves.
 *
 * @param thetaD depression threshold θd [mM·ms], &gt; 0 or +∞
 * @param thetaP potentiation threshold θp [mM·ms], &gt; 0 or +∞
 */
public record Thresholds(double thetaD, double thetaP) {

    /** No plasticity. */
    public static final Thresholds NONE = new Thresholds(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Validates that both thresholds are positive. */
    public Thresholds {
        if (!(thetaD > 0.0) || !(thetaP > 0.0)) {
            throw new IllegalArgumentException("thresholds must be > 0 (or +infinity), got thetaD = "
                    + thetaD + ", thetaP = " + thetaP);
        }
    }

    /** @return whether at least one threshold can be reached */
    public boolean plastic() {
        return Double.isFinite(thetaD) || Double.isFinite(thetaP);
    }
}
