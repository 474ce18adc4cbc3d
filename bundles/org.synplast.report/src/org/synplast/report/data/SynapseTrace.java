package org.synplast.report.data;

/**
 * The plasticity state of one synapse over time, sampled at the times of its
 * {@link SynapseTraces}.
 *
 * @param label      the synapse label shown in the legend
 * @param rho        the efficacy ρ, dimensionless in [0, 1]
 * @param calciumMicroM the synaptic calcium concentration // [µM]
 */
public record SynapseTrace(String label, double[] rho, double[] calciumMicroM) {

    /** Validates lengths and copies the arrays. */
    public SynapseTrace {
        if (label == null || rho.length != calciumMicroM.length) {
            throw new IllegalArgumentException("a synapse trace needs a label and equal-length rho and calcium");
        }
        rho = rho.clone();
        calciumMicroM = calciumMicroM.clone();
    }
}
