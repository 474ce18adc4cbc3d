package org.synplast.engine.synapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.commons.math3.random.Well19937c;
import org.synplast.engine.cable.CurrentPulse;
import org.synplast.engine.cable.Simulation;
import org.synplast.engine.quiescence.QuiescenceMonitor;
import org.synplast.engine.quiescence.QuiescenceSettings;

/**
 * The per-synapse calibration of model.md §5 on one postsynaptic cell: c_pre, the smallest
 * somatic step that gives exactly one action potential, c_post, and the thresholds derived from
 * them.
 *
 * <p>Each measurement is a simulation of the postsynaptic cell from initialisation over
 * {@link #WINDOW}, with the connection's synapses, taking the peak of c* per synapse over the
 * whole window, so the slow resting drift of c* is included, as in the original; calm stretches
 * are taken in long steps ({@link #LONG_STEPS}). The stimulus
 * comes at {@code stimulusTime}. The quiet time before it is simulated once per set of synapses
 * (and once for the cell alone) as a {@link RestingState} saved {@link #QUIET_LEAD} before the
 * stimulus, from which every measurement continues: the same numbers as settling in each. Calibration uses the
 * model's conditions ([Ca²⁺]o, temperature) with control switches (no blockers) and plasticity
 * off; c_pre forces full release of every site with the synapse started potentiated (ρ = 1,
 * U_SE = Up, gmax_AMPA = gp), which makes release deterministic, so no experiment random stream
 * is consumed.
 */
public final class Calibration {

    /** Length of each calibration simulation [ms]. */
    public static final double WINDOW = 1500.0;
    /**
     * The resting states are saved this long before the stimulus time, so that probes sharing
     * them may start that much earlier [ms].
     */
    public static final double QUIET_LEAD = 50.0;
    /** Somatic pulse widths tried in order [ms]. */
    private static final double[] PULSE_WIDTHS = {1.5, 3.0, 5.0};
    /** Smallest somatic amplitude tried [nA]. */
    public static final double MIN_AMPLITUDE = 0.05;
    /** Largest somatic amplitude tried [nA]. */
    public static final double MAX_AMPLITUDE = 5.0;
    /**
     * How calibration and settling runs step: calm stretches in long steps, never held, so that c*
     * is followed everywhere (its peak may come late, in the slow drift from initialisation), and
     * no medium steps: the peaks of c* set the thresholds, so they are followed at the fixed step.
     */
    public static final QuiescenceSettings LONG_STEPS = QuiescenceSettings.DEFAULT.withoutHolds().withoutMediumSteps();
    /** Time after a pulse's end within which its action potentials are counted during the search [ms]. */
    private static final double SEARCH_TAIL = 100.0;

    private final Supplier<Simulation> cell;
    private final SynapseModel model;
    private final double stimulusTime;
    private final double amplitudeResolution;
    private final Map<List<SynapseSite>, RestingState> rests = new ConcurrentHashMap<>();

    /**
     * @param cell                a factory of fresh, uninitialised simulations of the postsynaptic cell
     * @param model               the synapse model whose conditions apply
     * @param stimulusTime        time of the presynaptic spike or somatic pulse [ms], in (0, WINDOW)
     * @param amplitudeResolution resolution of the search for the smallest somatic amplitude [nA]
     */
    public Calibration(Supplier<Simulation> cell, SynapseModel model, double stimulusTime, double amplitudeResolution) {
        this.cell = Objects.requireNonNull(cell, "cell");
        this.model = Objects.requireNonNull(model, "model");
        if (!(stimulusTime > QUIET_LEAD && stimulusTime < WINDOW)) {
            throw new IllegalArgumentException("stimulusTime must be in (" + QUIET_LEAD + ", " + WINDOW + ") ms, got " + stimulusTime);
        }
        MechanismConstants.positive("amplitudeResolution", amplitudeResolution);
        this.stimulusTime = stimulusTime;
        this.amplitudeResolution = amplitudeResolution;
    }

    /**
     * c_pre: one presynaptic spike to every synapse, full release, plasticity off.
     *
     * @param sites the connection's synapses
     * @return peak c* per synapse [mM·ms]
     */
    public double[] cPre(List<SynapseSite> sites) {
        SynapseModel calibration = model.withSwitches(Switches.C_PRE_CALIBRATION);
        RestingState rest = restingState(sites);
        Simulation simulation = rest.newSimulation();
        List<SynapseSite> potentiated = new ArrayList<>(sites.size());
        for (SynapseSite site : sites) {
            potentiated.add(new SynapseSite(site.compartment(), site.location(), site.parameters().potentiated()));
        }
        List<GluSynapse> synapses = place(simulation, calibration, potentiated);
        rest.restoreInto(simulation, synapses, stimulusTime);
        for (GluSynapse s : synapses) {
            simulation.schedule(stimulusTime, s);
        }
        return peakEffectiveCalcium(simulation, synapses, rest);
    }

