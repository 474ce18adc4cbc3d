package org.synplast.experiment.run;

import java.util.Arrays;
import java.util.List;

import org.synplast.engine.cable.Simulation;
import org.synplast.engine.quiescence.QuiescenceMonitor;
import org.synplast.engine.quiescence.QuiescenceSettings;
import org.synplast.engine.synapse.RestingState;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;
import org.synplast.experiment.plan.Induction;
import org.synplast.experiment.plan.PostStimulus;

/**
 * The postsynaptic pulses of the induction and their AP latencies (model.md §5). The probe is one
 * burst as in the protocol: n pulses of the protocol's width at the intra-burst interval, the
 * first at the first whole millisecond at least {@link #LEAD_MS} after the resting state's time. Pulse k's window runs from its onset to the next onset
 * (the last: to {@link #TAIL_MS} after its end); a burst fires when every window holds an action
 * potential, and pulse k's latency is from its onset to the first AP of its window (the upward
 * −30 mV crossing at the soma, interpolated within the step). Further APs in a window (an L5
 * TTPC may answer a pulse with a burst) are not refused here; the pair simulation counts every
 * induction AP. A probe stops as soon as a window closes without an AP, or at the last window's
 * first AP. Every probe starts from a {@link RestingState}.
 *
 * <p>For {@link PostStimulus.Calibrated} the amplitude is the smallest whose burst fires (model.md
 * §5: "smallest amplitude that gives the spike count"): the search starts in [{@link #MIN_NA},
 * {@link #MAX_NA}] (the range of the c_post step) and, when {@link #MAX_NA} does not fire the whole
 * burst, doubles its upper end up to {@link #LIMIT_NA} (model.md bounds only the c_post step; the
 * L5 TTPC's afterhyperpolarisation deepens by about 3 mV per AP, so at 30–50 Hz the 5th of five
 * 3 ms pulses needs 5–8 nA); then bisection to {@link #RESOLUTION_NA} (at threshold a single pulse
 * would fail in a burst, as the cell is less excitable after an AP). The protocol places
 * each pulse by its latency, so the latencies are a fixed point ({@link #LATENCY_ITERATIONS}
 * rounds); when the burst so placed does not fire (at the bisection's knife edge a shifted pulse
 * can fail), the amplitude is raised by the resolution, then by twice as much each time, until it
 * does. The calibration probes the cell at its resting state, settled to {@link #SETTLED_MS} after
 * initialisation (the L2/3 PC's e-model is still 0.34 mV above its rest at 650 ms, relaxing with
 * τ ≈ 0.4 s, and a pulse found there at the knife edge fails at rest).
 * {@link #withLatenciesOn} re-measures the latencies on the cell with a pair's (silent)
 * synapses, whose resting VDCC current shifts them (near threshold the latency is very sensitive
 * to the resting state), raising the amplitude in the same way where the burst fails there.
 *
 * @param widthMs     pulse width [ms]
 * @param amplitudeNa pulse amplitude [nA]
 * @param latencyMs   per pulse of a burst, onset to its AP's −30 mV crossing [ms]
 */
public record PostCurrent(double widthMs, double amplitudeNa, double[] latencyMs) {

    /** The threshold defining the AP time for Δt (model.md §5) [mV]. */
    public static final double AP_THRESHOLD_MV = -30;
    /** Time of the pair simulation's calibration stimuli after initialisation [ms]. */
    public static final double ONSET_MS = 700;
    /** Smallest amplitude tried [nA]. */
    public static final double MIN_NA = 0.05;
    /** Upper end of the first search range (that of the c_post step) [nA]. */
    public static final double MAX_NA = 5;
    /** Largest amplitude tried, {@link #MAX_NA} doubled three times [nA]. */
    public static final double LIMIT_NA = 40;
    /**
     * The cell alone, and each pair's cell with its silent synapses (where its protocol starts),
     * are settled to this time after initialisation before the pulse and its latencies are
     * measured: the slowest e-model (L2/3 PC) is then within 0.001 mV of its rest [ms].
     */
    public static final double SETTLED_MS = 3000;
    /** Bisection resolution [nA]. */
    public static final double RESOLUTION_NA = 0.001;
    /** Rounds of the latency fixed point. */
    public static final int LATENCY_ITERATIONS = 3;
    /** The first pulse of a probe starts at the first whole millisecond this long after its resting state [ms]. */
    private static final double LEAD_MS = 50;
    /** Intended AP times are at least this long after the first probe onset, leaving room for the latency [ms]. */
    private static final double AP_LEAD_MS = 20;
    /** APs are counted until this long after the last pulse's end [ms]. */
    private static final double TAIL_MS = 100;
    /** How probes step: long and medium steps where the cell is calm or slow, never held. */
    static final QuiescenceSettings PROBE_STEPS = QuiescenceSettings.DEFAULT.withoutHolds();

