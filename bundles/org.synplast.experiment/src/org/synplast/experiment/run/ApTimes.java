package org.synplast.experiment.run;

import java.util.Arrays;

import org.synplast.experiment.plan.ProtocolSchedule;

/**
 * Somatic action potentials during induction (upward crossings of {@link PostCurrent#AP_THRESHOLD_MV},
 * time interpolated within the step), compared with the intended post AP times of the schedule.
 */
final class ApTimes {

    private final double startMs;
    private final double endMs;
    private final double[] intended;
    private double[] times = new double[16];
    private int count;
    private double previous = Double.NaN;

    /** @param schedule the pair's schedule */
    ApTimes(ProtocolSchedule schedule) {
        double[] onsets = schedule.postPulseOnsetMs();
        startMs = onsets.length > 0 ? Math.min(onsets[0], schedule.inductionStartMs()) : schedule.inductionStartMs();
        endMs = schedule.inductionEndMs();
        intended = schedule.postApMs();
    }

    /**
     * @param tMs   time at the end of the step just taken [ms]
     * @param dtMs  the step [ms]
     * @param vSoma somatic voltage then [mV]
     */
    void sample(double tMs, double dtMs, double vSoma) {
        double th = PostCurrent.AP_THRESHOLD_MV;
        if (previous < th && vSoma >= th && tMs >= startMs && tMs <= endMs) {
            if (count == times.length) {
                times = Arrays.copyOf(times, 2 * count);
            }
            times[count++] = tMs - dtMs + dtMs * (th - previous) / (vSoma - previous);
        }
        previous = vSoma;
    }

    /** @return the number of APs from the first post pulse (or the start of induction) to its end */
    int count() {
        return count;
    }

    /** @return the largest distance of an intended AP time to the nearest actual one [ms], NaN if none intended */
    double timingErrorMs() {
        if (intended.length == 0) {
            return Double.NaN;
        }
        double worst = 0;
        for (double t : intended) {
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < count; i++) {
                best = Math.min(best, Math.abs(times[i] - t));
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }
}
