/**
 * Export of SynPlast cells and synapses to NEURON and the driver that runs Debian's NEURON for
 * differential tests and benchmarks.
 *
 * <p>{@link org.synplast.neuron.NeuronExporter} writes a {@link org.synplast.neuron.NeuronModel}
 * (the engine's discretised cell, current pulses, GluSynapses with replayed presynaptic spikes,
 * recordings) as a directory with {@code model.json}, SynPlast's own NMODL and the Python
 * driver; {@link org.synplast.neuron.NeuronRunner} compiles the mechanisms (cached by content)
 * and runs {@code /usr/bin/python3} on it, returning a {@link org.synplast.neuron.NeuronResult}.
 */
package org.synplast.neuron;