    /** Copies. */
    public PostCurrent {
        latencyMs = latencyMs.clone();
    }

    @Override
    public double[] latencyMs() {
        return latencyMs.clone();
    }

    /**
     * @param cell      the postsynaptic cell alone (at the protocol's temperature) settled to
     *                  {@link #SETTLED_MS} or later
     * @param induction the induction, with at least one post spike per burst
     * @return the pulse amplitude and the latencies on the cell alone
     * @throws ExperimentException if the cell is settled for a shorter time or has synapses
     */
    public static PostCurrent calibrate(RestingState cell, Induction induction) {
        ExperimentException.require(cell.untilMs() >= SETTLED_MS, "settling of the cell alone [ms]",
                ">= " + SETTLED_MS, cell.untilMs());
        ExperimentException.require(cell.sites().isEmpty(), "synapses of the cell alone", "none",
                cell.sites().size());
        PostStimulus stimulus = induction.post();
        int n = induction.postSpikes();
        double width = stimulus.widthMs();
        double interval = induction.intervalMs();
        if (stimulus instanceof PostStimulus.Given g) {
            double[] latency = latencies(cell, n, interval, width, g.amplitudeNa(), PROBE_STEPS);
            if (latency == null) {
                throw new ExperimentException(ExperimentMessage.NO_POST_CURRENT, n, width, g.amplitudeNa(),
                        g.amplitudeNa());
            }
            return new PostCurrent(width, g.amplitudeNa(), latency);
        }
        double[] burst = burst(cell, n, interval);
        double low = MIN_NA;
        double high = MAX_NA;
        while (!firesEveryPulse(cell, burst, width, high)) {
            if (high >= LIMIT_NA) {
                throw new ExperimentException(ExperimentMessage.NO_POST_CURRENT, n, width, MIN_NA, LIMIT_NA);
            }
            low = high;
            high = Math.min(2 * high, LIMIT_NA);
        }
        if (low == MIN_NA && firesEveryPulse(cell, burst, width, low)) {
            high = low;
        }
        while (high - low > RESOLUTION_NA) {
            double mid = 0.5 * (low + high);
            if (firesEveryPulse(cell, burst, width, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        PostCurrent post = raisedUntilFiring(cell, n, interval, width, high);
        if (post == null) {
            throw new ExperimentException(ExperimentMessage.NO_POST_CURRENT, n, width, high, LIMIT_NA);
        }
        return post;
    }

    /**
     * @param cell      the postsynaptic cell with a pair's synapses, which receive no spike, at rest
     * @param induction the induction this pulse was calibrated for
     * @return this pulse with the latencies measured there; if there the burst so placed does not
     *         give one action potential per pulse, the amplitude is raised as in {@link #calibrate}
     * @throws ExperimentException if no amplitude up to {@link #LIMIT_NA} does
     */
    public PostCurrent withLatenciesOn(RestingState cell, Induction induction) {
        int n = latencyMs.length;
        PostCurrent post = raisedUntilFiring(cell, n, induction.intervalMs(), widthMs, amplitudeNa);
        if (post == null) {
            throw new ExperimentException(ExperimentMessage.NO_POST_CURRENT, n, widthMs, amplitudeNa, LIMIT_NA);
        }
        return post;
    }

    /**
     * @return the pulse of the amplitude, raised by {@link #RESOLUTION_NA}, then by twice as much
     *         each time, until the burst placed by its latencies fires; null if none up to
     *         {@link #LIMIT_NA} does
     */
    private static PostCurrent raisedUntilFiring(RestingState cell, int n, double interval, double width,
            double amplitude) {
        for (double raise = 0; amplitude + raise <= LIMIT_NA; raise = raise == 0 ? RESOLUTION_NA : 2 * raise) {
            double[] latency = latencies(cell, n, interval, width, amplitude + raise, PROBE_STEPS);
            if (latency != null) {
                return new PostCurrent(width, amplitude + raise, latency);
            }
        }
        return null;
    }

    /**
     * The latencies as a fixed point: the pulses are placed as the schedule will place them, each
     * at its intended AP time minus its latency, and the latencies are measured again, since an AP
     * after another depends on the interval between them; {@link #LATENCY_ITERATIONS} rounds.
     *
     * @param cell      the cell at rest
     * @param n         pulses
     * @param interval  between their onsets [ms]
     * @param width     their width [ms]
     * @param amplitude their amplitude [nA]
     * @param steps     how the probes step ({@link #PROBE_STEPS}; without long steps: the fixed step)
     * @return the latency of each pulse's AP [ms], or null if the burst does not give n APs
     */
    static double[] latencies(RestingState cell, int n, double interval, double width, double amplitude,
            QuiescenceSettings steps) {
        double[] latency = new double[n];
        for (int round = 0; round < LATENCY_ITERATIONS; round++) {
            double[] onsets = new double[n];
            for (int k = 0; k < n; k++) {
                onsets[k] = firstOnset(cell) + AP_LEAD_MS + k * interval - latency[k];
            }
            double[] crossings = probe(cell, onsets, width, amplitude, steps);
            if (crossings == null) {
                return null;
            }
            for (int k = 0; k < n; k++) {
                latency[k] = crossings[k] - onsets[k];
            }
        }
        return latency;
    }

    private static double[] burst(RestingState cell, int n, double interval) {
        double[] onsets = new double[n];
        for (int k = 0; k < n; k++) {
            onsets[k] = firstOnset(cell) + k * interval;
        }
        return onsets;
    }

    /** @return the first probe onset after a resting state [ms] */
    private static double firstOnset(RestingState cell) {
        return Math.ceil(cell.timeMs() + LEAD_MS - 1e-9);
    }

    /** @return whether every pulse's window holds an AP */
    private static boolean firesEveryPulse(RestingState cell, double[] onsets, double width, double amplitude) {
        return probe(cell, onsets, width, amplitude, PROBE_STEPS) != null;
    }

    /**
     * Runs the burst and takes, per pulse window, the first upward −30 mV crossing at the soma;
     * stops at the first window without one, or at the last window's. Between the pulses, where
     * the cell is slow, it takes medium and long steps as the protocol does (with {@link #PROBE_STEPS}).
     *
     * @return the crossing per window [ms], or null if a window has none
     */
    private static double[] probe(RestingState cell, double[] onsets, double width, double amplitude,
            QuiescenceSettings steps) {
        int n = onsets.length;
        int soma = cell.cell().soma();
        Simulation sim = cell.start(List.of(new ScheduledPulses(soma, onsets, width, amplitude)),
                Arrays.stream(onsets).min().orElseThrow());
        double[] windowEnd = new double[n];
        for (int k = 0; k < n; k++) {
            windowEnd[k] = k + 1 < n ? onsets[k + 1] : onsets[k] + width + TAIL_MS;
        }
        long lastStep = Math.round(windowEnd[n - 1] / sim.dt());
        Crossings crossings = new Crossings(onsets, windowEnd, sim.dt(), sim.time(), sim.voltage(soma));
        Runnable sample = () -> crossings.sample(sim.time(), sim.voltage(soma));
        QuiescenceMonitor monitor = new QuiescenceMonitor(sim, steps);
        while (sim.steps() < lastStep && crossings.open()) {
            sim.advance();
            sample.run();
            if (crossings.open()) {
                monitor.afterStep(nextActivity(onsets, width, windowEnd[n - 1], sim.time()), sample);
            }
        }
        return crossings.result();
    }

    /** @return now during a pulse, else the next pulse's onset (the end of the probe after the last) [ms] */
    private static double nextActivity(double[] onsets, double width, double endMs, double tMs) {
        for (double onset : onsets) {
            if (tMs < onset + width) {
                return Math.max(tMs, onset);
            }
        }
        return endMs;
    }

    /** The first upward AP threshold crossing per pulse window, from the somatic voltage sample by sample. */
    private static final class Crossings {
        private final double[] onsets;
        private final double[] windowEnd;
        private final double dtMs;
        private final double[] crossings;
        private final boolean[] fired;
        private int window;
        private boolean failed;
        private double previousMs;
        private double previous;

        Crossings(double[] onsets, double[] windowEnd, double dtMs, double tMs, double v) {
            this.onsets = onsets;
            this.windowEnd = windowEnd;
            this.dtMs = dtMs;
            this.crossings = new double[onsets.length];
            this.fired = new boolean[onsets.length];
            this.previousMs = tMs;
            this.previous = v;
        }

        /** Takes the voltage after a step (of any length) ending at {@code tMs}. */
        void sample(double tMs, double v) {
            if (!open()) {
                return;
            }
            int n = onsets.length;
            if (previous < AP_THRESHOLD_MV && v >= AP_THRESHOLD_MV && previousMs >= onsets[0] - dtMs) {
                double crossing = previousMs + (tMs - previousMs) * (AP_THRESHOLD_MV - previous) / (v - previous);
                for (; window < n && crossing >= windowEnd[window]; window++) {
                    failed |= !fired[window];
                }
                if (window < n && !fired[window] && !failed) {
                    fired[window] = true;
                    crossings[window] = crossing;
                }
            }
            previousMs = tMs;
            previous = v;
            for (; window < n && tMs >= windowEnd[window]; window++) {
                failed |= !fired[window];
            }
        }

        /** @return whether neither a window closed without an AP nor the last window has its AP */
        boolean open() {
            return !failed && !fired[onsets.length - 1];
        }

        /** @return the crossings, or null unless every window has one */
        double[] result() {
            return failed || !fired[onsets.length - 1] ? null : crossings.clone();
        }
    }
}
