package org.synplast.engine.cell;

import org.synplast.engine.EngineException;

/**
 * Passive and ionic settings of one region (section type).
 *
 * @param cm  specific membrane capacitance [µF/cm²]
 * @param ra  axial resistivity [Ω·cm]
 * @param ena sodium reversal potential [mV]
 * @param ek  potassium reversal potential [mV]
 */
public record RegionProperties(double cm, double ra, double ena, double ek) {

    /** NEURON's defaults: cm 1, Ra 35.4, ena 50, ek −77. */
    public static final RegionProperties NEURON_DEFAULT = new RegionProperties(1, 35.4, 50, -77);

    /** Validates. */
    public RegionProperties {
        EngineException.require(cm > 0, "cm", "positive", cm);
        EngineException.require(ra > 0, "Ra", "positive", ra);
        EngineException.require(Double.isFinite(ena) && Double.isFinite(ek), "ena and ek", "finite", ena + ", " + ek);
    }
}
