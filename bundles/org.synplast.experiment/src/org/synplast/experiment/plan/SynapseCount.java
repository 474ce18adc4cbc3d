package org.synplast.experiment.plan;

import org.apache.commons.math3.random.RandomGenerator;
import org.synplast.experiment.ExperimentException;

/** The distribution of the number of synapses of one connected pair. */
public sealed interface SynapseCount {

    /**
     * @param stream the pair's random stream
     * @return a number of synapses, ≥ 1
     */
    int draw(RandomGenerator stream);

    /**
     * Every pair has the same number of synapses.
     *
     * @param count synapses per pair, ≥ 1
     */
    record Fixed(int count) implements SynapseCount {
        /** Validates. */
        public Fixed {
            ExperimentException.require(count >= 1, "synapse count", ">= 1", count);
        }

        @Override
        public int draw(RandomGenerator stream) {
            return count;
        }
    }

    /**
     * Uniform over the integers {@code min..max} inclusive (the paper's pairs: 4–14).
     *
     * @param min smallest count, ≥ 1
     * @param max largest count, ≥ min
     */
    record Uniform(int min, int max) implements SynapseCount {
        /** Validates. */
        public Uniform {
            ExperimentException.require(min >= 1, "smallest synapse count", ">= 1", min);
            ExperimentException.require(max >= min, "largest synapse count", ">= " + min, max);
        }

        @Override
        public int draw(RandomGenerator stream) {
            return min + stream.nextInt(max - min + 1);
        }
    }
}
