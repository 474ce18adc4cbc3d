package org.synplast.engine.channel;

import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * The high-voltage-activated Ca channels Ca_HVA (Reuveni et al. 1993) and Ca_HVA2 (inactivation
 * corrected by 12.3 mV) of channels.md: {@code ica = ḡ m² h (v − eca)} (ohmic), no temperature
 * factor; αm = 0.055 (−27 − v)/(exp((−27 − v)/3.8) − 1) (limit 0.209 at −27 mV),
 * βm = 0.94 exp((−75 − v)/17); with u = v (Ca_HVA) or v + 12.3 (Ca_HVA2):
 * αh = 0.000457 exp((−13 − u)/50), βh = 0.0065/(exp((−u − 15)/28) + 1); x∞ = α/(α + β),
 * τx = 1/(α + β). Both keep the RANGE name {@code gCa_HVAbar} [S/cm²] (default 0). Their ica
 * feeds the compartment's calcium pool.
 */
public final class CaHva extends GatedChannel {

    /** Ca_HVA. */
    public static final MechanismKind CA_HVA = AbstractDensityMechanism.kind("Ca_HVA", Defaults.of("gCa_HVAbar", 0.0),
            (c, p) -> new CaHva("Ca_HVA", 0, c, p));
    /** Ca_HVA2: inactivation rates evaluated at v + 12.3 mV. */
    public static final MechanismKind CA_HVA2 = AbstractDensityMechanism.kind("Ca_HVA2", Defaults.of("gCa_HVAbar", 0.0),
            (c, p) -> new CaHva("Ca_HVA2", 12.3, c, p));

    private final double hShift; // [mV]

    private CaHva(String name, double hShift, int[] c, Map<String, double[]> p) {
        super(name, "gCa_HVAbar", Ion.CA, Double.NaN, List.of("m", "h"), new int[] {2, 1}, c, p);
        this.hShift = hShift;
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        double am = 0.055 * Rates.linoid(v + 27, 3.8);
        double bm = 0.94 * Math.exp((-75 - v) / 17);
        double u = v + hShift;
        double ah = 0.000457 * Math.exp((-13 - u) / 50);
        double bh = 0.0065 / (Math.exp((-u - 15) / 28) + 1);
        inf[0] = am / (am + bm);
        tau[0] = 1 / (am + bm);
        inf[1] = ah / (ah + bh);
        tau[1] = 1 / (ah + bh);
    }
}
