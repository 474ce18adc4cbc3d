package org.synplast.engine.cable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.DoubleSupplier;
import java.util.function.IntFunction;

import org.synplast.engine.EngineException;
import org.synplast.engine.EngineMessage;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.cell.MechanismPlacement;
import org.synplast.engine.cell.RegionProperties;
import org.synplast.engine.mechanism.DensityMechanism;
import org.synplast.engine.mechanism.IonState;
import org.synplast.engine.mechanism.Membrane;
import org.synplast.engine.mechanism.RateEvaluation;

/**
 * Runs one {@link Cell} with NEURON's fixed-step method (Arbor's simulation side): owns the
 * flat state arrays, the mechanisms instantiated from the cell's placements, point processes,
 * the event queue, recordings and somatic spike detection.
 *
 * <p>One step from t to t + dt, in NEURON's order ({@code nrn_fixed_step}):
 * <ol>
 * <li>deliver queued events with time ≤ t + dt/2 (each receiver gets its event's own time);</li>
 * <li>zero ionic currents, recompute eca where cai is dynamic; every density mechanism and
 * point process adds its current and dI/dV at the start-of-step voltage, time t + dt/2;</li>
 * <li>assemble the backward-Euler cable equation for the voltage change
 * {@code (C/dt + G_m + Σ g_ax) Δv_i − Σ g_ax Δv_j = −I_m + Σ g_ax (v_j − v_i)} and solve it with
 * the Hines algorithm (elimination from the leaves, parents cached in a flat array);</li>
 * <li>{@code v += Δv}, t += dt; advance mechanism and point-process states with the new
 * voltage; detect an upward threshold crossing at soma(0.5) (time interpolated linearly within
 * the step) and record.</li>
 * </ol>
 * Units: voltage [mV], point-process current [nA], conductance [µS], time [ms]. The time loop
 * does not allocate (except when events are scheduled).
 */
public final class Simulation {

    /** NEURON's default fixed time step [ms]. */
    public static final double DEFAULT_DT = 0.025;
    /** Membrane and ion arrays at the start of {@link #liveArrays()}. */
    private static final int MEMBRANE_ARRAYS = 9;

    private final Cell cell;
    private final CellModel model;
    private final double dt;
    private final RateEvaluation rates;
    private final int n;
    private final int[] parent;
    private final double[] axial;
    private final double[] capacitance; // C/dt per compartment
    private final double[] longStepCapacitance; // C/(longStepFactor·dt)
    private int longStepFactor;
    private final double[] areaFactor;
    private final double[] axialSum;
    private final double[] diag;
    private final double[] rhs;
    private final Membrane membrane;
    private final DensityMechanism[] mechanisms;
    private final Map<String, DensityMechanism> mechanismsByName = new LinkedHashMap<>();
    private PointProcess[] points = new PointProcess[0];
    private int[] pointCompartment = new int[0];
    private final List<Trace> traces = new ArrayList<>();
    private double[][] stateArrays; // see liveArrays()
    private HinesOrder hinesOrder; // built by the first step
    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final List<Output> outputs = new ArrayList<>();
    private long sequence;
    private long step;
    private boolean initialized;
    private final int soma;
    private final double threshold;
    private double previousSomaV;
    private double[] spikes = new double[8];
    private int spikeCount;

    /**
     * @param cell the cell, at {@link #DEFAULT_DT}, with exact rates
     */
    public Simulation(Cell cell) {
        this(cell, DEFAULT_DT);
    }

    /**
     * @param cell the cell, with exact rates
     * @param dt   the fixed time step [ms]
     */
    public Simulation(Cell cell, double dt) {
        this(cell, dt, RateEvaluation.EXACT);
    }

