package org.synplast.engine.channel;

import java.util.Map;

import org.synplast.engine.mechanism.MechanismKind;
import org.synplast.engine.mechanism.Membrane;

/**
 * CaDynamics_E2, the submembrane pool of Destexhe et al. 1994 as modified by Hay/BBP
 * (channels.md): see {@link CalciumPool}. RANGE parameters {@code gamma} (0.05),
 * {@code decay} (80 ms), {@code depth} (0.1 µm), {@code minCai} (1e−4 mM). No INITIAL block:
 * cai starts from the ion's default cai0 = {@link org.synplast.engine.mechanism.IonState#DEFAULT_CAI}
 * set by the simulation, and relaxes toward minCai.
 */
public final class CaDynamicsE2 extends CalciumPool {

    /** The kind, NMODL suffix {@code CaDynamics_E2}. */
    public static final MechanismKind KIND = kind("CaDynamics_E2",
            Defaults.of("gamma", 0.05, "decay", 80.0, "depth", 0.1, "minCai", 1e-4), CaDynamicsE2::new);

    private CaDynamicsE2(int[] c, Map<String, double[]> p) {
        super("CaDynamics_E2", c, p, "decay");
        double[] gamma = parameter(p, "gamma");
        double[] depth = parameter(p, "depth");
        double[] minCai = parameter(p, "minCai");
        for (int k = 0; k < c.length; k++) {
            setConstants(k, minCai[k], gamma[k] / depth[k]);
        }
    }

    @Override
    public void initialize(Membrane m) {
        // no INITIAL block: cai keeps the ion's initial value
    }
}
