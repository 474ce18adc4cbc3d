package org.synplast.engine.random;

/**
 * What a random stream is used for. Streams of different purposes are independent, so adding
 * draws for one purpose (for example one more sampled parameter) leaves the others unchanged.
 * The ordinal is part of every stream's key: add new purposes at the end only.
 */
public enum StreamPurpose {
    /** Per-synapse parameter generation (model.md §3.3). */
    PARAMETERS,
    /** Stochastic vesicle release during a simulation (model.md §2.8). */
    RELEASE,
    /** Pair-level draws, such as the number of synapses of a connection. */
    PAIR
}
