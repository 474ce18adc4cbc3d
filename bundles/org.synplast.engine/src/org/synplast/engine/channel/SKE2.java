package org.synplast.engine.channel;

import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * SK_E2, the small-conductance Ca-activated K channel of Köhler et al. 1996 (channels.md):
 * {@code ik = ḡ z (v − ek)}, z∞ = 1/(1 + (0.00043/ca)^4.8) with ca = cai of the compartment
 * (plus 1e−7 mM when below 1e−7 mM), τz = {@code zTau} (1 ms, RANGE as in the EMR version);
 * no temperature factor. Parameters {@code gSK_E2bar} [S/cm²] (default 0) and {@code zTau} [ms].
 */
public final class SKE2 extends GatedChannel {

    /** The kind, NMODL suffix {@code SK_E2}. */
    public static final MechanismKind KIND = AbstractDensityMechanism.kind("SK_E2",
            Defaults.of("gSK_E2bar", 0.0, "zTau", 1.0), SKE2::new);

    private final double[] zTau;

    private SKE2(int[] c, Map<String, double[]> p) {
        super("SK_E2", "gSK_E2bar", Ion.K, Double.NaN, List.of("z"), new int[] {1}, c, p);
        zTau = parameter(p, "zTau");
    }

    /** @return null: the rates follow [Ca]i */
    @Override
    protected Object rateKey(int k) {
        return null;
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        double ca = cai < 1e-7 ? cai + 1e-7 : cai;
        inf[0] = 1 / (1 + Math.pow(0.00043 / ca, 4.8));
        tau[0] = zTau[k];
    }
}
