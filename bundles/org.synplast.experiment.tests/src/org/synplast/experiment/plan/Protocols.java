package org.synplast.experiment.plan;

import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.plan.ReadOut.Measure;

/** Protocols of experiments.tsv as plans, for tests (baseline and after phases as in the example file). */
public final class Protocols {

    private Protocols() {
    }

    /**
     * @param name      a name
     * @param spikes    pre and post spikes per burst
     * @param hz        intra-burst frequency [Hz]
     * @param deltaT    Δt [ms]
     * @param sweeps    number of sweeps
     * @param periodMs  sweep period [ms]
     * @param tests     test spikes per phase, one every 10 s
     * @return the protocol at 2 mM Ca, 1 mM Mg, 34 °C, calibrated 3 ms pulses, amplitude read-out
     *         of the last {@code tests} EPSPs, fast-forward on, 500 ms rest
     */
    public static ProtocolPlan pairing(String name, int spikes, double hz, double deltaT, int sweeps,
            double periodMs, int tests) {
        return new ProtocolPlan(name, Conditions.IN_VITRO, Switches.CONTROL, 500, new TestPulses(10_000, tests),
                new Induction(spikes, spikes, hz, deltaT, sweeps, periodMs, new PostStimulus.Calibrated(3)),
                new TestPulses(10_000, tests), ReadOut.of(Measure.AMPLITUDE, tests), true);
    }

    /** @return mrk97_07: 5 + 5 at 10 Hz, Δt = +10 ms, 10 sweeps every 4 s, 60 test spikes per phase */
    public static ProtocolPlan mrk97_07() {
        return pairing("mrk97_07", 5, 10, 10, 10, 4000, 60);
    }

    /** @return mrk97_08: as mrk97_07 with Δt = −10 ms */
    public static ProtocolPlan mrk97_08() {
        return pairing("mrk97_08", 5, 10, -10, 10, 4000, 60);
    }

    /** @return sjh06_02: 5 + 5 at 50 Hz, Δt = +10 ms, 15 sweeps every 10 s, 30 test spikes per phase */
    public static ProtocolPlan sjh06_02() {
        return pairing("sjh06_02", 5, 50, 10, 15, 10_000, 30);
    }
}
