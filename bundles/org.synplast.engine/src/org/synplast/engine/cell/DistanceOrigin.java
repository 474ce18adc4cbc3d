package org.synplast.engine.cell;

/** Where path distances from the soma start (cells.md §1.2). */
public enum DistanceOrigin {
    /** soma(0.5), the BluePyOpt/EModelRunner convention. */
    SOMA_CENTER,
    /** soma(0), NEURON's {@code distance()} after {@code access soma} (Hay, NMC 2015 templates). */
    SOMA_START
}
