package org.synplast.experiment.plan;

import java.util.Arrays;
import java.util.Locale;

import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;

/**
 * A protocol expanded into exact event times [ms] for one pair, given the pair's calibrated AP
 * latencies (pulse onset to the somatic −30 mV crossing), one per position of a pulse in the
 * burst, since an AP that follows another may come later.
 *
 * <p>Layout, with R = rest, Pb, Nb the baseline period and count, I = R + Nb·Pb the start of
 * induction, Ps the sweep period and E = I + sweeps·Ps the end of induction:
 * <ul>
 * <li>baseline test spikes at R + k·Pb, k &lt; Nb;</li>
 * <li>sweep j starts at r_j = I + j·Ps; its k-th presynaptic spike is at r_j + k/f and its k-th
 * postsynaptic AP is meant to cross −30 mV at r_j + Δt + k/f, so its current pulse starts the k-th
 * AP latency earlier;</li>
 * <li>fast-forward (if on) at E; post-induction test spikes at E + k·Pa, k &lt; Na; the run ends at
 * E + Na·Pa.</li>
 * </ul>
 * The schedule is rejected when induction events reach into the last baseline EPSP window, when a
 * burst does not fit into its sweep period, or when it reaches past E.
 *
 * @param baselineTestMs   baseline test spike times
 * @param inductionPreMs   presynaptic spike times of all bursts
 * @param postApMs         intended postsynaptic AP times (−30 mV crossings)
 * @param postPulseOnsetMs onsets of the postsynaptic current pulses, postApMs − latency
 * @param postPulseWidthMs width of each pulse [ms]
 * @param apLatencyMs      the latencies used, by position in the burst [ms]
 * @param inductionStartMs I
 * @param inductionEndMs   E, the time of fast-forward
 * @param afterTestMs      post-induction test spike times
 * @param endMs            end of the run
 */
public record ProtocolSchedule(double[] baselineTestMs, double[] inductionPreMs, double[] postApMs,
        double[] postPulseOnsetMs, double postPulseWidthMs, double[] apLatencyMs, double inductionStartMs,
        double inductionEndMs, double[] afterTestMs, double endMs) {

    /** Copies. */
    public ProtocolSchedule {
        baselineTestMs = baselineTestMs.clone();
        inductionPreMs = inductionPreMs.clone();
        postApMs = postApMs.clone();
        postPulseOnsetMs = postPulseOnsetMs.clone();
        apLatencyMs = apLatencyMs.clone();
        afterTestMs = afterTestMs.clone();
    }

    /**
     * @param plan        the protocol
     * @param apLatencyMs the pair's AP latency [ms], ≥ 0, the same for every pulse of a burst
     * @return the schedule
     */
    public static ProtocolSchedule of(ProtocolPlan plan, double apLatencyMs) {
        double[] latencies = new double[plan.induction().postSpikes()];
        Arrays.fill(latencies, apLatencyMs);
        return of(plan, latencies);
    }

    /**
     * @param plan        the protocol
     * @param apLatencyMs the pair's AP latency of the k-th pulse of a burst [ms], ≥ 0, one per
     *                    postsynaptic spike of a burst
     * @return the schedule
     */
    public static ProtocolSchedule of(ProtocolPlan plan, double[] apLatencyMs) {
        Induction ind = plan.induction();
        int nPre = ind.preSpikes();
        int nPost = ind.postSpikes();
        ExperimentException.require(apLatencyMs.length == nPost, "AP latencies", "one per post spike of a burst",
                apLatencyMs.length);
        for (double l : apLatencyMs) {
            ExperimentException.require(l >= 0 && Double.isFinite(l), "AP latency [ms]", "non-negative", l);
        }
        TestPulses base = plan.baseline();
        double[] baseline = train(plan.restMs(), base);
        double start = plan.restMs() + base.durationMs();
        double interval = ind.intervalMs();
        double width = ind.post().widthMs();
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        if (nPre > 0) {
            first = 0;
            last = (nPre - 1) * interval;
        }
        for (int k = 0; k < nPost; k++) {
            double onset = ind.deltaTMs() + k * interval - apLatencyMs[k];
            first = Math.min(first, onset);
            last = Math.max(last, onset + width);
        }
        double windowEnd = baseline[baseline.length - 1] + plan.readOut().windowMs();
        if (start + first < windowEnd) {
            throw conflict(plan, "induction starts at %.3f ms, inside the last baseline EPSP window (ends %.3f ms)",
                    start + first, windowEnd);
        }
        if (last >= ind.sweepPeriodMs() || last - first >= ind.sweepPeriodMs()) {
            throw conflict(plan, "a burst spans [%.3f, %.3f] ms around its start, longer than the %.3f ms sweep period",
                    first, last, ind.sweepPeriodMs());
        }
        double[] pre = new double[ind.sweeps() * nPre];
        double[] ap = new double[ind.sweeps() * nPost];
        double[] onset = new double[ap.length];
        for (int j = 0; j < ind.sweeps(); j++) {
            double r = start + j * ind.sweepPeriodMs();
            for (int k = 0; k < nPre; k++) {
                pre[j * nPre + k] = r + k * interval;
            }
            for (int k = 0; k < nPost; k++) {
                ap[j * nPost + k] = r + ind.deltaTMs() + k * interval;
                onset[j * nPost + k] = ap[j * nPost + k] - apLatencyMs[k];
            }
        }
        double end = start + ind.sweeps() * ind.sweepPeriodMs();
        double[] after = train(end, plan.after());
        return new ProtocolSchedule(baseline, pre, ap, onset, width, apLatencyMs, start, end, after,
                end + plan.after().durationMs());
    }

    private static double[] train(double t0, TestPulses pulses) {
        double[] t = new double[pulses.count()];
        for (int k = 0; k < t.length; k++) {
            t[k] = t0 + k * pulses.periodMs();
        }
        return t;
    }

    private static ExperimentException conflict(ProtocolPlan plan, String pattern, Object... args) {
        return new ExperimentException(ExperimentMessage.SCHEDULE_CONFLICT, plan.name(),
                String.format(Locale.ROOT, pattern, args));
    }

    @Override
    public double[] baselineTestMs() {
        return baselineTestMs.clone();
    }

    @Override
    public double[] inductionPreMs() {
        return inductionPreMs.clone();
    }

    @Override
    public double[] postApMs() {
        return postApMs.clone();
    }

    @Override
    public double[] postPulseOnsetMs() {
        return postPulseOnsetMs.clone();
    }

    @Override
    public double[] apLatencyMs() {
        return apLatencyMs.clone();
    }

    @Override
    public double[] afterTestMs() {
        return afterTestMs.clone();
    }

    /** @return every presynaptic spike (test and induction) in ascending order */
    public double[] presynapticSpikesMs() {
        double[] all = new double[baselineTestMs.length + inductionPreMs.length + afterTestMs.length];
        System.arraycopy(baselineTestMs, 0, all, 0, baselineTestMs.length);
        System.arraycopy(inductionPreMs, 0, all, baselineTestMs.length, inductionPreMs.length);
        System.arraycopy(afterTestMs, 0, all, baselineTestMs.length + inductionPreMs.length, afterTestMs.length);
        Arrays.sort(all);
        return all;
    }

    /** @return every test spike, baseline then post-induction, in ascending order */
    public double[] testSpikesMs() {
        double[] all = Arrays.copyOf(baselineTestMs, baselineTestMs.length + afterTestMs.length);
        System.arraycopy(afterTestMs, 0, all, baselineTestMs.length, afterTestMs.length);
        return all;
    }
}
