package org.synplast.engine.channel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.synplast.engine.mechanism.DensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;
import org.synplast.engine.mechanism.Membrane;

/** One-compartment instances of channels and a membrane to drive them at a clamped voltage. */
final class ChannelFixture {

    private ChannelFixture() {
    }

    /**
     * @param kind      the mechanism
     * @param overrides parameter values replacing the defaults
     * @return an instance on compartment 0
     */
    static DensityMechanism single(MechanismKind kind, Map<String, Double> overrides) {
        Map<String, double[]> p = new LinkedHashMap<>();
        kind.parameterDefaults().forEach((name, d) -> p.put(name, new double[] {overrides.getOrDefault(name, d)}));
        return kind.create(new int[] {0}, p);
    }

    /**
     * @param kind the channel
     * @return a gated channel on compartment 0 with default parameters
     */
    static GatedChannel channel(MechanismKind kind) {
        return (GatedChannel) single(kind, Map.of());
    }

    /**
     * @param v  clamped voltage [mV]
     * @param dt time step [ms]
     * @return a one-compartment membrane at 34 °C with ena 50, ek −85 and NEURON's calcium defaults
     */
    static Membrane membrane(double v, double dt) {
        Membrane m = new Membrane(1, 34, dt);
        m.v()[0] = v;
        m.ions().ena()[0] = 50;
        m.ions().ek()[0] = -85;
        m.ions().initializeCalcium(34);
        return m;
    }
}
