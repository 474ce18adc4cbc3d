package org.synplast.experiment.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.commons.math3.random.RandomGenerator;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.cell.Cell;
import org.synplast.engine.cell.CellModel;
import org.synplast.engine.mechanism.RateEvaluation;
import org.synplast.engine.morphology.SectionType;
import org.synplast.engine.quiescence.QuiescenceMonitor;
import org.synplast.engine.random.RandomStreams;
import org.synplast.engine.random.StreamPurpose;
import org.synplast.engine.sampling.PathwayPhysiology;
import org.synplast.engine.sampling.SynapseParameterGenerator;
import org.synplast.engine.synapse.Calibration;
import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.GluSynapse;
import org.synplast.engine.synapse.RestingState;
import org.synplast.engine.synapse.SomaticStep;
import org.synplast.engine.synapse.SynapseLocation;
import org.synplast.engine.synapse.SynapseModel;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.engine.synapse.SynapseSite;
import org.synplast.engine.synapse.Switches;
import org.synplast.engine.synapse.Thresholds;
import org.synplast.experiment.plan.ConnectionPlan;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Induction;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.ProtocolSchedule;
import org.synplast.experiment.readout.EpspMeter;
import org.synplast.experiment.readout.PairReadOut;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.PairTrace;
import org.synplast.experiment.results.SynapseRecord;

/**
 * The pair simulation of model.md §5 on the engine. For pair i of an experiment:
 * <ol>
 * <li>the postsynaptic cell at the protocol's temperature;</li>
 * <li>from the pair stream (seed, PAIR, i): the synapse count, then each synapse's compartment
 * ({@link SynapsePlacer});</li>
 * <li>synapse k's parameters from its stream (seed, PARAMETERS, i, k);</li>
 * <li>calibration with the engine's {@link Calibration} (stimulus at {@link #CALIBRATION_STIMULUS_MS}):
 * c_pre, the smallest single-spike somatic step, c_post, thresholds; and the induction's
 * postsynaptic pulse ({@link PostCurrent});</li>
 * <li>the pair at rest: the cell with its synapses silent (the protocol's NMDA and VDCC blockers
 * applied) settled from initialisation to {@link PostCurrent#SETTLED_MS}, as the cell alone was
 * for the pulse's amplitude; there the pulse's AP latencies are measured, and from there, at time
 * zero, the protocol runs ({@link RestingState#restoreAsStart}), so that it sees the state its
 * pulses were placed on;</li>
 * <li>the protocol's schedule for those latencies; one run to the end: baseline test spikes,
 * induction, fast-forward at its end (if on), post-induction test spikes, with release from each
 * synapse's stream (seed, RELEASE, i, k);</li>
 * <li>EPSPs measured on the fly ({@link EpspMeter}), decimated traces if asked.</li>
 * <li>with {@link PairJob#skipping()} on, quiescent intervals outside the protocol's busy times
 * ({@link ActivityCalendar}) and a traced pair's traced window are held instead of stepped, or
 * relaxed to the resting state where the cell is back near it and the gap is long, calm stretches
 * are taken in long steps and slow ones (between a burst's pairings) in medium steps
 * ({@link QuiescenceMonitor}); {@link StepCounts} tells how many steps each phase solved and
 * skipped.</li>
 * </ol>
 * The quiet time before every calibration measurement and probe is simulated once per cell and
 * per pair ({@link RestingState}), and each continues from there (exactly the same numbers).
 * Calibration results that are pure functions of their inputs are memoised and reused where
 * they are exactly the same computation: the cell per model, the postsynaptic pulse and the
 * c_post step per cell and step (the cell alone), c_pre/c_post per pair, conditions and step
 * (calibration ignores blockers, the intra-burst frequency and Δt, so sweep points share them),
 * the pair at rest per pair, conditions, NMDA and VDCC blockers and step.
 * Thread-safe.
 */
public final class PairSimulator implements PairSimulation {

    /** Time of the calibration stimulus after rest [ms]. */
    public static final double CALIBRATION_STIMULUS_MS = PostCurrent.ONSET_MS;
    /** Resolution of the search for the c_post somatic step [nA]. */
    public static final double STEP_RESOLUTION_NA = 0.001;
    /** Steps between polls of the cancellation flag. */
    private static final int CANCEL_POLL_STEPS = 4096;
    private static final double EPS = 1e-9;

