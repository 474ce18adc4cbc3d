package org.synplast.engine.channel;

/**
 * Shared constants and rate helpers of the BBP/Hay channel set (channels.md, "Global
 * conventions"). Pure functions, no state.
 */
public final class Rates {

    /**
     * The hard-coded temperature factor {@code qt = 2.3^((34 − 21)/10)} of NaTa_t, NaTs2_t, NaTg,
     * Nap_Et2, K_Pst, K_Tst, Ca_LVAst and Im; it does not depend on {@code celsius}.
     */
    public static final double QT = Math.pow(2.3, (34.0 - 21.0) / 10.0);

    private Rates() {
    }

    /**
     * {@code x / (1 − exp(−x/k))}, continuous through its removable singularity: the value at
     * {@code x = 0} is the analytic limit {@code k}, and {@code expm1} keeps full precision near it
     * (NMODL instead shifts v by 1e−4 mV on exact equality).
     *
     * @param x the distance from the half point [mV]
     * @param k the slope [mV]
     * @return the value [mV]
     */
    public static double linoid(double x, double k) {
        return x == 0 ? k : x / -Math.expm1(-x / k);
    }

    /**
     * The transient-Na rates of Colbert &amp; Pan 2002 (channels.md "Common NaT rate helper").
     *
     * @param v  membrane potential [mV]
     * @param v0 activation half point V0 [mV]
     * @param km activation slope k [mV]
     * @param w0 inactivation half point W0 [mV]
     * @param kh inactivation slope kh [mV]
     * @param inf receives m∞ at index 0 and h∞ at index 1
     * @param tau receives τm at index 0 and τh at index 1 [ms] (divided by {@link #QT})
     */
    public static void transientSodium(double v, double v0, double km, double w0, double kh, double[] inf, double[] tau) {
        double am = 0.182 * linoid(v - v0, km);
        double bm = 0.124 * linoid(v0 - v, km);
        double ah = 0.015 * linoid(w0 - v, kh);
        double bh = 0.015 * linoid(v - w0, kh);
        inf[0] = am / (am + bm);
        tau[0] = 1 / ((am + bm) * QT);
        inf[1] = ah / (ah + bh);
        tau[1] = 1 / ((ah + bh) * QT);
    }

    /**
     * @param v     [mV]
     * @param half  half-activation [mV]
     * @param slope slope [mV]; positive for activation, negative for inactivation curves
     * @return {@code 1/(1 + exp(−(v − half)/slope))}
     */
    public static double boltzmann(double v, double half, double slope) {
        return 1 / (1 + Math.exp(-(v - half) / slope));
    }
}
