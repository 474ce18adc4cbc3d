package org.synplast.engine.channel;

import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * K_Pst, the persistent K channel of Korngreen &amp; Sakmann 2000 with the −10 mV shift
 * (channels.md): {@code ik = ḡ m² h (v − ek)}; with u = v + 10: m∞ = 1/(1 + exp(−(u + 1)/12)),
 * τm = (1.25 + 175.03 exp(0.026 u))/qt for u &lt; −50 else (1.25 + 13 exp(−0.026 u))/qt,
 * h∞ = 1/(1 + exp((u + 54)/11)), τh = (360 + (1010 + 24 (u + 55)) exp(−((u + 75)/48)²))/qt.
 * Maximal conductance {@code gK_Pstbar} [S/cm²], default 0 (the e-models always set it).
 */
public final class KPst extends GatedChannel {

    /** The kind, NMODL suffix {@code K_Pst}. */
    public static final MechanismKind KIND = AbstractDensityMechanism.kind("K_Pst", Defaults.of("gK_Pstbar", 0.0), KPst::new);

    private KPst(int[] c, Map<String, double[]> p) {
        super("K_Pst", "gK_Pstbar", Ion.K, Double.NaN, List.of("m", "h"), new int[] {2, 1}, c, p);
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        double u = v + 10;
        inf[0] = Rates.boltzmann(u, -1, 12);
        tau[0] = (u < -50 ? 1.25 + 175.03 * Math.exp(0.026 * u) : 1.25 + 13 * Math.exp(-0.026 * u)) / Rates.QT;
        inf[1] = Rates.boltzmann(u, -54, -11);
        double w = (u + 75) / 48;
        tau[1] = (360 + (1010 + 24 * (u + 55)) * Math.exp(-w * w)) / Rates.QT;
    }
}
