package org.synplast.engine.channel;

import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * K_Tst, the transient K channel of Korngreen &amp; Sakmann 2000 with the −10 mV shift
 * (channels.md): {@code ik = ḡ m⁴ h (v − ek)}; with u = v + 10: m∞ = 1/(1 + exp(−u/19)),
 * τm = (0.34 + 0.92 exp(−((u + 71)/59)²))/qt, h∞ = 1/(1 + exp((u + 66)/10)),
 * τh = (8 + 49 exp(−((u + 73)/23)²))/qt.
 * Maximal conductance {@code gK_Tstbar} [S/cm²], default 0 (the e-models always set it).
 */
public final class KTst extends GatedChannel {

    /** The kind, NMODL suffix {@code K_Tst}. */
    public static final MechanismKind KIND = AbstractDensityMechanism.kind("K_Tst", Defaults.of("gK_Tstbar", 0.0), KTst::new);

    private KTst(int[] c, Map<String, double[]> p) {
        super("K_Tst", "gK_Tstbar", Ion.K, Double.NaN, List.of("m", "h"), new int[] {4, 1}, c, p);
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        double u = v + 10;
        double a = (u + 71) / 59;
        double b = (u + 73) / 23;
        inf[0] = Rates.boltzmann(u, 0, 19);
        tau[0] = (0.34 + 0.92 * Math.exp(-a * a)) / Rates.QT;
        inf[1] = Rates.boltzmann(u, -66, -10);
        tau[1] = (8 + 49 * Math.exp(-b * b)) / Rates.QT;
    }
}
