package org.synplast.engine.synapse;

import java.util.Objects;

/**
 * Everything shared by the synapses of one simulation: mechanism constants, fitted plasticity
 * parameters, conditions and switches.
 *
 * @param constants  mechanism constants (model.md §3.1)
 * @param plasticity fitted plasticity parameters (model.md §3.2)
 * @param conditions extracellular ions and temperature
 * @param switches   blockers and modes
 */
public record SynapseModel(
        MechanismConstants constants,
        PlasticityParameters plasticity,
        Conditions conditions,
        Switches switches) {

    /** Validates that no part is missing. */
    public SynapseModel {
        Objects.requireNonNull(constants, "constants");
        Objects.requireNonNull(plasticity, "plasticity");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(switches, "switches");
    }

    /**
     * @param conditions extracellular ions and temperature
     * @param switches   blockers and modes
     * @return the paper's model (GluSynapse v1.0.0 constants, the fitted set of 2022)
     */
    public static SynapseModel chindemi2022(Conditions conditions, Switches switches) {
        return new SynapseModel(MechanismConstants.GLUSYNAPSE_V1, PlasticityParameters.CHINDEMI_2022,
                conditions, switches);
    }

    /**
     * @param newSwitches the switches to use instead
     * @return this model with other switches
     */
    public SynapseModel withSwitches(Switches newSwitches) {
        return new SynapseModel(constants, plasticity, conditions, newSwitches);
    }
}
