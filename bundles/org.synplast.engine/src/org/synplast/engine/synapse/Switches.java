package org.synplast.engine.synapse;

/**
 * Experimental manipulations of the synapse.
 *
 * @param nmdaBlocked   NMDA conductance blocked (no NMDA current, no NMDA calcium)
 * @param vdccBlocked   spine VDCC blocked
 * @param mk801         presynaptic NMDA receptor block by MK-801, emulated as γd = 0 (model.md §5)
 * @param plasticityOff ρ, U_SE and gmax_AMPA frozen at their initial values (c* still computed)
 * @param fullRelease   deterministic release: every presynaptic spike releases all Nrrp sites
 *                      whatever U_SE and the recovery state (the c_pre calibration, and
 *                      differential tests against NEURON); U_SE still evolves with ρ
 */
public record Switches(
        boolean nmdaBlocked,
        boolean vdccBlocked,
        boolean mk801,
        boolean plasticityOff,
        boolean fullRelease) {

    /** Control conditions: nothing blocked, plasticity on. */
    public static final Switches CONTROL = new Switches(false, false, false, false, false);
    /**
     * The c_pre calibration of model.md §5: full release, plasticity off (with the synapse's
     * {@link SynapseParameters#potentiated() potentiated} parameters).
     */
    public static final Switches C_PRE_CALIBRATION = new Switches(false, false, false, true, true);
    /** Plasticity off, nothing else changed (c_post calibration). */
    public static final Switches PLASTICITY_OFF = new Switches(false, false, false, true, false);
}
