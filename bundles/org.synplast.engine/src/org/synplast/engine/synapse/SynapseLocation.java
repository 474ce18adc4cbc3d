package org.synplast.engine.synapse;

/** The kind of section a synapse sits on, which selects its threshold coefficients. */
public enum SynapseLocation {
    /** Basal dendrite. */
    BASAL,
    /** Apical dendrite (trunk, oblique or tuft). */
    APICAL,
    /** Soma, axon or any other section: the model was fitted on dendritic synapses only. */
    OTHER
}
