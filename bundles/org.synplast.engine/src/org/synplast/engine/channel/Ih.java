package org.synplast.engine.channel;

import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * Ih, the HCN current of Kole, Hallermann &amp; Stuart 2006 (channels.md): nonspecific
 * {@code ihcn = ḡ m (v − ehcn)} with {@link #EHCN} = −45 mV; αm = 0.00643 (v + 154.9)/(exp((v + 154.9)/11.9) − 1)
 * (limit 0.076517 at −154.9 mV), βm = 0.193 exp(v/33.1), m∞ = αm/(αm + βm), τm = 1/(αm + βm);
 * no temperature factor.
 * Maximal conductance {@code gIhbar} [S/cm²], default 0 (the e-models always set it).
 */
public final class Ih extends GatedChannel {

    /** The reversal potential of ihcn, the mechanism's PARAMETER ehcn [mV]. */
    public static final double EHCN = -45;

    /** The kind, NMODL suffix {@code Ih}. */
    public static final MechanismKind KIND = AbstractDensityMechanism.kind("Ih", Defaults.of("gIhbar", 0.0), Ih::new);

    private Ih(int[] c, Map<String, double[]> p) {
        super("Ih", "gIhbar", Ion.NONSPECIFIC, EHCN, List.of("m"), new int[] {1}, c, p);
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        double am = 0.00643 * Rates.linoid(-(v + 154.9), 11.9);
        double bm = 0.193 * Math.exp(v / 33.1);
        inf[0] = am / (am + bm);
        tau[0] = 1 / (am + bm);
    }
}