    /**
     * @param cell  the cell
     * @param dt    the fixed time step [ms]
     * @param rates how channels evaluate their voltage-dependent rates
     */
    public Simulation(Cell cell, double dt, RateEvaluation rates) {
        EngineException.require(dt > 0 && Double.isFinite(dt), "dt", "positive", dt);
        this.cell = cell;
        this.model = cell.model();
        this.dt = dt;
        this.rates = rates;
        this.n = cell.size();
        parent = new int[n];
        axial = new double[n];
        capacitance = new double[n];
        longStepCapacitance = new double[n];
        areaFactor = new double[n];
        axialSum = new double[n];
        diag = new double[n];
        rhs = new double[n];
        for (int c = 0; c < n; c++) {
            parent[c] = cell.parent(c);
            areaFactor[c] = cell.area(c) * 1e-2;
            capacitance[c] = cell.cm(c) * cell.area(c) * 1e-5 / dt;
            if (c > 0) {
                axial[c] = cell.axialConductance(c);
                axialSum[c] += axial[c];
                axialSum[parent[c]] += axial[c];
            }
        }
        membrane = new Membrane(n, model.celsius(), dt);
        List<MechanismPlacement> placements = cell.mechanisms();
        mechanisms = new DensityMechanism[placements.size()];
        for (int k = 0; k < mechanisms.length; k++) {
            mechanisms[k] = placements.get(k).instantiate();
            mechanisms[k].evaluateRates(rates, dt);
            mechanismsByName.put(placements.get(k).kind().name(), mechanisms[k]);
            if (mechanisms[k].writesCalcium()) {
                membrane.ions().markCalciumDynamic(mechanisms[k].compartments());
            }
        }
        soma = cell.soma();
        threshold = model.spikeThreshold();
    }

    /** @return the cell */
    public Cell cell() {
        return cell;
    }

    /** @return the time step [ms] */
    public double dt() {
        return dt;
    }

    /** @return the current time [ms] */
    public double time() {
        return step * dt;
    }

    /** @return the number of steps taken since initialisation */
    public long steps() {
        return step;
    }

    /**
     * @param c a compartment
     * @return its membrane potential [mV]
     */
    public double voltage(int c) {
        return membrane.v()[c];
    }

    /** @return the live membrane state shared with the mechanisms */
    public Membrane membrane() {
        return membrane;
    }

    /**
     * @param name a mechanism's name
     * @return the instance inserted in this cell
     */
    public DensityMechanism mechanism(String name) {
        DensityMechanism m = mechanismsByName.get(name);
        if (m == null) {
            throw new EngineException(EngineMessage.UNKNOWN_MECHANISM, name);
        }
        return m;
    }

    /**
     * Adds a point process (stimulus, synapse). Its {@code initialize} is called at
     * {@link #initialize()}, or now if the simulation is already initialised.
     *
     * @param p the process
     */
    public void add(PointProcess p) {
        cell.checkCompartment(p.compartment());
        points = Arrays.copyOf(points, points.length + 1);
        points[points.length - 1] = p;
        pointCompartment = Arrays.copyOf(pointCompartment, points.length);
        pointCompartment[points.length - 1] = p.compartment();
        if (initialized) {
            p.initialize(membrane.v()[p.compartment()]);
        }
    }

    /**
     * Queues an event (NEURON's {@code NetCon.event}). It is delivered at the start of the step
     * whose middle is at or after its time. {@link #initialize()} clears the queue.
     *
     * @param time     arrival time [ms], not before {@link #time()}
     * @param receiver the target
     */
    public void schedule(double time, SpikeReceiver receiver) {
        if (time < time()) {
            throw new EngineException(EngineMessage.EVENT_IN_PAST, time, time());
        }
        queue.add(new Event(time, sequence++, receiver));
    }

    /**
     * Sends every somatic spike of this cell, after {@code delay}, to a receiver (a NetCon from
     * soma(0.5)).
     *
     * @param receiver the target
     * @param delay    [ms], non-negative
     */
    public void connectSpikes(SpikeReceiver receiver, double delay) {
        EngineException.require(delay >= 0, "delay", "non-negative", delay);
        outputs.add(new Output(receiver, delay));
    }

    /**
     * Records a quantity every {@code every} steps, from initialisation on (or from now if
     * already initialised).
     *
     * @param source what to record, e.g. from {@link #probe(String, int)}
     * @param every  decimation, positive
     * @return the trace, filled as the simulation runs
     */
    public Trace record(DoubleSupplier source, int every) {
        EngineException.require(every >= 1, "decimation", ">= 1", every);
        Trace tr = new Trace(source, every);
        traces.add(tr);
        if (initialized) {
            tr.sample(step, time());
        }
        return tr;
    }

