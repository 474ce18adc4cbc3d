package org.synplast.engine.channel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.synplast.engine.EngineException;
import org.synplast.engine.mechanism.AbstractDensityMechanism;
import org.synplast.engine.mechanism.IonState;
import org.synplast.engine.mechanism.Membrane;
import org.synplast.engine.mechanism.RateEvaluation;

/**
 * An ohmic channel {@code i = ḡ · Π x_j^{p_j} · (v − E)} with independent gates
 * {@code dx/dt = (x∞ − x)/τx}, vectorised over its compartments. Gates start at x∞(v_init)
 * (NMODL INITIAL) and advance by exponential Euler as NMODL {@code cnexp}:
 * {@code x ← x + (1 − exp(−dt/τ))(x∞ − x)} with the end-of-step voltage. The conductance added
 * to the membrane Jacobian is {@code ḡ Π x^p}, NEURON's dI/dV of an ohmic current with fixed
 * gates. Subclasses provide {@link #rates}, evaluated every step or, under
 * {@link RateEvaluation#TABULATED}, read from voltage tables of x∞ and −expm1(−dt/τ) per gate
 * (linear interpolation on a {@value #TABLE_STEP} mV grid over [{@value #TABLE_MIN},
 * {@value #TABLE_MAX}] mV, exact outside), shared by all instances with equal {@link #rateKey}.
 */
public abstract class GatedChannel extends AbstractDensityMechanism {

    private final double[] gbar;
    private final Ion ion;
    private final double fixedReversal;
    private final List<String> gateNames;
    private final int[] powers;
    private final double[][] gates;
    private final double[] inf;
    private final double[] tau;
    private final double[] open;

    /** Lowest voltage of the rate tables [mV]. */
    public static final double TABLE_MIN = -150;
    /** Highest voltage of the rate tables [mV]. */
    public static final double TABLE_MAX = 100;
    /** Grid step of the rate tables [mV]. */
    public static final double TABLE_STEP = 0.01;
    private static final int TABLE_POINTS = (int) Math.round((TABLE_MAX - TABLE_MIN) / TABLE_STEP) + 1;
    private static final double INVERSE_STEP = 1 / TABLE_STEP;
    /** Tables by (rate key, dt): per grid point and gate, x∞ then −expm1(−dt/τ). */
    private static final Map<List<Object>, double[]> TABLES = new ConcurrentHashMap<>();

    private RateEvaluation evaluation = RateEvaluation.EXACT;
    private final Map<Double, double[][]> tablesByDt = new HashMap<>(4);
    private double[][] tables; // for steps of tableDt: per local compartment, its table or null (exact rates)
    private double tableDt = Double.NaN;

    /**
     * @param name          the NMODL suffix
     * @param gbarName      the RANGE name of the maximal conductance density [S/cm²]
     * @param ion           the carrier
     * @param fixedReversal the reversal potential of a NONSPECIFIC current [mV] (ignored otherwise)
     * @param gateNames     the state names, e.g. m, h
     * @param powers        the exponent of each gate in the open probability
     * @param compartments  where inserted, ascending
     * @param parameters    per-compartment parameter values
     */
    protected GatedChannel(String name, String gbarName, Ion ion, double fixedReversal, List<String> gateNames, int[] powers,
            int[] compartments, Map<String, double[]> parameters) {
        super(name, compartments);
        EngineException.require(gateNames.size() == powers.length, "gate powers of " + name, "one per gate", powers.length);
        this.gbar = parameter(parameters, gbarName);
        this.ion = ion;
        this.fixedReversal = fixedReversal;
        this.gateNames = List.copyOf(gateNames);
        this.powers = powers.clone();
        this.gates = new double[powers.length][];
        for (int j = 0; j < powers.length; j++) {
            gates[j] = state(gateNames.get(j));
        }
        this.inf = new double[powers.length];
        this.tau = new double[powers.length];
        this.open = new double[compartments.length];
    }

    /**
     * The steady states and time constants of all gates at one compartment.
     *
     * @param k   local compartment index (for per-compartment parameters)
     * @param v   membrane potential [mV]
     * @param cai intracellular calcium [mM] (read only by calcium-gated channels)
     * @param inf receives x∞ per gate
     * @param tau receives τx per gate [ms]
     */
    public abstract void rates(int k, double v, double cai, double[] inf, double[] tau);

