package org.synplast.experiment.run;

import org.synplast.engine.synapse.GluSynapse;
import org.synplast.experiment.plan.ProtocolSchedule;
import org.synplast.experiment.results.PairTrace;

/**
 * Samples the somatic voltage, c* and ρ of every synapse every {@code every} steps within the
 * traced window, into arrays sized once.
 */
final class TraceRecorder {

    private final long first;
    private final long last;
    private final long every;
    private final double dtMs;
    private final double[] soma;
    private final double[][] cStar;
    private final double[][] rho;

    /**
     * @param options   interval and window
     * @param schedule  the pair's schedule
     * @param dtMs      the step [ms]
     * @param synapses  number of synapses
     */
    TraceRecorder(TraceOptions options, ProtocolSchedule schedule, double dtMs, int synapses) {
        boolean induction = options.window() == TraceOptions.Window.INDUCTION;
        this.dtMs = dtMs;
        this.every = Math.max(1, Math.round(options.intervalMs() / dtMs));
        this.first = induction ? Math.round(schedule.inductionStartMs() / dtMs) : 0;
        this.last = Math.round((induction ? schedule.inductionEndMs() : schedule.endMs()) / dtMs);
        int n = (int) ((last - first) / every) + 1;
        soma = new double[n];
        cStar = new double[synapses][n];
        rho = new double[synapses][n];
    }

    /**
     * @param step     the step number just completed (0 after initialisation)
     * @param vSoma    somatic voltage [mV]
     * @param synapses the synapses
     */
    void sample(long step, double vSoma, GluSynapse[] synapses) {
        long offset = step - first;
        if (offset < 0 || offset % every != 0 || offset / every >= soma.length) {
            return;
        }
        int i = (int) (offset / every);
        soma[i] = vSoma;
        for (int k = 0; k < synapses.length; k++) {
            cStar[k][i] = synapses[k].effectiveCalcium();
            rho[k][i] = synapses[k].rho();
        }
    }

    /**
     * @param tMs now [ms]
     * @return tMs within the traced window (every step there must be taken), its start before it,
     *         +∞ after it
     */
    double nextSampling(double tMs) {
        if (tMs > last * dtMs) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(tMs, first * dtMs);
    }

    /** @return the recorded traces */
    PairTrace trace() {
        return new PairTrace(first * dtMs, every * dtMs, soma, cStar, rho);
    }
}