    /**
     * A reader of a membrane or ion quantity at a compartment: {@code v}, {@code ena}, {@code ek},
     * {@code eca}, {@code cai}, {@code cao}, {@code ina}, {@code ik}, {@code ica}.
     *
     * @param variable the quantity
     * @param c        the compartment
     * @return a supplier of its current value
     */
    public DoubleSupplier probe(String variable, int c) {
        cell.checkCompartment(c);
        IonState ions = membrane.ions();
        double[] a = switch (variable) {
            case "v" -> membrane.v();
            case "ena" -> ions.ena();
            case "ek" -> ions.ek();
            case "eca" -> ions.eca();
            case "cai" -> ions.cai();
            case "cao" -> ions.cao();
            case "ina" -> ions.ina();
            case "ik" -> ions.ik();
            case "ica" -> ions.ica();
            default -> throw new EngineException(EngineMessage.UNKNOWN_VARIABLE, "membrane", variable, c);
        };
        return () -> a[c];
    }

    /**
     * A reader of a mechanism's state or parameter at a compartment, e.g. ("hh", "m", c).
     *
     * @param mechanism the mechanism's name
     * @param variable  its variable
     * @param c         the compartment
     * @return a supplier of its current value
     */
    public DoubleSupplier probe(String mechanism, String variable, int c) {
        return mechanism(mechanism).probe(variable, c);
    }

    /**
     * NEURON's {@code finitialize(v_init)}: t = 0, every voltage to the model's v_init, ion
     * defaults (ena/ek per region, cai 5e-5 mM, cao 2 mM), mechanism and point-process initial
     * states; clears events, spikes and recordings and takes the first samples.
     */
    public void initialize() {
        step = 0;
        double[] v = membrane.v();
        Arrays.fill(v, model.vInit());
        IonState ions = membrane.ions();
        for (int c = 0; c < n; c++) {
            RegionProperties p = model.properties(cell.type(c));
            ions.ena()[c] = p.ena();
            ions.ek()[c] = p.ek();
        }
        ions.initializeCalcium(model.celsius());
        membrane.setTime(0, dt);
        for (DensityMechanism m : mechanisms) {
            m.initialize(membrane);
        }
        for (int k = 0; k < points.length; k++) {
            points[k].initialize(v[pointCompartment[k]]);
        }
        queue.clear();
        spikeCount = 0;
        previousSomaV = v[soma];
        for (Trace tr : traces) {
            tr.clear();
            tr.sample(0, 0);
        }
        initialized = true;
    }

    /**
     * Advances until {@link #time()} reaches {@code tStop} (steps while t &lt; tStop − dt/2, as
     * NEURON's {@code continuerun}).
     *
     * @param tStop [ms]
     */
    public void run(double tStop) {
        requireInitialized();
        long target = Math.max(step, Math.round(Math.ceil(tStop / dt - 0.5)));
        int more = (int) Math.min(Integer.MAX_VALUE, target - step);
        for (Trace tr : traces) {
            tr.reserve(more / tr.every() + 1);
        }
        while (step < target) {
            advance();
        }
    }

    /** Advances one step of {@link #dt()}. */
    public void advance() {
        requireInitialized();
        takeStep(1, capacitance);
    }

    /**
     * Advances one step of {@code factor} × {@link #dt()} by the same scheme (implicit cable,
     * exponential gates, point processes over the whole step), for quiet stretches where the
     * states change slowly; the caller judges that (see {@code org.synplast.engine.quiescence}).
     * Queued events must lie beyond the step, and point processes must not change their drive
     * within it (a current pulse is read at the step's middle). Refused while recordings exist.
     *
     * @param factor the step in units of {@link #dt()}, at least 1
     */
    public void advance(int factor) {
        requireInitialized();
        EngineException.require(factor >= 1, "step factor", ">= 1", factor);
        if (factor == 1) {
            takeStep(1, capacitance);
            return;
        }
        EngineException.require(traces.isEmpty(), "recordings while taking long steps", "none", traces.size());
        double end = (step + factor) * dt;
        EngineException.require(queue.isEmpty() || queue.peek().time > end - 0.5 * dt, "next event in a long step [ms]",
                "after the step", queue.isEmpty() ? null : queue.peek().time);
        if (factor != longStepFactor) {
            for (int c = 0; c < n; c++) {
                longStepCapacitance[c] = capacitance[c] / factor;
            }
            longStepFactor = factor;
        }
        takeStep(factor, longStepCapacitance);
    }

