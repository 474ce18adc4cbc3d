package org.synplast.experiment.readout;

/**
 * The slope of an EPSP between 30 % and 75 % of its rising phase: with A the peak of the trace
 * (relative to the value at the test spike), t30 and t75 the first times before the peak where
 * it reaches 0.30·A and 0.75·A (linear interpolation between samples), the slope is
 * 0.45·A / (t75 − t30) [mV/ms].
 */
public final class EpspSlope {

    private static final double LOW = 0.30;
    private static final double HIGH = 0.75;

    private EpspSlope() {
    }

    /**
     * @param trace V(s + i·dt) − V(s) [mV]
     * @param dtMs  sample interval [ms]
     * @return the slope [mV/ms], NaN if the trace does not rise
     */
    public static double of(double[] trace, double dtMs) {
        int peak = 0;
        for (int i = 1; i < trace.length; i++) {
            if (trace[i] > trace[peak]) {
                peak = i;
            }
        }
        double a = trace[peak];
        if (!(a > 0)) {
            return Double.NaN;
        }
        double t30 = crossing(trace, LOW * a, dtMs);
        double t75 = crossing(trace, HIGH * a, dtMs);
        return (HIGH - LOW) * a / (t75 - t30);
    }

    private static double crossing(double[] trace, double level, double dtMs) {
        int i = 0;
        while (trace[i] < level) {
            i++;
        }
        if (i == 0) {
            return 0;
        }
        double f = (level - trace[i - 1]) / (trace[i] - trace[i - 1]);
        return (i - 1 + f) * dtMs;
    }
}
