package org.synplast.neuron;

/** The GluSynapse quantities that can be recorded, with their names in SynPlast's NMODL. */
public enum SynapseVariable {
    /** Spine free calcium [mM]. */
    CALCIUM("cai_CR"),
    /** Effective calcium c* [mM·ms]. */
    EFFECTIVE_CALCIUM("effcai_GB"),
    /** Efficacy ρ. */
    RHO("rho_GB"),
    /** Release probability U_SE. */
    USE("Use_GB"),
    /** AMPA peak conductance [nS]. */
    GMAX_AMPA("gmax_AMPA"),
    /** AMPA conductance [µS]. */
    AMPA_CONDUCTANCE("g_AMPA"),
    /** Vesicles released since initialisation (NEURON only; the engine keeps the last release). */
    RELEASED("released");

    private final String nmodlName;

    SynapseVariable(String nmodlName) {
        this.nmodlName = nmodlName;
    }

    /** @return the RANGE or STATE name in GluSynapse.mod */
    public String nmodlName() {
        return nmodlName;
    }
}
