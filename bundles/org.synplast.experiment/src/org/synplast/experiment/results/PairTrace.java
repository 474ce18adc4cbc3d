package org.synplast.experiment.results;

/**
 * Decimated traces of one pair: samples at t0 + i·interval (point samples, not averages, so
 * action potentials may fall between them).
 *
 * @param t0Ms       time of the first sample [ms]
 * @param intervalMs sample interval [ms]
 * @param somaMv     somatic voltage [mV]
 * @param cStar      per synapse, effective calcium c* [mM·ms]
 * @param rho        per synapse, efficacy ρ
 */
public record PairTrace(double t0Ms, double intervalMs, double[] somaMv, double[][] cStar, double[][] rho) {

    /** Copies. */
    public PairTrace {
        somaMv = somaMv.clone();
        cStar = deepCopy(cStar);
        rho = deepCopy(rho);
    }

    @Override
    public double[] somaMv() {
        return somaMv.clone();
    }

    @Override
    public double[][] cStar() {
        return deepCopy(cStar);
    }

    @Override
    public double[][] rho() {
        return deepCopy(rho);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
