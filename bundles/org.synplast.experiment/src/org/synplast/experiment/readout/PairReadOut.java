package org.synplast.experiment.readout;

import java.util.Arrays;

import org.synplast.experiment.plan.ProtocolSchedule;
import org.synplast.experiment.plan.ReadOut;

/**
 * The read-out of one pair: every test EPSP amplitude, the measure before and after induction
 * over the last N test EPSPs of each phase (mean amplitude, or slope of the mean trace), their
 * ratio and the pair's status.
 *
 * @param baselineAmplitudesMv amplitude of every baseline test EPSP [mV]
 * @param afterAmplitudesMv    amplitude of every post-induction test EPSP [mV]
 * @param before               the measure before induction [mV or mV/ms]
 * @param after                the measure after induction [mV or mV/ms]
 * @param ratio                after / before
 * @param status               valid, dropped or invalid
 */
public record PairReadOut(double[] baselineAmplitudesMv, double[] afterAmplitudesMv, double before, double after,
        double ratio, PairStatus status) {

    /** Pairs whose mean baseline EPSP amplitude is below this are dropped [mV]. */
    public static final double MIN_BASELINE_EPSP_MV = 0.01;

    /** Copies. */
    public PairReadOut {
        baselineAmplitudesMv = baselineAmplitudesMv.clone();
        afterAmplitudesMv = afterAmplitudesMv.clone();
    }

    @Override
    public double[] baselineAmplitudesMv() {
        return baselineAmplitudesMv.clone();
    }

    @Override
    public double[] afterAmplitudesMv() {
        return afterAmplitudesMv.clone();
    }

    /**
     * @param schedule         the pair's schedule
     * @param readOut          the read-out
     * @param dtMs             the simulation step [ms]
     * @param spikeThresholdMv the cell's spike threshold [mV]
     * @return a meter for the schedule's test spikes, accumulating the mean traces of the last N
     *         EPSPs of each phase (groups 0 and 1) when the measure is the slope
     */
    public static EpspMeter meter(ProtocolSchedule schedule, ReadOut readOut, double dtMs, double spikeThresholdMv) {
        int nb = schedule.baselineTestMs().length;
        int na = schedule.afterTestMs().length;
        int[] group = new int[nb + na];
        Arrays.fill(group, -1);
        if (readOut.measure() == ReadOut.Measure.SLOPE) {
            Arrays.fill(group, nb - readOut.lastN(), nb, 0);
            Arrays.fill(group, nb + na - readOut.lastN(), nb + na, 1);
        }
        return new EpspMeter(schedule.testSpikesMs(), readOut.windowMs(), dtMs, spikeThresholdMv, group);
    }

    /**
     * @param meter         a finished meter from {@link #meter}
     * @param readOut       the read-out
     * @param baselineCount number of baseline test spikes
     * @return the pair's read-out
     */
    public static PairReadOut of(EpspMeter meter, ReadOut readOut, int baselineCount) {
        double[] all = meter.amplitudes();
        double[] base = Arrays.copyOf(all, baselineCount);
        double[] post = Arrays.copyOfRange(all, baselineCount, all.length);
        int n = readOut.lastN();
        double baseAmplitude = meanOfLast(base, n);
        double before;
        double after;
        if (readOut.measure() == ReadOut.Measure.AMPLITUDE) {
            before = baseAmplitude;
            after = meanOfLast(post, n);
        } else {
            before = EpspSlope.of(meter.meanTrace(0), meter.dtMs());
            after = EpspSlope.of(meter.meanTrace(1), meter.dtMs());
        }
        boolean spiked = false;
        for (boolean s : meter.spiked()) {
            spiked |= s;
        }
        PairStatus status = spiked ? PairStatus.INVALID
                : baseAmplitude < MIN_BASELINE_EPSP_MV ? PairStatus.DROPPED : PairStatus.VALID;
        return new PairReadOut(base, post, before, after, after / before, status);
    }

    private static double meanOfLast(double[] values, int n) {
        double sum = 0;
        for (int i = values.length - n; i < values.length; i++) {
            sum += values[i];
        }
        return sum / n;
    }
}
