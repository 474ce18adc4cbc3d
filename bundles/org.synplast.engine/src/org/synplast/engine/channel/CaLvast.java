package org.synplast.engine.channel;

import java.util.List;
import java.util.Map;

import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.MechanismKind;

/**
 * Ca_LVAst, the low-voltage-activated (T-type) Ca channel with the −10 mV shift (channels.md):
 * {@code ica = ḡ m² h (v − eca)} (ohmic); with u = v + 10: m∞ = 1/(1 + exp(−(u + 30)/6)),
 * τm = (5 + 20/(1 + exp((u + 25)/5)))/qt, h∞ = 1/(1 + exp((u + 80)/6.4)),
 * τh = (20 + 50/(1 + exp((u + 40)/7)))/qt. Its ica feeds the compartment's calcium pool.
 * Maximal conductance {@code gCa_LVAstbar} [S/cm²], default 0 (the e-models always set it).
 */
public final class CaLvast extends GatedChannel {

    /** The kind, NMODL suffix {@code Ca_LVAst}. */
    public static final MechanismKind KIND = AbstractDensityMechanism.kind("Ca_LVAst", Defaults.of("gCa_LVAstbar", 0.0), CaLvast::new);

    private CaLvast(int[] c, Map<String, double[]> p) {
        super("Ca_LVAst", "gCa_LVAstbar", Ion.CA, Double.NaN, List.of("m", "h"), new int[] {2, 1}, c, p);
    }

    @Override
    public void rates(int k, double v, double cai, double[] inf, double[] tau) {
        double u = v + 10;
        inf[0] = Rates.boltzmann(u, -30, 6);
        tau[0] = (5 + 20 / (1 + Math.exp((u + 25) / 5))) / Rates.QT;
        inf[1] = Rates.boltzmann(u, -80, -6.4);
        tau[1] = (20 + 50 / (1 + Math.exp((u + 40) / 7))) / Rates.QT;
    }
}
