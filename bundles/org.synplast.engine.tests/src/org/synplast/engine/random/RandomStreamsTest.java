package org.synplast.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;

import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static long[] firstValues(RandomGenerator rng, int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = rng.nextLong();
        }
        return values;
    }

    @Test
    void sameKeyGivesSameStreamWhateverTheCreationOrder() {
        RandomStreams streams = new RandomStreams(42L);
        long[][] forward = new long[20][];
        for (int pair = 0; pair < 20; pair++) {
            forward[pair] = firstValues(streams.synapseStream(StreamPurpose.RELEASE, pair, 3), 8);
        }
        RandomStreams again = new RandomStreams(42L);
        for (int pair = 19; pair >= 0; pair--) {
            again.pairStream(StreamPurpose.PAIR, pair).nextLong();
            assertArrayEquals(forward[pair], firstValues(again.synapseStream(StreamPurpose.RELEASE, pair, 3), 8));
        }
    }

    @Test
    void everyKeyComponentChangesTheStream() {
        Set<Long> first = new HashSet<>();
        int created = 0;
        for (long seed : new long[] {0L, 1L, -1L}) {
            RandomStreams streams = new RandomStreams(seed);
            for (StreamPurpose purpose : StreamPurpose.values()) {
                for (int pair = 0; pair < 10; pair++) {
                    first.add(streams.pairStream(purpose, pair).nextLong());
                    created++;
                    for (int synapse = 0; synapse < 10; synapse++) {
                        first.add(streams.synapseStream(purpose, pair, synapse).nextLong());
                        created++;
                    }
                }
            }
        }
        assertEquals(created, first.size(), "two keys gave the same stream");
    }

    @Test
    void mixIsNotTheIdentityAndSpreadsNeighbours() {
        // neighbouring inputs differ in about half of their output bits (avalanche)
        int totalBits = 0;
        for (long z = 0; z < 1000; z++) {
            totalBits += Long.bitCount(RandomStreams.mix64(z) ^ RandomStreams.mix64(z + 1));
        }
        double meanBits = totalBits / 1000.0;
        // binomial(64, 1/2) mean over 1000 samples: SD of the mean = 4/sqrt(1000) = 0.13
        assertEquals(32.0, meanBits, 0.65);
    }

    @Test
    void negativeIndicesAreRejected() {
        RandomStreams streams = new RandomStreams(1L);
        assertThrows(IllegalArgumentException.class, () -> streams.synapseStream(StreamPurpose.RELEASE, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> streams.synapseStream(StreamPurpose.RELEASE, 0, -1));
    }
}
