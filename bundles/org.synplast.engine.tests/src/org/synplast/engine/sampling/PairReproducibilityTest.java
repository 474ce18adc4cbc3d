package org.synplast.engine.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.synplast.engine.random.RandomStreams;
import org.synplast.engine.random.StreamPurpose;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.GluSynapse;
import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.engine.synapse.Switches;
import org.synplast.engine.synapse.Thresholds;

/** Parameters and releases of a pair depend only on (seed, pair, synapse), not on scheduling. */
class PairReproducibilityTest {

    private static final int PAIRS = 12;
    private static final int SYNAPSES = 6;
    private static final long SEED = 99L;
    private static final SynapseParameterGenerator GENERATOR =
            new SynapseParameterGenerator(PathwayPhysiology.L5TTPC_L5TTPC);
    private static final SynapseModel MODEL = SynapseModel.chindemi2022(Conditions.IN_VITRO, Switches.CONTROL);

    /** @return per synapse: U, gsyn, Nrrp, then the vesicles released by 20 spikes at 20 Hz */
    private static double[] simulatePair(int pair) {
        RandomStreams streams = new RandomStreams(SEED);
        double[] out = new double[SYNAPSES * 23];
        for (int s = 0; s < SYNAPSES; s++) {
            SynapseParameters p = GENERATOR.sample(streams.synapseStream(StreamPurpose.PARAMETERS, pair, s));
            GluSynapse synapse = new GluSynapse(0, MODEL, p, Thresholds.NONE,
                    streams.synapseStream(StreamPurpose.RELEASE, pair, s));
            int o = s * 23;
            out[o] = p.u();
            out[o + 1] = p.gsyn();
            out[o + 2] = p.nrrp();
            for (int k = 0; k < 20; k++) {
                synapse.receive(50.0 * k);
                out[o + 3 + k] = synapse.lastRelease();
            }
        }
        return out;
    }

    @Test
    void sameResultsInAnyOrderAndOnAnyNumberOfThreads() throws Exception {
        double[][] sequential = new double[PAIRS][];
        for (int pair = 0; pair < PAIRS; pair++) {
            sequential[pair] = simulatePair(pair);
        }
        List<Integer> order = new ArrayList<>();
        for (int pair = 0; pair < PAIRS; pair++) {
            order.add(pair);
        }
        Collections.shuffle(order, new Random(3));
        double[][] shuffled = new double[PAIRS][];
        for (int pair : order) {
            shuffled[pair] = simulatePair(pair);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (int pair = 0; pair < PAIRS; pair++) {
                int p = pair;
                futures.add(pool.submit(() -> simulatePair(p)));
            }
            for (int pair = 0; pair < PAIRS; pair++) {
                assertArrayEquals(sequential[pair], shuffled[pair], "shuffled pair " + pair);
                assertArrayEquals(sequential[pair], futures.get(pair).get(), "threaded pair " + pair);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
