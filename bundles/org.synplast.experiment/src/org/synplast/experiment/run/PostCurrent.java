package org.synplast.experiment.run;

import java.util.Arrays;
import java.util.List;

import org.synplast.engine.cable.Simulation;
import org.synplast.engine.synapse.RestingState;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;
import org.synplast.experiment.plan.Induction;
import org.synplast.experiment.plan.PostStimulus;

/**
 * The postsynaptic pulses of the induction and their AP latencies (model.md §5). The probe is one
 * burst as in the protocol: n pulses of the protocol's width at the intra-burst interval, the
 * first at {@link #ONSET_MS} after rest. For {@link PostStimulus.Calibrated} the amplitude is the
 * smallest in [{@link #MIN_NA}, {@link #MAX_NA}] (bisection to {@link #RESOLUTION_NA}) whose
 * burst gives the spike count on the postsynaptic cell alone, one action potential per pulse (at
 * threshold a single pulse would fail in a burst, as the cell is less excitable after an AP). The
 * k-th latency is from the k-th onset to the k-th upward −30 mV crossing at the soma (linear
 * interpolation within the step); {@link #withLatenciesOn} re-measures the latencies on the cell
 * with a pair's (silent) synapses, whose resting VDCC current shifts them: near threshold the
 * latency is very sensitive to the resting state. Every probe starts from a {@link RestingState}
 * saved before {@link #ONSET_MS}, not from initialisation.
 *
 * @param widthMs     pulse width [ms]
 * @param amplitudeNa pulse amplitude [nA]
 * @param latencyMs   per pulse of a burst, onset to its AP's −30 mV crossing [ms]
 */
public record PostCurrent(double widthMs, double amplitudeNa, double[] latencyMs) {

    /** The threshold defining the AP time for Δt (model.md §5) [mV]. */
    public static final double AP_THRESHOLD_MV = -30;
    /** Onset of the first probe pulse after initialisation, leaving time to settle [ms]. */
    public static final double ONSET_MS = 700;
    /** Smallest amplitude tried [nA]. */
    public static final double MIN_NA = 0.05;
    /** Largest amplitude tried [nA]. */
    public static final double MAX_NA = 5;
    /** Bisection resolution [nA]. */
    public static final double RESOLUTION_NA = 0.001;
    /** Rounds of the latency fixed point. */
    public static final int LATENCY_ITERATIONS = 3;
    /** Intended AP times are at least this long after {@link #ONSET_MS}, leaving room for the latency [ms]. */
    private static final double LEAD_MS = 20;
    /** APs are counted until this long after the last pulse's end [ms]. */
    private static final double TAIL_MS = 100;

    /** Copies. */
    public PostCurrent {
        latencyMs = latencyMs.clone();
    }

    @Override
    public double[] latencyMs() {
        return latencyMs.clone();
    }

    /**
     * @param cell      the postsynaptic cell alone (at the protocol's temperature) at rest before
     *                  {@link #ONSET_MS}
     * @param induction the induction, with at least one post spike per burst
     * @return the pulse amplitude and the latencies on the cell alone
     */
    public static PostCurrent calibrate(RestingState cell, Induction induction) {
        PostStimulus stimulus = induction.post();
        int n = induction.postSpikes();
        double width = stimulus.widthMs();
        double interval = induction.intervalMs();
        double amplitude;
        if (stimulus instanceof PostStimulus.Given g) {
            amplitude = g.amplitudeNa();
        } else {
            double low = MIN_NA;
            double high = MAX_NA;
            if (probe(cell, burst(n, interval), width, high).length < n) {
                throw new ExperimentException(ExperimentMessage.NO_POST_CURRENT, n, width, MIN_NA, MAX_NA);
            }
            if (probe(cell, burst(n, interval), width, low).length >= n) {
                high = low;
            }
            while (high - low > RESOLUTION_NA) {
                double mid = 0.5 * (low + high);
                if (probe(cell, burst(n, interval), width, mid).length >= n) {
                    high = mid;
                } else {
                    low = mid;
                }
            }
            amplitude = high;
        }
        double[] latency = latencies(cell, n, interval, width, amplitude);
        if (latency == null) {
            throw new ExperimentException(ExperimentMessage.NO_POST_CURRENT, n, width, amplitude, amplitude);
        }
        return new PostCurrent(width, amplitude, latency);
    }

    /**
     * @param cell      the postsynaptic cell with a pair's synapses, which receive no spike, at
     *                  rest before {@link #ONSET_MS}
     * @param induction the induction this pulse was calibrated for
     * @return this pulse with the latencies measured there, or this pulse unchanged if there the
     *         burst does not give one action potential per pulse
     */
    public PostCurrent withLatenciesOn(RestingState cell, Induction induction) {
        double[] latency = latencies(cell, latencyMs.length, induction.intervalMs(), widthMs, amplitudeNa);
        return latency == null ? this : new PostCurrent(widthMs, amplitudeNa, latency);
    }

    /**
     * The latencies as a fixed point: the pulses are placed as the schedule will place them, each
     * at its intended AP time minus its latency, and the latencies are measured again, since an AP
     * after another depends on the interval between them; {@link #LATENCY_ITERATIONS} rounds.
     *
     * @return the latency of each pulse's AP [ms], or null if the burst does not give n APs
     */
    private static double[] latencies(RestingState cell, int n, double interval, double width,
            double amplitude) {
        double[] latency = new double[n];
        for (int round = 0; round < LATENCY_ITERATIONS; round++) {
            double[] onsets = new double[n];
            for (int k = 0; k < n; k++) {
                onsets[k] = ONSET_MS + LEAD_MS + k * interval - latency[k];
            }
            double[] crossings = probe(cell, onsets, width, amplitude);
            if (crossings.length != n) {
                return null;
            }
            for (int k = 0; k < n; k++) {
                latency[k] = crossings[k] - onsets[k];
            }
        }
        return latency;
    }

    private static double[] burst(int n, double interval) {
        double[] onsets = new double[n];
        for (int k = 0; k < n; k++) {
            onsets[k] = ONSET_MS + k * interval;
        }
        return onsets;
    }

    /** @return the times of the upward −30 mV crossings from the first onset on [ms] */
    private static double[] probe(RestingState cell, double[] onsets, double width, double amplitude) {
        int n = onsets.length;
        int soma = cell.cell().soma();
        Simulation sim = cell.start(List.of(new ScheduledPulses(soma, onsets, width, amplitude)),
                Arrays.stream(onsets).min().orElseThrow());
        double dtMs = sim.dt();
        long steps = Math.round((onsets[n - 1] + width + TAIL_MS) / dtMs);
        double[] crossings = new double[2 * n + 1];
        int count = 0;
        double previous = sim.voltage(soma);
        while (sim.steps() < steps && count < crossings.length) {
            double t0 = sim.time();
            sim.advance();
            double v = sim.voltage(soma);
            if (previous < AP_THRESHOLD_MV && v >= AP_THRESHOLD_MV && t0 >= onsets[0] - dtMs) {
                crossings[count++] = t0 + dtMs * (AP_THRESHOLD_MV - previous) / (v - previous);
            }
            previous = v;
        }
        return Arrays.copyOf(crossings, count);
    }
}