    /** One implicit step of {@code factor} × dt with {@code cOverH} = C/(factor·dt) per compartment. */
    private void takeStep(int factor, double[] cOverH) {
        double h = factor * dt;
        double t0 = step * dt;
        double tm = t0 + 0.5 * h;
        deliverEvents(tm);
        double[] v = membrane.v();
        double[] im = membrane.current();
        double[] gm = membrane.conductance();
        membrane.setTime(tm, h);
        membrane.ions().beginStep(model.celsius());
        Arrays.fill(im, 0);
        Arrays.fill(gm, 0);
        for (DensityMechanism m : mechanisms) {
            m.current(membrane);
        }
        for (int c = 0; c < n; c++) {
            diag[c] = cOverH[c] + axialSum[c] + gm[c] * areaFactor[c];
            rhs[c] = -im[c] * areaFactor[c];
        }
        for (int k = 0; k < points.length; k++) {
            int c = pointCompartment[k];
            double vc = v[c];
            rhs[c] -= points[k].current(tm, vc);
            diag[c] += points[k].conductance(tm, vc);
        }
        for (int c = 1; c < n; c++) {
            int p = parent[c];
            double flow = axial[c] * (v[p] - v[c]);
            rhs[c] += flow;
            rhs[p] -= flow;
        }
        if (hinesOrder == null) {
            hinesOrder = new HinesOrder(parent);
        }
        hinesSolve(parent, hinesOrder, axial, diag, rhs);
        for (int c = 0; c < n; c++) {
            v[c] += rhs[c];
        }
        step += factor;
        double t1 = step * dt;
        membrane.setTime(t1, h);
        for (DensityMechanism m : mechanisms) {
            m.advance(membrane);
        }
        for (int k = 0; k < points.length; k++) {
            points[k].advance(t1, h, v[pointCompartment[k]]);
        }
        detectSpike(t0, h, v[soma]);
        for (int k = 0, size = traces.size(); k < size; k++) {
            traces.get(k).sample(step, t1);
        }
    }

    /**
     * Advances {@code steps} steps without solving the cable: membrane and density-mechanism
     * states are held, which is exact when they are at a fixed point of the step map (the caller's
     * responsibility, see {@code org.synplast.engine.quiescence}). Point processes advance over the
     * gap at their compartment's held voltage, in equal substeps of at most {@code maxSubstep}.
     * Refused while recordings exist or when a queued event would be delivered within the gap.
     *
     * @param steps      whole steps to hold, non-negative
     * @param maxSubstep the longest point-process substep [ms], at least {@link #dt()}
     */
    public void hold(long steps, double maxSubstep) {
        requireInitialized();
        EngineException.require(steps >= 0, "held steps", "non-negative", steps);
        EngineException.require(maxSubstep >= dt, "hold substep [ms]", ">= dt", maxSubstep);
        EngineException.require(traces.isEmpty(), "recordings while holding", "none", traces.size());
        double end = (step + steps) * dt;
        EngineException.require(queue.isEmpty() || queue.peek().time > end - 0.5 * dt, "next event while holding [ms]",
                "after the held steps", queue.isEmpty() ? null : queue.peek().time);
        if (steps == 0) {
            return;
        }
        double start = step * dt;
        long pieces = (long) Math.ceil(steps * dt / maxSubstep);
        double h = steps * dt / pieces;
        double[] v = membrane.v();
        for (long i = 1; i <= pieces; i++) {
            double t = start + i * h;
            for (int k = 0; k < points.length; k++) {
                points[k].advance(t, h, v[pointCompartment[k]]);
            }
        }
        step += steps;
        membrane.setTime(step * dt, dt);
    }

    /**
     * Sets every state of the cell (voltages, ions, density-mechanism states) to those of
     * {@code rest}, then {@link #hold holds} {@code steps} steps. Where the cell has relaxed to
     * within a small deviation of its resting state and nothing happens for a gap much longer than
     * its slowest time constant, a fixed-step run would arrive at rest at the gap's end; this puts
     * it there directly (the caller's responsibility, see {@code org.synplast.engine.quiescence}).
     * Time, queued events and detected spikes are kept.
     *
     * @param rest       a resting state of this simulation ({@link #cellState()})
     * @param steps      whole steps to hold, non-negative
     * @param maxSubstep the longest point-process substep [ms], at least {@link #dt()}
     */
    public void relax(CellState rest, long steps, double maxSubstep) {
        requireInitialized();
        double[][] arrays = liveArrays();
        EngineException.require(rest.arrays.length == arrays.length, "resting state", "of this simulation", "another");
        for (int k = 0; k < arrays.length; k++) {
            System.arraycopy(rest.arrays[k], 0, arrays[k], 0, arrays[k].length);
        }
        hold(steps, maxSubstep);
    }

