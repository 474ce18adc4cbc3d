package org.synplast.engine.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synplast.engine.random.RandomStreams;
import org.synplast.engine.random.StreamPurpose;
import org.synplast.engine.synapse.SynapseParameters;

/**
 * Statistical checks on 10 000 synapses of the L5 TTPC pathway (fixed seed, so the outcome is
 * deterministic); every tolerance is 5 standard errors of the estimate.
 */
class SynapseParameterGeneratorTest {

    private static final int N = 10_000;
    private static final PathwayPhysiology PATHWAY = PathwayPhysiology.L5TTPC_L5TTPC;
    private static SynapseParameters[] samples;

    @BeforeAll
    static void sample() {
        SynapseParameterGenerator generator = new SynapseParameterGenerator(PATHWAY);
        RandomStreams streams = new RandomStreams(12345L);
        samples = new SynapseParameters[N];
        for (int i = 0; i < N; i++) {
            samples[i] = generator.sample(streams.synapseStream(StreamPurpose.PARAMETERS, i / 10, i % 10));
        }
    }

    private static double[] column(ToDoubleFunction<SynapseParameters> f) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = f.applyAsDouble(samples[i]);
        }
        return x;
    }

    /** Mean within 5 SE (SD/√n); SD within 5 SE of the SD, √((m4 − s⁴)/(4 n s²)). */
    private static void assertMoments(MeanSd expected, double[] x, String name) {
        double mean = new Mean().evaluate(x);
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= N;
        m4 /= N;
        double sd = Math.sqrt(m2);
        assertEquals(expected.mean(), mean, 5 * sd / Math.sqrt(N), name + " mean");
        double seSd = Math.sqrt((m4 - m2 * m2) / (4.0 * N * m2));
        assertEquals(expected.sd(), sd, 5 * seSd, name + " SD");
    }

    @Test
    void marginsHaveTheSpecifiedMeanAndSd() {
        assertMoments(PATHWAY.u(), column(SynapseParameters::u), "U");
        assertMoments(PATHWAY.depressionTime(), column(SynapseParameters::depressionTime), "D");
        assertMoments(PATHWAY.facilitationTime(), column(SynapseParameters::facilitationTime), "F");
        assertMoments(PATHWAY.gsyn(), column(SynapseParameters::gsyn), "gsyn");
        assertMoments(PATHWAY.spineVolume(), column(SynapseParameters::spineVolume), "volume");
        assertMoments(PATHWAY.tauDecayAmpa(), column(SynapseParameters::tauDecayAmpa), "tau_d AMPA");
        // Nrrp = 1 + Poisson(mean − 1): mean and variance mean − 1
        assertMoments(new MeanSd(PATHWAY.nrrpMean(), Math.sqrt(PATHWAY.nrrpMean() - 1)),
                column(SynapseParameters::nrrp), "Nrrp");
    }

    /**
     * Monotone margins keep ranks, so for the continuous margins Spearman's ρs equals the Gaussian
     * copula's (6/π)·asin(r/2). Compared on Fisher's z scale, whose SE is √(1.06/(n − 3)).
     */
    @Test
    void rankCorrelationsAreThoseOfTheGaussianCopula() {
        double[] u = column(SynapseParameters::u);
        double[] g = column(SynapseParameters::gsyn);
        double[] vol = column(SynapseParameters::spineVolume);
        double[] d = column(SynapseParameters::depressionTime);
        double[] f = column(SynapseParameters::facilitationTime);
        assertSpearman(0.9, u, g);
        assertSpearman(0.92, vol, g);
        assertSpearman(0.828, u, vol);
        assertSpearman(0.0, d, f);
        assertSpearman(0.0, d, u);
        assertSpearman(0.0, f, g);
        // the discrete margin keeps a strong positive association with gsyn
        double nrrpGsyn = new SpearmansCorrelation().correlation(column(SynapseParameters::nrrp), g);
        assertTrue(nrrpGsyn > 0.75, "Spearman(Nrrp, gsyn) = " + nrrpGsyn);
    }

    private static void assertSpearman(double latent, double[] x, double[] y) {
        double expected = 6 / Math.PI * Math.asin(latent / 2);
        double observed = new SpearmansCorrelation().correlation(x, y);
        double se = Math.sqrt(1.06 / (N - 3));
        assertEquals(atanh(expected), atanh(observed), 5 * se, "latent r = " + latent);
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }

    @Test
    void initialEfficacyIsBernoulliOfUAndSetsTheDepressedAndPotentiatedValues() {
        double potentiated = 0;
        for (SynapseParameters p : samples) {
            potentiated += p.rho0();
            assertEquals(PATHWAY.nmdaAmpaRatio() * p.gsyn(), p.gmaxNmda(), 1e-15);
            if (p.rho0() == 1) {
                assertEquals(p.u(), p.up());
                assertEquals(Math.pow(p.u(), 5), p.ud(), 1e-15);
                assertEquals(p.gsyn(), p.gp());
                assertEquals(p.gsyn() / 2, p.gd());
            } else {
                assertEquals(p.u(), p.ud());
                assertEquals(Math.pow(p.u(), 0.2), p.up(), 1e-15);
                assertEquals(p.gsyn(), p.gd());
                assertEquals(2 * p.gsyn(), p.gp());
            }
        }
        // P(ρ0 = 1) = E[U] = 0.38; SE = √(0.38·0.62/n)
        double se = Math.sqrt(0.38 * 0.62 / N);
        assertEquals(PATHWAY.u().mean(), potentiated / N, 5 * se);
    }

    @Test
    void everyTablePathwayCanBeSampled() {
        RandomStreams streams = new RandomStreams(1L);
        for (PathwayPhysiology pathway : new PathwayPhysiology[] {PathwayPhysiology.L5TTPC_L5TTPC,
                PathwayPhysiology.L23PC_L5TTPC, PathwayPhysiology.L23PC_L23PC, PathwayPhysiology.L4SSC_L4SSC,
                PathwayPhysiology.L4PC_L23PC}) {
            SynapseParameterGenerator generator = new SynapseParameterGenerator(pathway);
            for (int i = 0; i < 200; i++) {
                SynapseParameters p = generator.sample(streams.synapseStream(StreamPurpose.PARAMETERS, 0, i));
                if (pathway.nrrpMean() == 1.0) {
                    assertEquals(1, p.nrrp());
                }
                assertTrue(p.gsyn() > 0 && p.spineVolume() > 0, pathway.name());
            }
        }
    }

    @Test
    void infeasibleMarginsAreRejected() {
        MeanSd ok = new MeanSd(1, 0.5);
        assertThrows(IllegalArgumentException.class, () -> new PathwayPhysiology("bad U", ok, 2, new MeanSd(0.5, 0.6),
                ok, ok, 0.5, ok, ok));
        assertThrows(IllegalArgumentException.class, () -> new PathwayPhysiology("bad Nrrp", ok, 0.5,
                new MeanSd(0.5, 0.1), ok, ok, 0.5, ok, ok));
    }

    @Test
    void correlationMatrixIsTheSpecifiedOneAndACopy() {
        var c = SynapseParameterGenerator.correlation();
        assertEquals(0.9, c.getEntry(SynapseParameterGenerator.U, SynapseParameterGenerator.GSYN));
        assertEquals(0.88, c.getEntry(SynapseParameterGenerator.NRRP, SynapseParameterGenerator.VOLUME));
        assertEquals(0.0, c.getEntry(SynapseParameterGenerator.D, SynapseParameterGenerator.F));
        c.setEntry(0, 1, 0.5);
        assertEquals(0.0, SynapseParameterGenerator.correlation().getEntry(0, 1));
    }
}
