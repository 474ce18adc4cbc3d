package org.synplast.engine.mechanism;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NEURON's passive leak {@code pas}: {@code i = g (v − e)}. Parameters {@code g} [S/cm²]
 * (default 0.001) and {@code e} [mV] (default −70).
 */
public final class Pas extends AbstractDensityMechanism {

    /** The kind, to insert into cell models. */
    public static final MechanismKind KIND = kind("pas", defaults(), Pas::new);

    private final double[] g;
    private final double[] e;

    private Pas(int[] compartments, Map<String, double[]> parameters) {
        super("pas", compartments);
        g = parameter(parameters, "g");
        e = parameter(parameters, "e");
    }

    private static Map<String, Double> defaults() {
        Map<String, Double> d = new LinkedHashMap<>();
        d.put("g", 0.001);
        d.put("e", -70.0);
        return d;
    }

    @Override
    public void initialize(Membrane m) {
        // no states
    }

    @Override
    public void current(Membrane m) {
        double[] v = m.v();
        double[] i = m.current();
        double[] gm = m.conductance();
        for (int k = 0; k < comp.length; k++) {
            int c = comp[k];
            i[c] += g[k] * (v[c] - e[k]);
            gm[c] += g[k];
        }
    }

    @Override
    public void advance(Membrane m) {
        // no states
    }
}
