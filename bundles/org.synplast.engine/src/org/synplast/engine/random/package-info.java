/**
 * Reproducible random streams for the engine.
 *
 * <p>Every stochastic quantity of an experiment is drawn from a stream identified by the
 * experiment seed, a {@link org.synplast.engine.random.StreamPurpose purpose}, the pair index and
 * the synapse index. A stream depends on nothing else (not on the number of threads, nor on the
 * order in which pairs or synapses are created), so a run is reproduced exactly from its seed.
 */
package org.synplast.engine.random;