    private final RateEvaluation rates;
    private final Map<CellModel, Cell> cells = new ConcurrentHashMap<>();
    private final Map<PathwayPhysiology, SynapseParameterGenerator> generators = new ConcurrentHashMap<>();
    private final Map<PulseKey, PostCurrent> pulses = new ConcurrentHashMap<>();
    private final Map<PulseKey, Optional<SomaticStep>> steps = new ConcurrentHashMap<>();
    private final Map<PulseKey, RestingState> rests = new ConcurrentHashMap<>();
    private final Map<PairKey, PairCalibration> calibrations = new ConcurrentHashMap<>();
    private final Map<RestKey, RestingState> pairRests = new ConcurrentHashMap<>();

    /** A calibration on the cell alone: {@code what} identifies the stimulus (burst shape, or the c_post step). */
    private record PulseKey(CellModel cell, Object what, double dtMs) {
    }

    private record PairKey(CellModel cell, ConnectionPlan connection, long seed, int pair, Conditions conditions,
            double dtMs) {
    }

    /** A pair at rest: the blockers that act on silent synapses. */
    private record RestKey(PairKey pair, boolean nmdaBlocked, boolean vdccBlocked) {
    }

    /** A simulator whose channels read their rates from tables ({@link RateEvaluation#TABULATED}). */
    public PairSimulator() {
        this(RateEvaluation.TABULATED);
    }

    /**
     * @param rates how channels evaluate their voltage-dependent rates
     */
    public PairSimulator(RateEvaluation rates) {
        this.rates = rates;
    }

    /** c_pre and c_post per synapse. */
    private record PairCalibration(double[] cPre, double[] cPost) {
    }

    /** The cell and the synapses of one pair. */
    private record Pair(Cell cell, List<SynapseSite> sites) {
    }

    /**
     * Everything of a pair that comes before its protocol run: drawn synapses, calibration,
     * thresholds, the postsynaptic pulse and the schedule (also what a NEURON export of the pair
     * needs).
     *
     * @param job the pair
     * @return the prepared pair
     */
    public PreparedPair prepare(PairJob job) {
        ExperimentPlan plan = job.plan();
        ProtocolPlan protocol = plan.protocol();
        ConnectionPlan connection = plan.connection();
        double dt = job.dtMs();
        CellModel model = connection.postCell().withCelsius(protocol.conditions().celsius());
        Pair pair = draw(plan, job.pair(), model);
        SynapseModel synapseModel = new SynapseModel(connection.constants(), connection.plasticity(),
                protocol.conditions(), protocol.switches());
        PairKey key = new PairKey(model, connection, plan.seed(), job.pair(), protocol.conditions(), dt);
        PairCalibration calibration = memoised(calibrations, key, () -> calibrate(pair, model, synapseModel, dt));
        List<SynapseSite> sites = pair.sites();
        Switches switches = protocol.switches();
        RestingState rest = memoised(pairRests, new RestKey(key, switches.nmdaBlocked(), switches.vdccBlocked()),
                () -> RestingState.settle(() -> new Simulation(pair.cell(), dt, rates), synapseModel, sites,
                        PostCurrent.SETTLED_MS));
        Thresholds[] thresholds = new Thresholds[sites.size()];
        for (int k = 0; k < thresholds.length; k++) {
            SynapseSite s = sites.get(k);
            thresholds[k] = connection.plasticity().thresholds(s.location(), calibration.cPre()[k],
                    calibration.cPost()[k]);
        }
        Induction induction = protocol.induction();
        PostCurrent post = new PostCurrent(0, 0, new double[0]);
        if (induction.postSpikes() > 0) {
            RestingState alone = rests.computeIfAbsent(new PulseKey(model, RestingState.class, dt),
                    k -> RestingState.settle(() -> new Simulation(pair.cell(), dt, rates), PostCurrent.SETTLED_MS));
            post = pulses.computeIfAbsent(new PulseKey(model, List.of(induction.post(), induction.postSpikes(),
                    induction.intervalMs()), dt), k -> PostCurrent.calibrate(alone, induction));
            post = post.withLatenciesOn(rest, induction);
        }
        return new PreparedPair(pair.cell(), sites, synapseModel, calibration.cPre(), calibration.cPost(),
                List.of(thresholds), post, ProtocolSchedule.of(protocol, post.latencyMs()), rest);
    }

