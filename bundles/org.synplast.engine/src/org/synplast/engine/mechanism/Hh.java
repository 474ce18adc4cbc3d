package org.synplast.engine.mechanism;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * NEURON's built-in Hodgkin–Huxley mechanism {@code hh} (hh.mod): sodium, potassium and leak
 * currents with rates scaled by {@code q10 = 3^((celsius − 6.3)/10)}; gates advanced by
 * exponential Euler as {@code cnexp}. {@link #KIND} reproduces NEURON's default of tabulating
 * the rate functions from −100 to 100 mV in 200 steps with linear interpolation (values clamped
 * outside); {@link #UNTABULATED} evaluates them exactly. Reads ena and ek, writes ina and ik.
 * At 34 °C the fast rates put the model in heat block, exactly as in NEURON.
 *
 * <p>Parameters: {@code gnabar} 0.12, {@code gkbar} 0.036, {@code gl} 0.0003 [S/cm²],
 * {@code el} −54.3 [mV]. States {@code m}, {@code h}, {@code n}.
 */
public final class Hh extends AbstractDensityMechanism {

    /** hh with NEURON's default rate tables. */
    public static final MechanismKind KIND = kind("hh", defaults(), (c, p) -> new Hh(c, p, true));
    /** hh with exact rate functions (NEURON's {@code usetable_hh = 0}). */
    public static final MechanismKind UNTABULATED = kind("hh", defaults(), (c, p) -> new Hh(c, p, false));

    private static final double TABLE_MIN = -100;
    private static final int TABLE_STEPS = 200;
    private static final double TABLE_DV = 200.0 / TABLE_STEPS;

    private final double[] gnabar;
    private final double[] gkbar;
    private final double[] gl;
    private final double[] el;
    private final double[] m;
    private final double[] h;
    private final double[] n;
    private final boolean tabulated;
    /** Rates at one voltage: minf, mtau, hinf, htau, ninf, ntau. */
    private final double[] rates = new double[6];
    /** table[j][i]: rate j at TABLE_MIN + i·TABLE_DV. */
    private double[][] table;
    private double tableCelsius = Double.NaN;

    private Hh(int[] compartments, Map<String, double[]> parameters, boolean tabulated) {
        super("hh", compartments);
        gnabar = parameter(parameters, "gnabar");
        gkbar = parameter(parameters, "gkbar");
        gl = parameter(parameters, "gl");
        el = parameter(parameters, "el");
        m = state("m");
        h = state("h");
        n = state("n");
        this.tabulated = tabulated;
    }

    private static Map<String, Double> defaults() {
        Map<String, Double> d = new LinkedHashMap<>();
        d.put("gnabar", 0.12);
        d.put("gkbar", 0.036);
        d.put("gl", 0.0003);
        d.put("el", -54.3);
        return d;
    }

    /**
     * Evaluates hh's rate functions exactly.
     *
     * @param v       [mV]
     * @param celsius [°C]
     * @param out     receives minf, mtau, hinf, htau, ninf, ntau (τ in ms)
     */
    public static void exactRates(double v, double celsius, double[] out) {
        double q10 = Math.pow(3, (celsius - 6.3) / 10);
        double alpha = 0.1 * vtrap(-(v + 40), 10);
        double beta = 4 * Math.exp(-(v + 65) / 18);
        double sum = alpha + beta;
        out[0] = alpha / sum;
        out[1] = 1 / (q10 * sum);
        alpha = 0.07 * Math.exp(-(v + 65) / 20);
        beta = 1 / (Math.exp(-(v + 35) / 10) + 1);
        sum = alpha + beta;
        out[2] = alpha / sum;
        out[3] = 1 / (q10 * sum);
        alpha = 0.01 * vtrap(-(v + 55), 10);
        beta = 0.125 * Math.exp(-(v + 65) / 80);
        sum = alpha + beta;
        out[4] = alpha / sum;
        out[5] = 1 / (q10 * sum);
    }

    private static double vtrap(double x, double y) {
        return Math.abs(x / y) < 1e-6 ? y * (1 - x / y / 2) : x / (Math.exp(x / y) - 1);
    }

    /** Fills {@link #rates} at v, from the tables (rebuilt when celsius changes) or exactly. */
    private void rates(double v, double celsius) {
        if (!tabulated) {
            exactRates(v, celsius, rates);
            return;
        }
        if (celsius != tableCelsius) {
            table = new double[6][TABLE_STEPS + 1];
            double[] r = new double[6];
            for (int i = 0; i <= TABLE_STEPS; i++) {
                exactRates(TABLE_MIN + i * TABLE_DV, celsius, r);
                for (int j = 0; j < 6; j++) {
                    table[j][i] = r[j];
                }
            }
            tableCelsius = celsius;
        }
        double xi = (v - TABLE_MIN) / TABLE_DV;
        int i;
        double theta;
        if (xi <= 0) {
            i = 0;
            theta = 0;
        } else if (xi >= TABLE_STEPS) {
            i = TABLE_STEPS - 1;
            theta = 1;
        } else {
            i = (int) xi;
            theta = xi - i;
        }
        for (int j = 0; j < 6; j++) {
            double[] t = table[j];
            rates[j] = t[i] + theta * (t[i + 1] - t[i]);
        }
    }

    @Override
    public void initialize(Membrane mem) {
        double[] v = mem.v();
        for (int k = 0; k < comp.length; k++) {
            rates(v[comp[k]], mem.celsius());
            m[k] = rates[0];
            h[k] = rates[2];
            n[k] = rates[4];
        }
    }

    @Override
    public void current(Membrane mem) {
        double[] v = mem.v();
        double[] i = mem.current();
        double[] g = mem.conductance();
        double[] ena = mem.ions().ena();
        double[] ek = mem.ions().ek();
        double[] ina = mem.ions().ina();
        double[] ik = mem.ions().ik();
        for (int k = 0; k < comp.length; k++) {
            int c = comp[k];
            double mk = m[k];
            double nk = n[k];
            double gna = gnabar[k] * mk * mk * mk * h[k];
            double nk2 = nk * nk;
            double gk = gkbar[k] * nk2 * nk2;
            double iNa = gna * (v[c] - ena[c]);
            double iK = gk * (v[c] - ek[c]);
            ina[c] += iNa;
            ik[c] += iK;
            i[c] += iNa + iK + gl[k] * (v[c] - el[k]);
            g[c] += gna + gk + gl[k];
        }
    }

    @Override
    public void advance(Membrane mem) {
        double[] v = mem.v();
        double dt = mem.dt();
        for (int k = 0; k < comp.length; k++) {
            rates(v[comp[k]], mem.celsius());
            m[k] += (1 - Math.exp(-dt / rates[1])) * (rates[0] - m[k]);
            h[k] += (1 - Math.exp(-dt / rates[3])) * (rates[2] - h[k]);
            n[k] += (1 - Math.exp(-dt / rates[5])) * (rates[4] - n[k]);
        }
    }
}