    /** @return a copy of every state of the cell now (not time, events or spikes) */
    public CellState cellState() {
        requireInitialized();
        double[][] arrays = liveArrays();
        double[][] copy = new double[arrays.length][];
        double[] scale = new double[arrays.length];
        for (int k = 0; k < arrays.length; k++) {
            copy[k] = arrays[k].clone();
            for (double x : copy[k]) {
                scale[k] = Math.max(scale[k], Math.abs(x));
            }
        }
        return new CellState(copy, scale);
    }

    /**
     * Whether the cell is near {@code state}: every voltage within {@code voltageMv}, and every
     * other state variable ([Ca]i, mechanism states; not the currents and reversal potentials
     * derived from them) within {@code relative} of that variable's largest magnitude over the
     * cell in {@code state} (so concentrations and gates are compared on their own scales). No
     * allocation.
     *
     * @param state     a state of this simulation ({@link #cellState()})
     * @param voltageMv largest voltage difference [mV]
     * @param relative  largest difference of other state variables, relative to their scale
     * @return whether every state variable is that near
     */
    public boolean isNear(CellState state, double voltageMv, double relative) {
        double[][] arrays = liveArrays();
        for (int k = 0; k < arrays.length; k++) {
            if (!isStateVariable(k)) {
                continue;
            }
            double tolerance = k == 0 ? voltageMv : relative * state.scale[k];
            double[] x = arrays[k];
            double[] r = state.arrays[k];
            for (int c = 0; c < x.length; c++) {
                if (Math.abs(x[c] - r[c]) > tolerance) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Saves this moment of the cell: time, voltages, ions, every density mechanism's states and
     * the somatic spike detector. Point processes are not included (their owners save what they
     * need). Refused while events are queued, which a restored simulation would not have.
     *
     * @return the saved moment, to {@link #restore} into this or another simulation of the same
     *         cell and time step
     */
    public Snapshot save() {
        requireInitialized();
        EngineException.require(queue.isEmpty(), "queued events when saving", "none", queue.size());
        double[][] arrays = liveArrays();
        double[][] copy = new double[arrays.length][];
        for (int k = 0; k < arrays.length; k++) {
            copy[k] = arrays[k].clone();
        }
        return new Snapshot(cell, dt, rates, step, copy, previousSomaV, Arrays.copyOf(spikes, spikeCount));
    }

    /**
     * Continues from a saved moment: sets time, voltages, ions, mechanism states and the spike
     * detector as they were when saved, clears queued events. Point processes keep their own
     * states: the usual sequence is {@link #add} them, {@link #initialize()}, then restore (and
     * restore point-process states where they were saved). Stepping on from here gives exactly
     * the numbers the saved simulation gave from its moment on, for the same point processes.
     * Refused while recordings exist.
     *
     * @param snapshot from {@link #save()} on a simulation of this cell with this time step and
     *                 rate evaluation
     */
    public void restore(Snapshot snapshot) {
        EngineException.require(snapshot.cell == cell && snapshot.dt == dt && snapshot.rates == rates, "snapshot",
                "of this cell, time step and rate evaluation", "another");
        EngineException.require(traces.isEmpty(), "recordings when restoring", "none", traces.size());
        double[][] arrays = liveArrays();
        for (int k = 0; k < arrays.length; k++) {
            System.arraycopy(snapshot.arrays[k], 0, arrays[k], 0, arrays[k].length);
        }
        step = snapshot.step;
        membrane.setTime(step * dt, dt);
        previousSomaV = snapshot.previousSomaV;
        spikeCount = snapshot.spikes.length;
        spikes = Arrays.copyOf(snapshot.spikes, Math.max(8, spikeCount));
        queue.clear();
        initialized = true;
    }

    /**
     * @return every array of the cell's state: membrane, ions (the first {@link #MEMBRANE_ARRAYS}),
     *         then each mechanism's states
     */
    private double[][] liveArrays() {
        if (stateArrays == null) {
            IonState ions = membrane.ions();
            List<double[]> arrays = new ArrayList<>(List.of(membrane.v(), ions.ena(), ions.ek(), ions.eca(), ions.cai(),
                    ions.cao(), ions.ina(), ions.ik(), ions.ica()));
            for (DensityMechanism m : mechanisms) {
                arrays.addAll(Arrays.asList(m.states()));
            }
            stateArrays = arrays.toArray(double[][]::new);
        }
        return stateArrays;
    }

    /** @return whether live array k is a state variable (voltage, [Ca]i, mechanism states), not a derived quantity */
    private static boolean isStateVariable(int k) {
        return k == 0 || k == 4 || k >= MEMBRANE_ARRAYS;
    }

    /** Every state of a simulation's cell at one moment, without time ({@link #cellState()}); immutable. */
    public static final class CellState {
        private final double[][] arrays;
        private final double[] scale;

        private CellState(double[][] arrays, double[] scale) {
            this.arrays = arrays;
            this.scale = scale;
        }
    }

    /** A saved moment of a simulation's cell ({@link #save()}); immutable. */
    public static final class Snapshot {
        private final Cell cell;
        private final double dt;
        private final RateEvaluation rates;
        private final long step;
        private final double[][] arrays;
        private final double previousSomaV;
        private final double[] spikes;

        private Snapshot(Cell cell, double dt, RateEvaluation rates, long step, double[][] arrays,
                double previousSomaV, double[] spikes) {
            this.cell = cell;
            this.dt = dt;
            this.rates = rates;
            this.step = step;
            this.arrays = arrays;
            this.previousSomaV = previousSomaV;
            this.spikes = spikes;
        }

        /** @return the cell */
        public Cell cell() {
            return cell;
        }

        /** @return the time of the saved moment [ms] */
        public double time() {
            return step * dt;
        }

        /**
         * This moment as the start of another run: the same states at time zero, with no spike
         * recorded. The cell's equations do not depend on time, so a run restored from here is
         * the cell as it was at this moment (e.g. settled at rest) with its clock reset.
         *
         * @return the moment at time zero
         */
        public Snapshot rewound() {
            return new Snapshot(cell, dt, rates, 0, arrays, previousSomaV, new double[0]);
        }
    }

    private void deliverEvents(double until) {
        while (!queue.isEmpty() && queue.peek().time <= until) {
            Event e = queue.poll();
            e.receiver.receive(e.time);
        }
    }

    private void detectSpike(double t0, double h, double vNew) {
        double vOld = previousSomaV;
        previousSomaV = vNew;
        if (vOld < threshold && vNew >= threshold) {
            double ts = t0 + h * (threshold - vOld) / (vNew - vOld);
            if (spikeCount == spikes.length) {
                spikes = Arrays.copyOf(spikes, 2 * spikes.length);
            }
            spikes[spikeCount++] = ts;
            for (Output o : outputs) {
                queue.add(new Event(ts + o.delay, sequence++, o.receiver));
            }
        }
    }

    private void requireInitialized() {
        if (!initialized) {
            throw new EngineException(EngineMessage.NOT_INITIALIZED);
        }
    }

    /** @return the somatic spike times since initialisation [ms], interpolated within the step */
    public double[] spikeTimes() {
        return Arrays.copyOf(spikes, spikeCount);
    }

    /**
     * The Hines solver: elimination from the leaves to the root, then back-substitution, of the
     * symmetric tree system with diagonal {@code d} and off-diagonal {@code −g[c]} between c and
     * {@code parent[c]}, in the node order of a new {@link HinesOrder} (the time loop keeps one).
     *
     * @param parent parents, {@code parent[c] < c}, -1 for 0
     * @param g      coupling conductances (g[0] unused)
     * @param d      diagonal, overwritten
     * @param b      right-hand side, overwritten by the solution
     */
    static void hinesSolve(int[] parent, double[] g, double[] d, double[] b) {
        hinesSolve(parent, new HinesOrder(parent), g, d, b);
    }

    /**
     * {@link #hinesSolve(int[], double[], double[], double[])} in the node order of {@code order}:
     * the same operations on every node as in the serial order (elimination from c = n − 1 down to
     * 1, then substitution from 1 up), with the same results to the bit. O(n), no allocation.
     */
    private static void hinesSolve(int[] parent, HinesOrder order, double[] g, double[] d, double[] b) {
        for (int c : order.elimination) {
            int p = parent[c];
            double f = g[c] / d[c];
            d[p] -= f * g[c];
            b[p] += f * b[c];
        }
        b[0] /= d[0];
        for (int c : order.substitution) {
            b[c] = (b[c] + g[c] * b[parent[c]]) / d[c];
        }
    }

    /**
     * An order of the Hines solve's nodes in which each pair of consecutive nodes is independent,
     * so the processor overlaps their divisions (each node's elimination and substitution is a
     * chain of a division and a multiply-add on its parent; the serial order c = n − 1 … 1 walks
     * one unbranched chain after another and waits for each division). List scheduling, two nodes
     * per round, the nodes with the longest chains left first. Elimination: a node follows all its
     * children and its siblings of higher index, so every parent receives its children's terms in
     * the serial order and the results are bit-identical. Substitution: a node follows its parent.
     * Measured on the L5 TTPC (825 nodes, depth 79): the solve takes about half the time.
     */
    private static final class HinesOrder {
        private static final int LANES = 2;
        private final int[] elimination;
        private final int[] substitution;

        HinesOrder(int[] parent) {
            int n = parent.length;
            int[] depth = new int[n];
            int[] height = new int[n];
            int[] pendingChildren = new int[n];
            int[] lowerSibling = new int[n];
            boolean[] waitsForSibling = new boolean[n];
            List<List<Integer>> children = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                children.add(new ArrayList<>());
            }
            for (int c = 1; c < n; c++) {
                depth[c] = depth[parent[c]] + 1;
                pendingChildren[parent[c]]++;
                children.get(parent[c]).add(c);
            }
            for (int c = n - 1; c > 0; c--) {
                height[parent[c]] = Math.max(height[parent[c]], height[c] + 1);
                List<Integer> siblings = children.get(parent[c]);
                int at = siblings.indexOf(c);
                lowerSibling[c] = at > 0 ? siblings.get(at - 1) : -1;
                waitsForSibling[c] = at < siblings.size() - 1;
            }
            PriorityQueue<Integer> ready = new PriorityQueue<>(deepestFirst(depth));
            for (int c = 1; c < n; c++) {
                if (pendingChildren[c] == 0 && !waitsForSibling[c]) {
                    ready.add(c);
                }
            }
            elimination = schedule(ready, n - 1, c -> {
                List<Integer> released = new ArrayList<>(2);
                int s = lowerSibling[c];
                if (s >= 0) {
                    waitsForSibling[s] = false;
                    if (pendingChildren[s] == 0) {
                        released.add(s);
                    }
                }
                int p = parent[c];
                if (--pendingChildren[p] == 0 && !waitsForSibling[p] && p > 0) {
                    released.add(p);
                }
                return released;
            });
            ready = new PriorityQueue<>(deepestFirst(height));
            ready.addAll(children.get(0));
            substitution = schedule(ready, n - 1, children::get);
        }

        private static Comparator<Integer> deepestFirst(int[] chain) {
            return Comparator.<Integer>comparingInt(c -> -chain[c]).thenComparing(Comparator.reverseOrder());
        }

        /** Takes up to {@link #LANES} ready nodes per round; each one taken releases the nodes it makes ready. */
        private static int[] schedule(PriorityQueue<Integer> ready, int count, IntFunction<List<Integer>> release) {
            int[] order = new int[count];
            int next = 0;
            int[] round = new int[LANES];
            while (!ready.isEmpty()) {
                int taken = 0;
                while (taken < LANES && !ready.isEmpty()) {
                    round[taken++] = ready.poll();
                }
                for (int k = 0; k < taken; k++) {
                    order[next++] = round[k];
                    ready.addAll(release.apply(round[k]));
                }
            }
            EngineException.require(next == count, "Hines order", "every node once", next);
            return order;
        }
    }

    private record Event(double time, long seq, SpikeReceiver receiver) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int k = Double.compare(time, o.time);
            return k != 0 ? k : Long.compare(seq, o.seq);
        }
    }

    private record Output(SpikeReceiver receiver, double delay) {
    }
}