    /**
     * What, besides the voltage, the rates at compartment k depend on: compartments (of any
     * instance) with equal keys share rate tables. By default the mechanism's name; subclasses
     * with per-compartment rate parameters add them, and rates that read [Ca]i return null.
     *
     * @param k local compartment index
     * @return the key, or null if the rates cannot be tabulated over the voltage
     */
    protected Object rateKey(int k) {
        return name();
    }

    /**
     * {@inheritDoc} Under {@link RateEvaluation#TABULATED}, steps of another length (a simulation
     * taking longer steps through quiet stretches) select their own tables, built on first use.
     */
    @Override
    public final void evaluateRates(RateEvaluation evaluation, double dt) {
        this.evaluation = evaluation;
        tablesByDt.clear();
        selectTables(dt);
    }

    /** Makes {@link #tables} those for steps of {@code dt} (null under exact rates). */
    private void selectTables(double dt) {
        tableDt = dt;
        tables = evaluation != RateEvaluation.TABULATED ? null : tablesByDt.computeIfAbsent(dt, this::tablesFor);
    }

    private double[][] tablesFor(double dt) {
        double[][] byCompartment = new double[comp.length][];
        for (int k = 0; k < comp.length; k++) {
            Object key = rateKey(k);
            if (key != null) {
                int local = k;
                byCompartment[k] = TABLES.computeIfAbsent(List.of(key, dt), x -> tabulate(local, dt));
            }
        }
        return byCompartment;
    }

    private double[] tabulate(int k, double dt) {
        int g = gates.length;
        double[] table = new double[TABLE_POINTS * 2 * g];
        double[] x = new double[g];
        double[] t = new double[g];
        for (int i = 0; i < TABLE_POINTS; i++) {
            rates(k, TABLE_MIN + i * TABLE_STEP, IonState.DEFAULT_CAI, x, t);
            for (int j = 0; j < g; j++) {
                table[2 * (i * g + j)] = x[j];
                table[2 * (i * g + j) + 1] = -Math.expm1(-dt / t[j]);
            }
        }
        return table;
    }

    /** @return the gate (state) names in the order of {@link #rates} */
    public final List<String> gateNames() {
        return gateNames;
    }

    /** @return the carrier of the current */
    public final Ion ion() {
        return ion;
    }

    @Override
    public void initialize(Membrane m) {
        double[] v = m.v();
        double[] cai = m.ions().cai();
        for (int k = 0; k < comp.length; k++) {
            int c = comp[k];
            rates(k, v[c], cai[c], inf, tau);
            for (int j = 0; j < gates.length; j++) {
                gates[j][k] = inf[j];
            }
        }
    }

    @Override
    public void current(Membrane m) {
        double[] v = m.v();
        double[] i = m.current();
        double[] g = m.conductance();
        IonState ions = m.ions();
        double[] e = ion.reversal(ions);
        double[] ii = ion.current(ions);
        // gate-major products over flat arrays (the same multiplications in the same order per compartment)
        double[] o = open;
        System.arraycopy(gbar, 0, o, 0, o.length);
        for (int j = 0; j < gates.length; j++) {
            multiplyPower(o, gates[j], powers[j]);
        }
        for (int k = 0; k < comp.length; k++) {
            int c = comp[k];
            double ic = o[k] * (v[c] - (e == null ? fixedReversal : e[c]));
            if (ii != null) {
                ii[c] += ic;
            }
            i[c] += ic;
            g[c] += o[k];
        }
    }

    /** {@code o[k] *= x[k]} {@code power} times, as successive multiplications. */
    private static void multiplyPower(double[] o, double[] x, int power) {
        switch (power) {
            case 1 -> {
                for (int k = 0; k < o.length; k++) {
                    o[k] = o[k] * x[k];
                }
            }
            case 2 -> {
                for (int k = 0; k < o.length; k++) {
                    o[k] = o[k] * x[k] * x[k];
                }
            }
            case 3 -> {
                for (int k = 0; k < o.length; k++) {
                    o[k] = o[k] * x[k] * x[k] * x[k];
                }
            }
            default -> {
                for (int k = 0; k < o.length; k++) {
                    double f = o[k];
                    for (int p = 0; p < power; p++) {
                        f *= x[k];
                    }
                    o[k] = f;
                }
            }
        }
    }

