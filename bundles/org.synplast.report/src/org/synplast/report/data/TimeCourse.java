package org.synplast.report.data;

/**
 * The EPSP amplitude across a protocol, averaged over pairs: one point per test pulse.
 *
 * @param title              chart title, usually the experiment name
 * @param timeMin            test-pulse times relative to induction onset, increasing // [min]
 * @param meanMv             mean EPSP amplitude across pairs at each time // [mV]
 * @param semMv              standard error across pairs at each time // [mV]
 * @param baseline           the baseline mean and its window
 * @param after              the after-induction mean and its window
 * @param inductionStartMin  induction start // [min]
 * @param inductionEndMin    induction end // [min]
 */
public record TimeCourse(String title, double[] timeMin, double[] meanMv, double[] semMv,
        MeanLine baseline, MeanLine after, double inductionStartMin, double inductionEndMin) {

    /** Validates lengths and copies the arrays. */
    public TimeCourse {
        if (title == null || baseline == null || after == null) {
            throw new IllegalArgumentException("title, baseline and after are required");
        }
        if (timeMin.length == 0 || meanMv.length != timeMin.length || semMv.length != timeMin.length) {
            throw new IllegalArgumentException("time, mean and sem need the same non-zero length: "
                    + timeMin.length + ", " + meanMv.length + ", " + semMv.length);
        }
        if (!(inductionEndMin >= inductionStartMin)) {
            throw new IllegalArgumentException("induction must end after it starts");
        }
        timeMin = timeMin.clone();
        meanMv = meanMv.clone();
        semMv = semMv.clone();
    }

    /** Returns the after-induction mean divided by the baseline mean. */
    public double ratio() {
        return after.valueMv() / baseline.valueMv();
    }
}
