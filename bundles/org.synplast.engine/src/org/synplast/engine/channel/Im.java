package org.synplast.engine.channel;

import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * Im, the M-current of Adams et al. 1982 (channels.md): {@code ik = ḡ m (v − ek)},
 * αm = 3.3e−3 exp(0.1 (v + 35)), βm = 3.3e−3 exp(−0.1 (v + 35)), m∞ = αm/(αm + βm),
 * τm = 1/((αm + βm) qt).
 * Maximal conductance {@code gImbar} [S/cm²], default 0 (the e-models always set it).
 */
public final class Im extends GatedChannel {

    /** The kind, NMODL suffix {@code Im}. */
    public static final MechanismKind KIND = AbstractDensityMechanism.kind("Im", Defaults.of("gImbar", 0.0), Im::new);

    private Im(int[] c, Map<String, double[]> p) {
        super("Im", "gImbar", Ion.K, Double.NaN, List.of("m"), new int[] {1}, c, p);
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        double am = 3.3e-3 * Math.exp(0.1 * (v + 35));
        double bm = 3.3e-3 * Math.exp(-0.1 * (v + 35));
        inf[0] = am / (am + bm);
        tau[0] = 1 / ((am + bm) * Rates.QT);
    }
}
