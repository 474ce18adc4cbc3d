package org.synplast.report.data;

/**
 * The plasticity state of one synapse over time, sampled at the times of its
 * {@link SynapseTraces}.
 *
 * @param label      the synapse label shown in the legend
 * @param rho        the efficacy ρ, dimensionless in [0, 1]
 * @param calcium    the synapse's calcium signal, in the unit its {@link SynapseTraces} names
 */
public record SynapseTrace(String label, double[] rho, double[] calcium) {

    /** Validates lengths and copies the arrays. */
    public SynapseTrace {
        if (label == null || rho.length != calcium.length) {
            throw new IllegalArgumentException("a synapse trace needs a label and equal-length rho and calcium");
        }
        rho = rho.clone();
        calcium = calcium.clone();
    }
}
