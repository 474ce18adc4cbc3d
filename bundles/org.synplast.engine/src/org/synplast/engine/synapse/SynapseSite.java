package org.synplast.engine.synapse;

import java.util.Objects;

/**
 * One synapse of a connection placed on the postsynaptic cell.
 *
 * @param compartment the compartment holding the spine
 * @param location    the kind of section, which selects the threshold coefficients
 * @param parameters  the synapse's parameters
 */
public record SynapseSite(int compartment, SynapseLocation location, SynapseParameters parameters) {

    /** Validates. */
    public SynapseSite {
        if (compartment < 0) {
            throw new IllegalArgumentException("compartment must be >= 0, got " + compartment);
        }
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(parameters, "parameters");
    }
}
