package org.synplast.neuron;

import java.util.Objects;

import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.engine.synapse.Thresholds;

/**
 * A GluSynapse as the engine builds it ({@link org.synplast.engine.synapse.GluSynapse}'s
 * constructor arguments) with the presynaptic spike times replayed into it.
 *
 * @param id            unique name, used by {@link Recording.Synapse}
 * @param compartment   the engine compartment holding the spine
 * @param model         constants, fitted parameters, conditions and switches
 * @param parameters    the synapse's parameters
 * @param thresholds    θd and θp
 * @param spikeTimes    presynaptic spike arrival times [ms], non-decreasing
 * @param deterministic every spike releases all Nrrp vesicles (U = 1, instant recovery), the
 *                      comparable mode for differential tests; otherwise NEURON draws releases
 *                      from its own random stream
 */
public record ExportedSynapse(String id, int compartment, SynapseModel model, SynapseParameters parameters,
        Thresholds thresholds, double[] spikeTimes, boolean deterministic) {

    /** Validates and copies. */
    public ExportedSynapse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(thresholds, "thresholds");
        spikeTimes = spikeTimes.clone();
        for (int i = 1; i < spikeTimes.length; i++) {
            if (spikeTimes[i] < spikeTimes[i - 1]) {
                throw new IllegalArgumentException("spike times must be non-decreasing");
            }
        }
    }

    @Override
    public double[] spikeTimes() {
        return spikeTimes.clone();
    }
}
