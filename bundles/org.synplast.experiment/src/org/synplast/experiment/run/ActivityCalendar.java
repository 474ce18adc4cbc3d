package org.synplast.experiment.run;

import java.util.Arrays;

import org.synplast.experiment.plan.ProtocolSchedule;

/**
 * The busy intervals of a pair's protocol, for quiescence skipping: every test EPSP window
 * [s, s + window], every presynaptic spike and postsynaptic pulse, the fast-forward and the end
 * of the run. Queried with non-decreasing times (a cursor, O(1) amortised, no allocation).
 */
final class ActivityCalendar {

    private final double[] start;
    private final double[] end;
    private int next;

    /**
     * @param schedule the pair's schedule
     * @param windowMs the EPSP read-out window [ms]
     */
    ActivityCalendar(ProtocolSchedule schedule, double windowMs) {
        double[] tests = schedule.testSpikesMs();
        double[] pre = schedule.inductionPreMs();
        double[] onsets = schedule.postPulseOnsetMs();
        int n = tests.length + pre.length + onsets.length + 2;
        double[][] intervals = new double[n][];
        int k = 0;
        for (double s : tests) {
            intervals[k++] = new double[] {s, s + windowMs};
        }
        for (double t : pre) {
            intervals[k++] = new double[] {t, t};
        }
        for (double o : onsets) {
            intervals[k++] = new double[] {o, o + schedule.postPulseWidthMs()};
        }
        intervals[k++] = new double[] {schedule.inductionEndMs(), schedule.inductionEndMs()};
        intervals[k] = new double[] {schedule.endMs(), schedule.endMs()};
        Arrays.sort(intervals, (a, b) -> Double.compare(a[0], b[0]));
        double[] s = new double[n];
        double[] e = new double[n];
        int m = 0;
        for (double[] iv : intervals) {
            if (m > 0 && iv[0] <= e[m - 1]) {
                e[m - 1] = Math.max(e[m - 1], iv[1]);
            } else {
                s[m] = iv[0];
                e[m] = iv[1];
                m++;
            }
        }
        start = Arrays.copyOf(s, m);
        end = Arrays.copyOf(e, m);
    }

    /**
     * The start of the first busy interval after a time, without moving the cursor.
     *
     * @param tMs a time not before the previous query's [ms]
     * @return the earliest interval start after tMs (+∞ after the last)
     */
    double nextStartAfter(double tMs) {
        for (int k = next; k < start.length; k++) {
            if (start[k] > tMs) {
                return start[k];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * @param tMs now [ms], not before the previous query
     * @return tMs when busy now, else the start of the next busy interval (+∞ after the last)
     */
    double nextActivity(double tMs) {
        while (next < start.length && end[next] < tMs) {
            next++;
        }
        if (next == start.length) {
            return Double.POSITIVE_INFINITY;
        }
        return start[next] <= tMs ? tMs : start[next];
    }
}
