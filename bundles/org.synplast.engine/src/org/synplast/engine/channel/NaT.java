package org.synplast.engine.channel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * The transient Na channels NaTa_t, NaTs2_t and NaTg (channels.md):
 * {@code ina = ḡ m³ h (v − ena)} with the Colbert–Pan rates of {@link Rates#transientSodium}
 * at half points V0, W0 and slopes k, kh. NaTa_t: V0 −38, k 6, W0 −66, kh 6; NaTs2_t: V0 −32,
 * k 6, W0 −60, kh 6; NaTg: V0 = −38 + vshiftm, k = slopem, W0 = −66 + vshifth, kh = slopeh,
 * all four RANGE parameters per compartment (defaults 0, 0, 6, 6; the TTX switch is not
 * modelled, the e-models do not use it). The maximal conductance defaults to 0 S/cm²; the
 * e-models always set it.
 */
public final class NaT extends GatedChannel {

    /** NaTa_t: parameter {@code gNaTa_tbar} [S/cm²]. */
    public static final MechanismKind NATA_T = AbstractDensityMechanism.kind("NaTa_t", Defaults.of("gNaTa_tbar", 0.0),
            (c, p) -> new NaT("NaTa_t", "gNaTa_tbar", c, p, -38, 6, -66, 6));
    /** NaTs2_t: parameter {@code gNaTs2_tbar} [S/cm²]. */
    public static final MechanismKind NATS2_T = AbstractDensityMechanism.kind("NaTs2_t", Defaults.of("gNaTs2_tbar", 0.0),
            (c, p) -> new NaT("NaTs2_t", "gNaTs2_tbar", c, p, -32, 6, -60, 6));
    /**
     * NaTg: parameters {@code gNaTgbar} [S/cm²], {@code vshiftm}, {@code vshifth} [mV],
     * {@code slopem}, {@code slopeh} [mV].
     */
    public static final MechanismKind NATG = AbstractDensityMechanism.kind("NaTg",
            Defaults.of("gNaTgbar", 0.0, "vshiftm", 0.0, "vshifth", 0.0, "slopem", 6.0, "slopeh", 6.0),
            NaT::natg);

    private final double[] v0;
    private final double[] km;
    private final double[] w0;
    private final double[] kh;

    private NaT(String name, String gbar, int[] c, Map<String, double[]> p, double v0, double km, double w0,
            double kh) {
        super(name, gbar, Ion.NA, Double.NaN, List.of("m", "h"), new int[] {3, 1}, c, p);
        this.v0 = filled(c.length, v0);
        this.km = filled(c.length, km);
        this.w0 = filled(c.length, w0);
        this.kh = filled(c.length, kh);
    }

    private static NaT natg(int[] c, Map<String, double[]> p) {
        NaT na = new NaT("NaTg", "gNaTgbar", c, p, -38, 6, -66, 6);
        double[] vshiftm = na.parameter(p, "vshiftm");
        double[] vshifth = na.parameter(p, "vshifth");
        double[] slopem = na.parameter(p, "slopem");
        double[] slopeh = na.parameter(p, "slopeh");
        for (int k = 0; k < c.length; k++) {
            na.v0[k] += vshiftm[k];
            na.w0[k] += vshifth[k];
            na.km[k] = slopem[k];
            na.kh[k] = slopeh[k];
        }
        return na;
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }

    @Override
    protected Object rateKey(int k) {
        return List.of(name(), v0[k], km[k], w0[k], kh[k]);
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        Rates.transientSodium(v, v0[k], km[k], w0[k], kh[k], inf, tau);
    }
}