    /**
     * The connection's synapses silent at rest, saved {@link #QUIET_LEAD} before the stimulus
     * (control switches), simulated once per list of sites.
     *
     * @param sites the synapses (none for the cell alone)
     * @return the resting state
     */
    public RestingState restingState(List<SynapseSite> sites) {
        return rests.computeIfAbsent(List.copyOf(sites), s -> RestingState.settle(cell,
                model.withSwitches(Switches.PLASTICITY_OFF), s, stimulusTime - QUIET_LEAD));
    }

    /**
     * The smallest somatic step, trying widths 1.5, 3 and 5 ms in turn, whose amplitude in
     * [{@link #MIN_AMPLITUDE}, {@link #MAX_AMPLITUDE}] gives exactly one action potential (bisection
     * on the amplitude, assuming the spike count grows with it).
     *
     * @return the step, or empty when no width works
     */
    public Optional<SomaticStep> postsynapticStep() {
        for (double width : PULSE_WIDTHS) {
            if (spikeCount(width, MAX_AMPLITUDE) == 0) {
                continue;
            }
            double low = MIN_AMPLITUDE;
            double high = MAX_AMPLITUDE;
            if (spikeCount(width, low) > 0) {
                high = low;
            } else {
                while (high - low > amplitudeResolution) {
                    double mid = 0.5 * (low + high);
                    if (spikeCount(width, mid) > 0) {
                        high = mid;
                    } else {
                        low = mid;
                    }
                }
            }
            if (spikeCount(width, high) == 1) {
                return Optional.of(new SomaticStep(width, high));
            }
        }
        return Optional.empty();
    }

    /**
     * c_post: one somatic step, no presynaptic spike, plasticity off.
     *
     * @param sites the connection's synapses
     * @param step  the somatic step, from {@link #postsynapticStep()}
     * @return peak c* per synapse [mM·ms]
     */
    public double[] cPost(List<SynapseSite> sites, SomaticStep step) {
        RestingState rest = restingState(sites);
        Simulation simulation = rest.newSimulation();
        List<GluSynapse> synapses = place(simulation, model.withSwitches(Switches.PLASTICITY_OFF), sites);
        simulation.add(new CurrentPulse(simulation.cell().soma(), stimulusTime, step.width(), step.amplitude()));
        rest.restoreInto(simulation, synapses, stimulusTime);
        return peakEffectiveCalcium(simulation, synapses, rest);
    }

    /**
     * The whole procedure: c_pre, the somatic step, c_post, then θd and θp from the basal or apical
     * coefficients. Synapses elsewhere, and every synapse when no step gives exactly one action
     * potential, get {@link Thresholds#NONE} (no plasticity).
     *
     * @param sites the connection's synapses
     * @return the thresholds, in the order of {@code sites}
     */
    public List<Thresholds> thresholds(List<SynapseSite> sites) {
        double[] pre = cPre(sites);
        Optional<SomaticStep> step = postsynapticStep();
        double[] post = step.map(s -> cPost(sites, s)).orElse(null);
        List<Thresholds> result = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            double cPost = post == null ? Double.NaN : post[i];
            result.add(model.plasticity().thresholds(sites.get(i).location(), pre[i], cPost));
        }
        return result;
    }

    /** @return the number of action potentials at or after the onset of a somatic pulse */
    int spikeCount(double width, double amplitude) {
        RestingState rest = restingState(List.of());
        Simulation simulation = rest.start(
                List.of(new CurrentPulse(rest.cell().soma(), stimulusTime, width, amplitude)), stimulusTime);
        simulation.run(stimulusTime + width + SEARCH_TAIL);
        int count = 0;
        for (double t : simulation.spikeTimes()) {
            if (t >= stimulusTime) {
                count++;
            }
        }
        return count;
    }

    /** Adds synapses without plasticity thresholds and with a fixed release stream; @return them */
    static List<GluSynapse> place(Simulation simulation, SynapseModel calibration, List<SynapseSite> sites) {
        List<GluSynapse> synapses = new ArrayList<>(sites.size());
        for (SynapseSite site : sites) {
            GluSynapse s = new GluSynapse(site.compartment(), calibration, site.parameters(), Thresholds.NONE,
                    new Well19937c(0L));
            simulation.add(s);
            synapses.add(s);
        }
        return synapses;
    }

    /**
     * @return per synapse, the peak c* over the window: while resting, then from the restored
     *         moment on, calm stretches after the stimulus in long steps ({@link #LONG_STEPS})
     */
    private double[] peakEffectiveCalcium(Simulation simulation, List<GluSynapse> synapses, RestingState rest) {
        double[] peak = rest.peakEffectiveCalcium();
        Runnable track = () -> {
            for (int i = 0; i < peak.length; i++) {
                peak[i] = Math.max(peak[i], synapses.get(i).effectiveCalcium());
            }
        };
        QuiescenceMonitor monitor = new QuiescenceMonitor(simulation, LONG_STEPS);
        long steps = Math.round(WINDOW / simulation.dt());
        while (simulation.steps() < steps) {
            simulation.advance();
            track.run();
            monitor.afterStep(simulation.time() < stimulusTime ? stimulusTime : WINDOW, track);
        }
        return peak;
    }
}