    @Override
    public void advance(Membrane m) {
        if (m.dt() != tableDt) {
            selectTables(m.dt());
        }
        double[] v = m.v();
        double[][] byCompartment = tables;
        if (byCompartment != null && gates.length == 2) {
            advanceTwoGates(m, byCompartment);
            return;
        }
        if (byCompartment != null && gates.length == 1) {
            advanceOneGate(m, byCompartment);
            return;
        }
        int g = gates.length;
        for (int k = 0; k < comp.length; k++) {
            int c = comp[k];
            double[] table = byCompartment == null ? null : byCompartment[k];
            double grid = (v[c] - TABLE_MIN) * INVERSE_STEP;
            if (table != null && grid >= 0 && grid < TABLE_POINTS - 1) {
                int below = (int) grid;
                double f = grid - below;
                int a = 2 * g * below;
                int b = a + 2 * g;
                for (int j = 0; j < g; j++) {
                    double xInf = table[a + 2 * j] + f * (table[b + 2 * j] - table[a + 2 * j]);
                    double approach = table[a + 2 * j + 1] + f * (table[b + 2 * j + 1] - table[a + 2 * j + 1]);
                    double[] x = gates[j];
                    x[k] += approach * (xInf - x[k]);
                }
            } else {
                advanceExactly(m, k);
            }
        }
    }

    /**
     * The tabulated update of {@link #advance} written out for two gates (and below for one, which
     * covers every channel of the library): the same operations per gate as the general loop,
     * without its per-gate loop and array indirections, which made the update 1.4 times slower
     * (measured on the L5 TTPC).
     */
    private void advanceTwoGates(Membrane m, double[][] byCompartment) {
        double[] v = m.v();
        double[] x0 = gates[0];
        double[] x1 = gates[1];
        for (int k = 0; k < comp.length; k++) {
            double[] table = byCompartment[k];
            double grid = (v[comp[k]] - TABLE_MIN) * INVERSE_STEP;
            if (table != null && grid >= 0 && grid < TABLE_POINTS - 1) {
                int below = (int) grid;
                double f = grid - below;
                int a = 4 * below;
                double inf0 = table[a] + f * (table[a + 4] - table[a]);
                double approach0 = table[a + 1] + f * (table[a + 5] - table[a + 1]);
                double inf1 = table[a + 2] + f * (table[a + 6] - table[a + 2]);
                double approach1 = table[a + 3] + f * (table[a + 7] - table[a + 3]);
                x0[k] += approach0 * (inf0 - x0[k]);
                x1[k] += approach1 * (inf1 - x1[k]);
            } else {
                advanceExactly(m, k);
            }
        }
    }

    private void advanceOneGate(Membrane m, double[][] byCompartment) {
        double[] v = m.v();
        double[] x0 = gates[0];
        for (int k = 0; k < comp.length; k++) {
            double[] table = byCompartment[k];
            double grid = (v[comp[k]] - TABLE_MIN) * INVERSE_STEP;
            if (table != null && grid >= 0 && grid < TABLE_POINTS - 1) {
                int below = (int) grid;
                double f = grid - below;
                int a = 2 * below;
                double inf0 = table[a] + f * (table[a + 2] - table[a]);
                double approach0 = table[a + 1] + f * (table[a + 3] - table[a + 1]);
                x0[k] += approach0 * (inf0 - x0[k]);
            } else {
                advanceExactly(m, k);
            }
        }
    }

    /** One compartment with exact rates: no tables, a voltage off the grid or rates that read [Ca]i. */
    private void advanceExactly(Membrane m, int k) {
        int c = comp[k];
        rates(k, m.v()[c], m.ions().cai()[c], inf, tau);
        double dt = m.dt();
        for (int j = 0; j < gates.length; j++) {
            double[] x = gates[j];
            x[k] -= Math.expm1(-dt / tau[j]) * (inf[j] - x[k]);
        }
    }
}
