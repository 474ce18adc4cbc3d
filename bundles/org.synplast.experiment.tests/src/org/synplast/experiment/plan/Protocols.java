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

    /**
     * A protocol short enough for unit tests on the test cell of {@link Experiments} (hh, so at
     * 6.3 °C): 300 ms rest, 3 test spikes every 300 ms, 2 bursts at 20 Hz one every 500 ms, 3 test
     * spikes every 300 ms; read-out of the last 3 EPSP amplitudes; fast-forward on.
     *
     * @param pre    presynaptic spikes per burst
     * @param post   postsynaptic spikes per burst
     * @param deltaT Δt [ms]
     * @return the protocol
     */
    public static ProtocolPlan quick(int pre, int post, double deltaT) {
        return new ProtocolPlan("quick", new Conditions(2.0, 1.0, 6.3), Switches.CONTROL, 300, new TestPulses(300, 3),
                new Induction(pre, post, 20, deltaT, 2, 500, new PostStimulus.Calibrated(3)), new TestPulses(300, 3),
                ReadOut.of(Measure.AMPLITUDE, 3), true);
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
