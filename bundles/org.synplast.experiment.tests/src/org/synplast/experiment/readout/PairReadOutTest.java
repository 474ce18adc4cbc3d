package org.synplast.experiment.readout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.ProtocolSchedule;
import org.synplast.experiment.plan.Protocols;
import org.synplast.experiment.plan.ReadOut;

/**
 * Ratios on a short protocol: tests at 0, 300, 600, 900 ms, induction 1200–2200 ms, tests at 2200,
 * 2500, 2800, 3100 ms; EPSPs rise linearly over 2 ms to a given height and hold for 8 ms.
 */
class PairReadOutTest {

    private static final double DT = 0.025;

    private static PairReadOut run(ReadOut readOut, double[] heights, double spikeAt) {
        ProtocolPlan p = Protocols.pairing("short", 1, 10, 10, 1, 1000, 4);
        p = new ProtocolPlan("short", p.conditions(), p.switches(), 0, new org.synplast.experiment.plan.TestPulses(300, 4),
                p.induction(), new org.synplast.experiment.plan.TestPulses(300, 4), readOut, true);
        ProtocolSchedule s = ProtocolSchedule.of(p, 0);
        double[] tests = s.testSpikesMs();
        EpspMeter m = PairReadOut.meter(s, readOut, DT, -30);
        for (long i = 0; i <= Math.round(s.endMs() / DT); i++) {
            double t = i * DT;
            double v = -65;
            for (int k = 0; k < tests.length; k++) {
                double u = t - tests[k];
                if (u > 0 && u <= 10) {
                    v += heights[k] * Math.min(u, 2) / 2; // rises linearly over 2 ms, holds, ends at 10 ms
                }
            }
            m.sample(t, Math.abs(t - spikeAt) < 1 ? 10 : v);
        }
        m.finish();
        return PairReadOut.of(m, readOut, 4);
    }

    @Test
    void amplitudeRatioUsesTheLastNOfEachPhase() {
        double[] h = {9, 1, 2, 3, 9, 3, 4, 5};
        PairReadOut r = run(ReadOut.of(ReadOut.Measure.AMPLITUDE, 3), h, -1);
        assertEquals(2, r.before(), 1e-12);
        assertEquals(4, r.after(), 1e-12);
        assertEquals(2, r.ratio(), 1e-12);
        assertEquals(PairStatus.VALID, r.status());
        assertEquals(9, r.afterAmplitudesMv()[0], 1e-12);
    }

    @Test
    void slopeRatioIsTheRatioOfTheMeanTracesSlopes() {
        double[] h = {9, 1, 2, 3, 9, 3, 4, 5};
        PairReadOut r = run(ReadOut.of(ReadOut.Measure.SLOPE, 3), h, -1);
        assertEquals(1, r.before(), 1e-9); // mean height 2 mV over 2 ms
        assertEquals(2, r.after(), 1e-9);
        assertEquals(2, r.ratio(), 1e-9);
    }

    @Test
    void smallBaselineIsDroppedAndASpikingTestIsInvalid() {
        double[] tiny = {0.005, 0.005, 0.005, 0.005, 1, 1, 1, 1};
        assertEquals(PairStatus.DROPPED, run(ReadOut.of(ReadOut.Measure.AMPLITUDE, 4), tiny, -1).status());
        double[] ok = {1, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(PairStatus.INVALID, run(ReadOut.of(ReadOut.Measure.AMPLITUDE, 4), ok, 2550).status());
        assertEquals(PairStatus.VALID, run(ReadOut.of(ReadOut.Measure.AMPLITUDE, 4), ok, 1700).status());
    }
}
