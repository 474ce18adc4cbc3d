package org.synplast.engine.channel;

import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * Nap_Et2, the persistent Na channel (channels.md): {@code ina = ḡ m³ h (v − ena)};
 * m∞ = 1/(1 + exp(−(v + 52.6)/4.6)), τm = 6/((αm + βm) qt) with the NaT rates at V0 = −38,
 * k = 6; h∞ = 1/(1 + exp((v + 48.8)/10)), τh = 1/((αh + βh) qt) with
 * αh = 2.88e−6 (v + 17)/(exp((v + 17)/4.63) − 1), βh = 6.94e−6 (v + 64.4)/(1 − exp(−(v + 64.4)/2.63))
 * (analytic limits at the singular points). The TTX switch is not modelled.
 * Maximal conductance {@code gNap_Et2bar} [S/cm²], default 0 (the e-models always set it).
 */
public final class NapEt2 extends GatedChannel {

    /** The kind, NMODL suffix {@code Nap_Et2}. */
    public static final MechanismKind KIND = AbstractDensityMechanism.kind("Nap_Et2", Defaults.of("gNap_Et2bar", 0.0), NapEt2::new);

    private NapEt2(int[] c, Map<String, double[]> p) {
        super("Nap_Et2", "gNap_Et2bar", Ion.NA, Double.NaN, List.of("m", "h"), new int[] {3, 1}, c, p);
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        double am = 0.182 * Rates.linoid(v + 38, 6);
        double bm = 0.124 * Rates.linoid(-38 - v, 6);
        double ah = 2.88e-6 * Rates.linoid(-(v + 17), 4.63);
        double bh = 6.94e-6 * Rates.linoid(v + 64.4, 2.63);
        inf[0] = Rates.boltzmann(v, -52.6, 4.6);
        tau[0] = 6 / ((am + bm) * Rates.QT);
        inf[1] = Rates.boltzmann(v, -48.8, -10);
        tau[1] = 1 / ((ah + bh) * Rates.QT);
    }
}
