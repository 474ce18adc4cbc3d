package org.synplast.engine.synapse;

/**
 * Experimental conditions seen by the synapse.
 *
 * @param caO     extracellular [Ca²⁺] [mM]
 * @param mgO     extracellular [Mg²⁺] [mM]
 * @param celsius temperature [°C]
 */
public record Conditions(double caO, double mgO, double celsius) {

    /** The slice conditions of the paper: 2 mM Ca²⁺, 1 mM Mg²⁺, 34 °C. */
    public static final Conditions IN_VITRO = new Conditions(2.0, 1.0, 34.0);
    /** The in vivo prediction: 1.2 mM Ca²⁺ (model.md §4). */
    public static final Conditions IN_VIVO = new Conditions(1.2, 1.0, 34.0);

    /** Validates ranges. */
    public Conditions {
        MechanismConstants.positive("caO", caO);
        if (!(mgO >= 0.0 && Double.isFinite(mgO))) {
            throw new IllegalArgumentException("mgO must be >= 0, got " + mgO);
        }
        if (!(celsius > -SynapseFormulas.ZERO_CELSIUS && Double.isFinite(celsius))) {
            throw new IllegalArgumentException("celsius must be above absolute zero, got " + celsius);
        }
    }
}
