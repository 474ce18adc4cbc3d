package org.synplast.engine.sampling;

import java.util.Objects;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.CorrelatedRandomVectorGenerator;
import org.apache.commons.math3.random.GaussianRandomGenerator;
import org.apache.commons.math3.random.RandomGenerator;
import org.synplast.engine.synapse.SynapseParameters;

/**
 * Draws the parameters of one synapse of a pathway (model.md §3.3).
 *
 * <p>A 6-D standard normal z with correlation {@link #correlation()} over (U, D, F, Nrrp, gsyn,
 * spine volume) is drawn with commons-math3's {@link CorrelatedRandomVectorGenerator}; each
 * component is mapped through Φ and the inverse CDF of its margin: U beta, D, F, gsyn and volume
 * gamma (shape and scale moment-matched to mean ± SD), Nrrp = 1 + Poisson(mean − 1). Then, from
 * the same stream, the AMPA decay time (gamma, moment-matched; the specification gives only mean
 * ± SD, we choose the gamma family to keep it positive) and ρ0 ~ Bernoulli(U). gmax_NMDA = gsyn ×
 * the NMDA/AMPA ratio. Immutable and thread-safe; every draw comes from the stream passed in.
 */
public final class SynapseParameterGenerator {

    /** Index of U in the copula. */
    public static final int U = 0;
    /** Index of D in the copula. */
    public static final int D = 1;
    /** Index of F in the copula. */
    public static final int F = 2;
    /** Index of Nrrp in the copula. */
    public static final int NRRP = 3;
    /** Index of gsyn in the copula. */
    public static final int GSYN = 4;
    /** Index of the spine volume in the copula. */
    public static final int VOLUME = 5;

    private static final RealMatrix CORRELATION = buildCorrelation();

    private static final double[] ZERO_MEAN = new double[6];
    private static final double RANK_TOLERANCE = 1e-12;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private final PathwayPhysiology pathway;
    private final RealDistribution u;
    private final RealDistribution depressionTime;
    private final RealDistribution facilitationTime;
    private final RealDistribution gsyn;
    private final RealDistribution spineVolume;
    private final RealDistribution tauDecayAmpa;
    private final PoissonDistribution extraSites; // null when the mean Nrrp is exactly 1

    /** @param pathway mean ± SD of the pathway's synaptic physiology */
    public SynapseParameterGenerator(PathwayPhysiology pathway) {
        this.pathway = Objects.requireNonNull(pathway, "pathway");
        double m = pathway.u().mean();
        double common = m * (1.0 - m) / pathway.u().variance() - 1.0;
        this.u = new BetaDistribution(null, m * common, (1.0 - m) * common,
                BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        this.depressionTime = gamma(pathway.depressionTime());
        this.facilitationTime = gamma(pathway.facilitationTime());
        this.gsyn = gamma(pathway.gsyn());
        this.spineVolume = gamma(pathway.spineVolume());
        this.tauDecayAmpa = gamma(pathway.tauDecayAmpa());
        this.extraSites = pathway.nrrpMean() > 1.0
                ? new PoissonDistribution(null, pathway.nrrpMean() - 1.0, PoissonDistribution.DEFAULT_EPSILON,
                        PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                : null;
    }

    /** @return the pathway this generator samples */
    public PathwayPhysiology pathway() {
        return pathway;
    }

    /**
     * @param stream the synapse's parameter stream (see {@link org.synplast.engine.random.RandomStreams})
     * @return a synapse's parameters
     */
    public SynapseParameters sample(RandomGenerator stream) {
        double[] z = new CorrelatedRandomVectorGenerator(ZERO_MEAN, CORRELATION, RANK_TOLERANCE,
                new GaussianRandomGenerator(stream)).nextVector();
        double release = u.inverseCumulativeProbability(uniform(z[U]));
        double g = gsyn.inverseCumulativeProbability(uniform(z[GSYN]));
        int sites = 1 + (extraSites == null ? 0 : extraSites.inverseCumulativeProbability(uniform(z[NRRP])));
        double tauDecay = tauDecayAmpa.inverseCumulativeProbability(stream.nextDouble());
        int rho0 = stream.nextDouble() < release ? 1 : 0;
        return SynapseParameters.of(release,
                depressionTime.inverseCumulativeProbability(uniform(z[D])),
                facilitationTime.inverseCumulativeProbability(uniform(z[F])),
                sites, g, g * pathway.nmdaAmpaRatio(), tauDecay,
                spineVolume.inverseCumulativeProbability(uniform(z[VOLUME])), rho0);
    }

    /** @return Φ(z), kept inside (0, 1) so that inverse CDFs stay finite */
    private static double uniform(double z) {
        double p = STANDARD_NORMAL.cumulativeProbability(z);
        return Math.min(Math.max(p, Double.MIN_NORMAL), Math.nextDown(1.0));
    }

    private static GammaDistribution gamma(MeanSd value) {
        double shape = value.mean() * value.mean() / value.variance();
        double scale = value.variance() / value.mean();
        return new GammaDistribution(null, shape, scale, GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }

    /** @return a copy of the correlation of the latent normals (model.md §3.3); D and F are uncorrelated */
    public static RealMatrix correlation() {
        return CORRELATION.copy();
    }

    private static RealMatrix buildCorrelation() {
        RealMatrix c = MatrixUtils.createRealIdentityMatrix(6);
        set(c, U, GSYN, 0.9);
        set(c, GSYN, NRRP, 0.9);
        set(c, U, NRRP, 0.81);
        set(c, VOLUME, NRRP, 0.88);
        set(c, VOLUME, GSYN, 0.92);
        set(c, U, VOLUME, 0.828);
        return c;
    }

    private static void set(RealMatrix c, int i, int j, double r) {
        c.setEntry(i, j, r);
        c.setEntry(j, i, r);
    }
}
