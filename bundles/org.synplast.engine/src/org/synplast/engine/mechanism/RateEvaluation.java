package org.synplast.engine.mechanism;

/**
 * How voltage-gated channels evaluate their rates each step.
 */
public enum RateEvaluation {
    /** The rate functions every step, as NEURON's NMODL without a TABLE statement. */
    EXACT,
    /**
     * Per gate, x∞ and the exponential-Euler factor −expm1(−dt/τ) tabulated over the voltage on a
     * 0.01 mV grid from −150 to +100 mV and interpolated linearly (NEURON's TABLE, 25 times finer
     * than its default 200 points over 200 mV); exact outside the grid. Calcium-dependent rates stay
     * exact.
     */
    TABULATED
}
