package org.synplast.engine.channel;

import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * SKv3_1, the Kv3.1 channel of Rettig et al. 1992 (channels.md): {@code ik = ḡ m (v − ek)},
 * m∞ = 1/(1 + exp(−(v − 18.7)/9.7)), τm = 4/(1 + exp(−(v + 46.56)/44.14)); no temperature factor.
 * Maximal conductance {@code gSKv3_1bar} [S/cm²], default 0 (the e-models always set it).
 */
public final class SKv31 extends GatedChannel {

    /** The kind, NMODL suffix {@code SKv3_1}. */
    public static final MechanismKind KIND = AbstractDensityMechanism.kind("SKv3_1", Defaults.of("gSKv3_1bar", 0.0), SKv31::new);

    private SKv31(int[] c, Map<String, double[]> p) {
        super("SKv3_1", "gSKv3_1bar", Ion.K, Double.NaN, List.of("m"), new int[] {1}, c, p);
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        inf[0] = Rates.boltzmann(v, 18.7, 9.7);
        tau[0] = 4 / (1 + Math.exp(-(v + 46.56) / 44.14));
    }
}
