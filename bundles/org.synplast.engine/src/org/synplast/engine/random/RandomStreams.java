package org.synplast.engine.random;

import java.util.Objects;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Factory of reproducible random streams: one independent generator per (experiment seed,
 * purpose, pair index, synapse index).
 *
 * <p>The four keys are combined by chaining the SplitMix64 finaliser (a bijective 64-bit mix
 * with full avalanche), and the resulting 128 bits seed a {@link Well19937c} generator. The stream
 * of a key is therefore a pure function of the key: creating streams in any order, on any thread,
 * gives the same numbers.
 *
 * @param seed the experiment seed
 */
public record RandomStreams(long seed) {

    /** Pseudo synapse index of pair-level streams. */
    private static final int PAIR_LEVEL = -1;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /**
     * @param purpose what the stream is used for
     * @param pair    index of the pre→post pair within the experiment, ≥ 0
     * @param synapse index of the synapse within the pair, ≥ 0
     * @return a new generator, positioned at the start of the stream
     */
    public RandomGenerator synapseStream(StreamPurpose purpose, int pair, int synapse) {
        if (synapse < 0) {
            throw new IllegalArgumentException("synapse index must be >= 0, got " + synapse);
        }
        return stream(purpose, pair, synapse);
    }

    /**
     * @param purpose what the stream is used for
     * @param pair    index of the pre→post pair within the experiment, ≥ 0
     * @return a new generator for pair-level draws, independent of every synapse stream
     */
    public RandomGenerator pairStream(StreamPurpose purpose, int pair) {
        return stream(purpose, pair, PAIR_LEVEL);
    }

    private RandomGenerator stream(StreamPurpose purpose, int pair, int synapse) {
        Objects.requireNonNull(purpose, "purpose");
        if (pair < 0) {
            throw new IllegalArgumentException("pair index must be >= 0, got " + pair);
        }
        long h = mix64(seed);
        h = mix64(h + GOLDEN_GAMMA * (purpose.ordinal() + 1L));
        h = mix64(h + GOLDEN_GAMMA * (pair + 1L));
        h = mix64(h + GOLDEN_GAMMA * (synapse + 2L));
        long g = mix64(h + GOLDEN_GAMMA);
        return new Well19937c(new int[] {(int) h, (int) (h >>> 32), (int) g, (int) (g >>> 32)});
    }

    /**
     * The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijection of the 64-bit integers in
     * which every input bit affects every output bit.
     *
     * @param z any 64-bit value
     * @return its mix
     */
    static long mix64(long z) {
        long x = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }
}