    /** @return the map's value for the key, computed outside the map's lock if absent (a concurrent duplicate computes the same value) */
    private static <K, V> V memoised(Map<K, V> map, K key, Supplier<V> compute) {
        V value = map.get(key);
        if (value == null) {
            value = compute.get();
            V earlier = map.putIfAbsent(key, value);
            value = earlier == null ? value : earlier;
        }
        return value;
    }

    @Override
    public PairResult simulate(PairJob job) {
        return simulate(job, new StepCounts());
    }

    /**
     * @param job    the pair
     * @param counts receives where the protocol's steps went
     * @return the pair's result
     */
    public PairResult simulate(PairJob job, StepCounts counts) {
        return run(job, prepare(job), counts);
    }

    /**
     * The protocol run of a prepared pair.
     *
     * @param job      the pair
     * @param prepared {@link #prepare prepare(job)}
     * @param counts   receives where the protocol's steps went
     * @return the pair's result
     */
    public PairResult run(PairJob job, PreparedPair prepared, StepCounts counts) {
        ExperimentPlan plan = job.plan();
        ProtocolPlan protocol = plan.protocol();
        double dt = job.dtMs();
        Cell cell = prepared.cell();
        List<SynapseSite> sites = prepared.sites();
        Thresholds[] thresholds = prepared.thresholds().toArray(Thresholds[]::new);
        double[] cPre = prepared.cPre();
        double[] cPost = prepared.cPost();
        PostCurrent post = prepared.post();
        ProtocolSchedule schedule = prepared.schedule();

        Simulation sim = new Simulation(cell, dt, rates);
        GluSynapse[] synapses = withSynapses(sim, plan, job.pair(), sites, prepared.synapseModel(), thresholds);
        int soma = cell.soma();
        if (schedule.postPulseOnsetMs().length > 0) {
            sim.add(new ScheduledPulses(soma, schedule.postPulseOnsetMs(), post.widthMs(), post.amplitudeNa()));
        }
        prepared.rest().restoreAsStart(sim, List.of(synapses));
        for (double t : schedule.presynapticSpikesMs()) {
            for (GluSynapse s : synapses) {
                sim.schedule(t, s);
            }
        }
        EpspMeter meter = PairReadOut.meter(schedule, protocol.readOut(), dt, PostCurrent.AP_THRESHOLD_MV);
        TraceRecorder recorder = job.traces().traces(job.pair()) ? new TraceRecorder(job.traces(), schedule, dt,
                synapses.length) : null;
        long total = Math.round(schedule.endMs() / dt);
        boolean forwarded = !protocol.fastForward();
        ApTimes aps = new ApTimes(schedule);
        meter.sample(0, sim.voltage(soma));
        if (recorder != null) {
            recorder.sample(0, sim.voltage(soma), synapses);
        }
        QuiescenceMonitor monitor = job.skipping().enabled() ? new QuiescenceMonitor(sim, job.skipping().settings())
                : null;
        ActivityCalendar calendar = new ActivityCalendar(schedule, protocol.readOut().windowMs());
        for (long n = 1; n <= total; n++) {
            if (!forwarded && sim.time() >= schedule.inductionEndMs() - EPS) {
                for (GluSynapse s : synapses) {
                    s.fastForward();
                }
                forwarded = true;
            }
            StepCounts.Phase phase = StepCounts.Phase.at(schedule, sim.time());
            sim.advance();
            double v = sim.voltage(soma);
            meter.sample(sim.time(), v);
            aps.sample(sim.time(), dt, v);
            if (recorder != null) {
                recorder.sample(n, v, synapses);
            }
            if (n % CANCEL_POLL_STEPS == 0 && job.canceled().getAsBoolean()) {
                throw new CancellationException("pair " + job.pair() + " of " + plan.name());
            }
            if (monitor == null) {
                counts.add(phase, 1, 0, 0, 0);
                continue;
            }
            long held = monitor.heldSteps();
            long longSteps = monitor.longSteps();
            double next = nextActivity(calendar, meter, phase, sim.time(), v);
            long covered = monitor.afterStep(recorder == null ? next : Math.min(next, recorder.nextSampling(sim.time())));
            held = monitor.heldSteps() - held;
            counts.add(phase, 1, monitor.longSteps() - longSteps, covered - held, held);
            if (covered > 0) {
                meter.sample(sim.time(), sim.voltage(soma));
            }
            n += covered;
        }
        meter.finish();
        PairReadOut readOut = PairReadOut.of(meter, protocol.readOut(), schedule.baselineTestMs().length);
        List<SynapseRecord> records = new ArrayList<>(synapses.length);
        for (int k = 0; k < synapses.length; k++) {
            int c = sites.get(k).compartment();
            records.add(new SynapseRecord(c, cell.type(c).name(), cell.distance(c),
                    sites.get(k).parameters(), cPre[k], cPost[k], thresholds[k].thetaD(),
                    thresholds[k].thetaP(), synapses[k].rho()));
        }
        return new PairResult(job.pair(), readOut.status(), post.amplitudeNa(), post.latencyMs(), aps.count(),
                aps.timingErrorMs(), readOut.baselineAmplitudesMv(), readOut.afterAmplitudesMv(), readOut.before(), readOut.after(),
                readOut.ratio(), records, recorder == null ? null : recorder.trace());
    }

