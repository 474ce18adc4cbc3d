package org.synplast.experiment.results;

import java.util.List;

import org.synplast.experiment.readout.PairStatus;

/**
 * One simulated pair.
 *
 * @param index           the pair's index within the experiment (its random streams' key)
 * @param status          valid, dropped or invalid
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
 */
public record PairResult(int index, PairStatus status, double postCurrentNa, double[] apLatencyMs, int inductionAps,
        double apTimingErrorMs, double[] baselineEpspMv, double[] afterEpspMv, double before, double after,
        double ratio, List<SynapseRecord> synapses, PairTrace trace) {

    /** Copies. */
    public PairResult {
        apLatencyMs = apLatencyMs.clone();
        baselineEpspMv = baselineEpspMv.clone();
        afterEpspMv = afterEpspMv.clone();
        synapses = List.copyOf(synapses);
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
