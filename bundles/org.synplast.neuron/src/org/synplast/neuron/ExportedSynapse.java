package org.synplast.neuron;

import java.util.Objects;

import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.engine.synapse.Thresholds;

/**
 * A GluSynapse as the engine builds it ({@link org.synplast.engine.synapse.GluSynapse}'s
 * constructor arguments) with the presynaptic spike times replayed into it.
 *
 * @param id          unique name, used by {@link Recording.Synapse}
 * @param compartment the engine compartment holding the spine
 * @param model       constants, fitted parameters, conditions and switches
 * @param parameters  the synapse's parameters
 * @param thresholds  θd and θp
 * @param spikeTimes  presynaptic spike arrival times [ms], non-decreasing
 *
 * <p>Release is deterministic (all Nrrp sites on every spike, as U = 1 with instant recovery) under
 * the model's {@link org.synplast.engine.synapse.Switches#fullRelease() full release} switch, the
 * comparable mode for differential tests; otherwise NEURON draws releases from its own random
 * stream, which cannot match the engine's streams spike by spike.
 */
public record ExportedSynapse(String id, int compartment, SynapseModel model, SynapseParameters parameters,
        Thresholds thresholds, double[] spikeTimes) {

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