    /**
     * The next activity the quiescence monitor must step for: the calendar's, except that in the
     * test phases an amplitude window whose EPSP is past its peak ({@link EpspMeter#pastPeakUntil})
     * is quiet from then on (in the test phases the windows are the only busy intervals besides the
     * fast-forward and the end of the run, which are never inside one).
     */
    private static double nextActivity(ActivityCalendar calendar, EpspMeter meter, StepCounts.Phase phase,
            double tMs, double vSoma) {
        double next = calendar.nextActivity(tMs);
        if (next > tMs || phase == StepCounts.Phase.INDUCTION) {
            return next;
        }
        double windowEnd = meter.pastPeakUntil(vSoma);
        return Double.isNaN(windowEnd) ? next : calendar.nextStartAfter(windowEnd);
    }

    /** Adds the pair's synapses, each with its release stream; @return them */
    private static GluSynapse[] withSynapses(Simulation sim, ExperimentPlan plan, int pair, List<SynapseSite> sites,
            SynapseModel model, Thresholds[] thresholds) {
        RandomStreams streams = new RandomStreams(plan.seed());
        GluSynapse[] synapses = new GluSynapse[sites.size()];
        for (int k = 0; k < synapses.length; k++) {
            SynapseSite s = sites.get(k);
            synapses[k] = new GluSynapse(s.compartment(), model, s.parameters(), thresholds[k],
                    streams.synapseStream(StreamPurpose.RELEASE, pair, k));
            sim.add(synapses[k]);
        }
        return synapses;
    }

    /** Draws the pair's synapse count, positions and parameters from its streams. */
    private Pair draw(ExperimentPlan plan, int index, CellModel model) {
        ConnectionPlan connection = plan.connection();
        Cell cell = cells.computeIfAbsent(model, Cell::of);
        RandomStreams streams = new RandomStreams(plan.seed());
        RandomGenerator pairStream = streams.pairStream(StreamPurpose.PAIR, index);
        int count = connection.synapseCount().draw(pairStream);
        int[] where = new SynapsePlacer(cell, connection.placement()).place(count, pairStream);
        SynapseParameterGenerator generator = generators.computeIfAbsent(connection.physiology(),
                SynapseParameterGenerator::new);
        List<SynapseSite> sites = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            SynapseParameters p = generator.sample(streams.synapseStream(StreamPurpose.PARAMETERS, index, k));
            SynapseLocation location = cell.type(where[k]) == SectionType.BASAL ? SynapseLocation.BASAL
                    : SynapseLocation.APICAL;
            sites.add(new SynapseSite(where[k], location, p));
        }
        return new Pair(cell, List.copyOf(sites));
    }

    /** @return c_pre, c_post per synapse (NaN without a single-spike step) and the pair at rest */
    private PairCalibration calibrate(Pair pair, CellModel model, SynapseModel synapseModel, double dt) {
        Calibration calibration = new Calibration(() -> new Simulation(pair.cell(), dt, rates), synapseModel,
                CALIBRATION_STIMULUS_MS, STEP_RESOLUTION_NA);
        double[] pre = calibration.cPre(pair.sites());
        Optional<SomaticStep> step = steps.computeIfAbsent(new PulseKey(model, SomaticStep.class, dt),
                k -> calibration.postsynapticStep());
        double[] post = step.map(s -> calibration.cPost(pair.sites(), s)).orElseGet(() -> {
            double[] none = new double[pre.length];
            Arrays.fill(none, Double.NaN);
            return none;
        });
        return new PairCalibration(pre, post);
    }
}
