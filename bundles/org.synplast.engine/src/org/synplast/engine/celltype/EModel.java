package org.synplast.engine.celltype;

import org.synplast.engine.cell.CellModel;
import org.synplast.engine.morphology.AxonReplacement;
import org.synplast.engine.morphology.Morphology;

/**
 * An electrical model of cells.md: mechanisms and densities per region, passive and ionic
 * settings, the axon replacement, distance origin and initial voltage of its generation.
 */
public interface EModel {

    /** Temperature of every e-model [°C] (cells.md §1.5). */
    double CELSIUS = 34;
    /** Somatic spike-detection threshold [mV]. */
    double SPIKE_THRESHOLD = -20;

    /** @return the e-model's name, e.g. {@code cADpyr_L5TPC} */
    String name();

    /** @return its generation */
    Generation generation();

    /** @return the axon replacement its generation applies */
    AxonReplacement axonReplacement();

    /**
     * Applies the e-model to a morphology whose axon has already been replaced by
     * {@link #axonReplacement()}: regions, insertions (calcium pools bound to that morphology's
     * diameters), discretisation {@code nseg = 1 + 2·int(L/40)} (cells.md §1.4), 34 °C, the
     * generation's v_init and distance origin (cells.md §1.2, §1.5). A CaDynamics_DC0 pool reads
     * the segment diameters of exactly this discretisation: to change the discretisation, apply
     * the e-model again rather than calling {@link CellModel#withDiscretization}.
     *
     * @param morphology the morphology
     * @return the cell model
     */
    CellModel apply(Morphology morphology);
}
