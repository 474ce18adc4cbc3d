package org.synplast.engine.synapse;

/**
 * The closed-form relations of the synapse model (model.md §2 and §4), shared by the synapse and
 * its tests.
 */
public final class SynapseFormulas {

    /** Faraday constant [C/mol] (CODATA 2018, NEURON 8 default units). */
    public static final double FARADAY = 96485.33212;
    /** Molar gas constant [J/(mol·K)] (CODATA 2018). */
    public static final double GAS_CONSTANT = 8.314462618;
    /** Zero of the Celsius scale [K]. */
    public static final double ZERO_CELSIUS = 273.15;
    /** Half-activation constant of the Hill scaling of release probability [mM]. */
    public static final double HILL_K = 2.79;
    /** [Ca²⁺]o at which release probabilities are given [mM]. */
    public static final double REFERENCE_CA_O = 2.0;

    private SynapseFormulas() {
    }

    /**
     * Factor f such that a dual exponential f·(exp(−t/τd) − exp(−t/τr)) peaks at exactly 1.
     *
     * @param tauRise  τr [ms]
     * @param tauDecay τd [ms], greater than τr
     * @return f (dimensionless)
     */
    public static double peakNormalisation(double tauRise, double tauDecay) {
        if (!(tauRise > 0.0 && tauDecay > tauRise)) {
            throw new IllegalArgumentException(
                    "dual exponential needs 0 < tau_rise < tau_decay, got " + tauRise + ", " + tauDecay);
        }
        double tPeak = peakTime(tauRise, tauDecay);
        return 1.0 / (Math.exp(-tPeak / tauDecay) - Math.exp(-tPeak / tauRise));
    }

    /**
     * @param tauRise  τr [ms]
     * @param tauDecay τd [ms]
     * @return the time of the peak of a dual exponential after its onset [ms]
     */
    public static double peakTime(double tauRise, double tauDecay) {
        return tauRise * tauDecay / (tauDecay - tauRise) * Math.log(tauDecay / tauRise);
    }

    /**
     * Magnesium block of the NMDA receptor (Jahr and Stevens).
     *
     * @param v   membrane potential [mV]
     * @param mgO extracellular [Mg²⁺] [mM]
     * @return the unblocked fraction in (0, 1]
     */
    public static double mgBlock(double v, double mgO) {
        return 1.0 / (1.0 + Math.exp(-0.072 * v) * mgO / 2.552);
    }

    /**
     * Fraction of the NMDA current carried by calcium (Schneggenburger 1993).
     *
     * @param caO extracellular [Ca²⁺] [mM]
     * @return Pf (0.0506 at 2 mM)
     */
    public static double nmdaCalciumFraction(double caO) {
        return 0.6 * 4.0 * caO / (4.0 * caO + 120.0 / 1.38);
    }

    /**
     * Hill scaling of release probabilities with extracellular calcium, equal to 1 at 2 mM.
     *
     * @param caO extracellular [Ca²⁺] [mM]
     * @return s([Ca²⁺]o); a scaled probability must still be capped at 1
     */
    public static double hillScale(double caO) {
        double k4 = Math.pow(HILL_K, 4);
        double c4 = Math.pow(caO, 4);
        double r4 = Math.pow(REFERENCE_CA_O, 4);
        return (k4 + r4) / r4 * c4 / (k4 + c4);
    }

    /**
     * @param probability a release probability at 2 mM
     * @param caO         extracellular [Ca²⁺] [mM]
     * @return the probability at {@code caO}, capped at 1
     */
    public static double scaledProbability(double probability, double caO) {
        return Math.min(1.0, probability * hillScale(caO));
    }

    /**
     * @param celsius temperature [°C]
     * @return RT/(2F) [mV], the Nernst factor of a divalent ion
     */
    public static double nernstFactorCalcium(double celsius) {
        return 1e3 * GAS_CONSTANT * (celsius + ZERO_CELSIUS) / (2.0 * FARADAY);
    }

    /**
     * @param celsius temperature [°C]
     * @param caO     extracellular [Ca²⁺] [mM]
     * @param caI     intracellular [Ca²⁺] [mM]
     * @return the calcium reversal potential [mV]
     */
    public static double calciumReversal(double celsius, double caO, double caI) {
        return nernstFactorCalcium(celsius) * Math.log(caO / caI);
    }

    /**
     * @param volume volume of a spherical spine head [µm³]
     * @return its surface area [µm²]
     */
    public static double sphereArea(double volume) {
        return 4.0 * Math.PI * Math.pow(3.0 * volume / (4.0 * Math.PI), 2.0 / 3.0);
    }

    /**
     * @param v membrane potential [mV]
     * @return steady-state activation of the spine R-type VDCC
     */
    public static double vdccActivation(double v) {
        return 1.0 / (1.0 + Math.exp((-5.9 - v) / 9.5));
    }

    /**
     * @param v membrane potential [mV]
     * @return steady-state inactivation of the spine R-type VDCC
     */
    public static double vdccInactivation(double v) {
        return 1.0 / (1.0 + Math.exp((-39.0 - v) / -9.2));
    }
}
