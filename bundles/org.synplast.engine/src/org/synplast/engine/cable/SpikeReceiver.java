package org.synplast.engine.cable;

/** Something that receives presynaptic spike events (NEURON's NET_RECEIVE). */
@FunctionalInterface
public interface SpikeReceiver {

    /**
     * Delivers a spike that arrives at time {@code t}.
     *
     * @param t the arrival time [ms]
     */
    void receive(double t);
}
