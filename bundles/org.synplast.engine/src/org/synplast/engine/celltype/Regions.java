package org.synplast.engine.celltype;

import java.util.EnumSet;
import java.util.Set;

import org.synplast.engine.morphology.SectionType;

/** The section lists of the e-models (cells.md §1.1). */
final class Regions {

    static final Set<SectionType> SOMATIC = EnumSet.of(SectionType.SOMA);
    static final Set<SectionType> AXONAL = EnumSet.of(SectionType.AXON);
    static final Set<SectionType> BASAL = EnumSet.of(SectionType.BASAL);
    static final Set<SectionType> APICAL = EnumSet.of(SectionType.APICAL);
    static final Set<SectionType> SOMADEND = EnumSet.of(SectionType.SOMA, SectionType.BASAL, SectionType.APICAL);
    static final Set<SectionType> ALL = EnumSet.allOf(SectionType.class);

    private Regions() {
    }

    /**
     * The BBP exponential Ih gradient {@code g·(−0.8696 + 2.087·exp(0.0031·d))}, d in µm.
     *
     * @param g the density scale [S/cm²]
     * @param d the path distance [µm]
     * @return the density [S/cm²]
     */
    static double ihGradient(double g, double d) {
        return g * (-0.8696 + 2.087 * Math.exp(0.0031 * d));
    }
}
