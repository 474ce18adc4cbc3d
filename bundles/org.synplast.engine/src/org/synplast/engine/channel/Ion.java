package org.synplast.engine.channel;

import org.synplast.engine.mechanism.IonState;

/** The ion a channel's current is carried by (NMODL {@code USEION ... WRITE i<ion>} or NONSPECIFIC). */
public enum Ion {
    /** Sodium: reads ena, writes ina. */
    NA,
    /** Potassium: reads ek, writes ik. */
    K,
    /** Calcium: reads eca, writes ica (feeds the calcium pool). */
    CA,
    /** A nonspecific current with the mechanism's own reversal potential. */
    NONSPECIFIC;

    /**
     * @param ions the ion state
     * @return the reversal potentials of this ion per compartment, or {@code null} for NONSPECIFIC
     */
    double[] reversal(IonState ions) {
        return switch (this) {
            case NA -> ions.ena();
            case K -> ions.ek();
            case CA -> ions.eca();
            case NONSPECIFIC -> null;
        };
    }

    /**
     * @param ions the ion state
     * @return the current densities of this ion per compartment, or {@code null} for NONSPECIFIC
     */
    double[] current(IonState ions) {
        return switch (this) {
            case NA -> ions.ina();
            case K -> ions.ik();
            case CA -> ions.ica();
            case NONSPECIFIC -> null;
        };
    }
}
