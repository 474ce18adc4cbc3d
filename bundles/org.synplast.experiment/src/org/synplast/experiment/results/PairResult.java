package org.synplast.experiment.results;

import java.util.List;

import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.readout.PairStatus;

/**
 * One simulated pair.
 *
 * @param index           the pair's index within the experiment (its random streams' key)
 * @param status          valid, dropped, invalid or failed
 * @param postCurrentNa   amplitude of the induction's postsynaptic pulses [nA]
 * @param apLatencyMs     per pulse of a burst, onset to the somatic −30 mV crossing [ms]
 * @param inductionAps    number of somatic action potentials (upward −30 mV crossings) during induction
 * @param apTimingErrorMs largest |actual − intended| time of an induction AP, the actual one being the
 *                        crossing nearest to the intended time [ms]; NaN without post spikes
 * @param baselineEpspMv  every baseline test EPSP amplitude [mV]
 * @param afterEpspMv     every post-induction test EPSP amplitude [mV]
 * @param before          the read-out measure before induction [mV or mV/ms]
 * @param after           the read-out measure after induction [mV or mV/ms]
 * @param ratio           after / before
 * @param synapses        the pair's synapses
 * @param trace           decimated traces, or null when this pair was not traced
 * @param failure         why the pair could not be simulated ({@link PairStatus#FAILED}), else null
 *                        (also in results files of format 1)
 */
public record PairResult(int index, PairStatus status, double postCurrentNa, double[] apLatencyMs, int inductionAps,
        double apTimingErrorMs, double[] baselineEpspMv, double[] afterEpspMv, double before, double after,
        double ratio, List<SynapseRecord> synapses, PairTrace trace, String failure) {

    /** Copies; a failure reason is given exactly for failed pairs. */
    public PairResult {
        ExperimentException.require((status == PairStatus.FAILED) == (failure != null), "failure reason of a "
                + status + " pair", status == PairStatus.FAILED ? "given" : "absent", failure);
        apLatencyMs = apLatencyMs.clone();
        baselineEpspMv = baselineEpspMv.clone();
        afterEpspMv = afterEpspMv.clone();
        synapses = List.copyOf(synapses);
    }

    /**
     * A simulated pair (not failed); the parameters are those of the record.
     *
     * @param index           the pair's index
     * @param status          valid, dropped or invalid
     * @param postCurrentNa   pulse amplitude [nA]
     * @param apLatencyMs     AP latency per pulse of a burst [ms]
     * @param inductionAps    somatic APs during induction
     * @param apTimingErrorMs largest AP timing error [ms]
     * @param baselineEpspMv  baseline test EPSP amplitudes [mV]
     * @param afterEpspMv     post-induction test EPSP amplitudes [mV]
     * @param before          measure before induction
     * @param after           measure after induction
     * @param ratio           after / before
     * @param synapses        the pair's synapses
     * @param trace           decimated traces, or null
     */
    public PairResult(int index, PairStatus status, double postCurrentNa, double[] apLatencyMs, int inductionAps,
            double apTimingErrorMs, double[] baselineEpspMv, double[] afterEpspMv, double before, double after,
            double ratio, List<SynapseRecord> synapses, PairTrace trace) {
        this(index, status, postCurrentNa, apLatencyMs, inductionAps, apTimingErrorMs, baselineEpspMv, afterEpspMv,
                before, after, ratio, synapses, trace, null);
    }

    /**
     * @param index  the pair's index
     * @param reason why it could not be simulated
     * @return a failed pair: no read-out (NaN), no synapses, no APs
     */
    public static PairResult failed(int index, String reason) {
        return new PairResult(index, PairStatus.FAILED, Double.NaN, new double[0], 0, Double.NaN, new double[0],
                new double[0], Double.NaN, Double.NaN, Double.NaN, List.of(), null, reason);
    }

    @Override
    public double[] apLatencyMs() {
        return apLatencyMs.clone();
    }

    @Override
    public double[] baselineEpspMv() {
        return baselineEpspMv.clone();
    }

    @Override
    public double[] afterEpspMv() {
        return afterEpspMv.clone();
    }
}
