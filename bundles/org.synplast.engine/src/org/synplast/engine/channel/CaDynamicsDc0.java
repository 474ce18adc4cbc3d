package org.synplast.engine.channel;

import java.util.Map;
import java.util.function.IntToDoubleFunction;

import org.synplast.engine.EngineException;
import org.synplast.engine.mechanism.MechanismKind;
import org.synplast.engine.mechanism.Membrane;

/**
 * CaDynamics_DC0, the calcium pool scaled by the local surface-to-volume ratio (channels.md):
 * {@link CalciumPool} with depth = diam/4 (surftovol = 4/diam), minCai = {@link #MIN_CAI}
 * (not RANGE) and INITIAL cai = minCai. RANGE parameters {@code gamma} (0.01) and
 * {@code decay} (70 ms).
 *
 * <p>NEURON mechanisms read the segment diameter directly; the engine's mechanism API does not
 * pass geometry, so a kind is bound to the diameters of the cell it is inserted in:
 * {@link #kind(IntToDoubleFunction)} with the compartment diameters of that cell's
 * discretisation (e.g. {@code Cell::diameter} of {@code Cell.of} the same morphology and
 * discretisation rule).
 */
public final class CaDynamicsDc0 extends CalciumPool {

    /** The NMODL suffix. */
    public static final String NAME = "CaDynamics_DC0";
    /** The resting (and initial) concentration [mM]. */
    public static final double MIN_CAI = 6.5e-5;

    private CaDynamicsDc0(int[] c, Map<String, double[]> p, IntToDoubleFunction diameter) {
        super(NAME, c, p, "decay");
        double[] gamma = parameter(p, "gamma");
        for (int k = 0; k < c.length; k++) {
            double diam = diameter.applyAsDouble(c[k]);
            EngineException.require(diam > 0 && Double.isFinite(diam), "diameter of compartment " + c[k] + " for " + NAME,
                    "positive", diam);
            setConstants(k, MIN_CAI, gamma[k] * 4 / diam);
        }
    }

    /**
     * @param diameter the segment diameter [µm] of each compartment index of the cell this kind
     *                 is inserted in
     * @return the kind, parameters {@code gamma} and {@code decay} [ms]
     */
    public static MechanismKind kind(IntToDoubleFunction diameter) {
        return kind(NAME, Defaults.of("gamma", 0.01, "decay", 70.0), (c, p) -> new CaDynamicsDc0(c, p, diameter));
    }

    @Override
    public void initialize(Membrane m) {
        double[] cai = m.ions().cai();
        for (int k = 0; k < comp.length; k++) {
            cai[comp[k]] = minCai(k);
        }
    }
}
