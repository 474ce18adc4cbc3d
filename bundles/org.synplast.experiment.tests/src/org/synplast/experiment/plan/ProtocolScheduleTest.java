package org.synplast.experiment.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;

/** Schedules of experiments.tsv protocols against hand-computed times (all sums of exact binary fractions). */
class ProtocolScheduleTest {

    @Test
    void mrk97_07PlacesBurstsAndShiftsPulsesByTheLatency() {
        ProtocolSchedule s = ProtocolSchedule.of(Protocols.mrk97_07(), 2.5);
        double[] base = s.baselineTestMs();
        assertEquals(60, base.length);
        assertEquals(500, base[0]);
        assertEquals(10_500, base[1]);
        assertEquals(590_500, base[59]);
        assertEquals(600_500, s.inductionStartMs());
        double[] pre = s.inductionPreMs();
        assertEquals(50, pre.length);
        assertArrayEquals(new double[] {600_500, 600_600, 600_700, 600_800, 600_900},
                java.util.Arrays.copyOf(pre, 5), 1e-9);
        assertArrayEquals(new double[] {636_500, 636_600, 636_700, 636_800, 636_900},
                java.util.Arrays.copyOfRange(pre, 45, 50), 1e-9);
        assertArrayEquals(new double[] {600_510, 600_610, 600_710, 600_810, 600_910},
                java.util.Arrays.copyOf(s.postApMs(), 5), 1e-9);
        assertArrayEquals(new double[] {600_507.5, 600_607.5, 600_707.5, 600_807.5, 600_907.5},
                java.util.Arrays.copyOf(s.postPulseOnsetMs(), 5), 1e-9);
        assertEquals(636_907.5, s.postPulseOnsetMs()[49], 1e-9);
        assertEquals(3, s.postPulseWidthMs());
        assertEquals(640_500, s.inductionEndMs());
        assertEquals(640_500, s.afterTestMs()[0]);
        assertEquals(1_230_500, s.afterTestMs()[59]);
        assertEquals(1_240_500, s.endMs());
    }

    @Test
    void mrk97_08PutsThePostApBeforeThePreSpike() {
        ProtocolSchedule s = ProtocolSchedule.of(Protocols.mrk97_08(), 2.5);
        assertEquals(600_500, s.inductionPreMs()[0]);
        assertEquals(600_490, s.postApMs()[0], 1e-9);
        assertEquals(600_487.5, s.postPulseOnsetMs()[0], 1e-9);
        for (int k = 0; k < 50; k++) {
            assertEquals(-10, s.postApMs()[k] - s.inductionPreMs()[k], 1e-9, "delta t of spike " + k);
        }
    }

    @Test
    void eachPulseOfABurstIsShiftedByItsOwnLatency() {
        ProtocolSchedule s = ProtocolSchedule.of(Protocols.mrk97_07(), new double[] {2, 2.5, 3, 3.5, 4});
        assertArrayEquals(new double[] {600_508, 600_607.5, 600_707, 600_806.5, 600_906},
                java.util.Arrays.copyOf(s.postPulseOnsetMs(), 5), 1e-9);
        assertArrayEquals(new double[] {604_508, 604_607.5, 604_707, 604_806.5, 604_906},
                java.util.Arrays.copyOfRange(s.postPulseOnsetMs(), 5, 10), 1e-9);
        assertEquals(600_510, s.postApMs()[0], 1e-9);
        assertThrows(ExperimentException.class, () -> ProtocolSchedule.of(Protocols.mrk97_07(), new double[] {2, 3}));
    }

    @Test
    void sjh06_02At50Hz() {
        ProtocolSchedule s = ProtocolSchedule.of(Protocols.sjh06_02(), 3);
        assertEquals(290_500, s.baselineTestMs()[29]);
        assertEquals(300_500, s.inductionStartMs());
        assertArrayEquals(new double[] {300_500, 300_520, 300_540, 300_560, 300_580},
                java.util.Arrays.copyOf(s.inductionPreMs(), 5), 1e-9);
        assertArrayEquals(new double[] {300_507, 300_527, 300_547, 300_567, 300_587},
                java.util.Arrays.copyOf(s.postPulseOnsetMs(), 5), 1e-9);
        assertEquals(75, s.inductionPreMs().length);
        assertEquals(440_580, s.inductionPreMs()[74], 1e-9);
        assertEquals(450_500, s.inductionEndMs());
        assertEquals(750_500, s.endMs());
    }

    @Test
    void presynapticSpikesMergeTestsAndInductionInOrder() {
        ProtocolSchedule s = ProtocolSchedule.of(Protocols.sjh06_02(), 3);
        double[] all = s.presynapticSpikesMs();
        assertEquals(30 + 75 + 30, all.length);
        for (int i = 1; i < all.length; i++) {
            assertEquals(true, all[i] > all[i - 1], "ascending at " + i);
        }
        assertEquals(60, s.testSpikesMs().length);
    }

    @Test
    void burstLongerThanItsSweepIsRejected() {
        ProtocolPlan p = Protocols.pairing("slow", 5, 1, 10, 10, 4000, 10);
        ExperimentException e = assertThrows(ExperimentException.class, () -> ProtocolSchedule.of(p, 2));
        assertEquals(ExperimentMessage.SCHEDULE_CONFLICT, e.kind());
    }

    @Test
    void inductionInsideTheLastBaselineWindowIsRejected() {
        ProtocolPlan p = new ProtocolPlan("early", Protocols.mrk97_07().conditions(), Protocols.mrk97_07().switches(),
                0, new TestPulses(200, 5), Protocols.mrk97_07().induction().withDeltaT(-150), new TestPulses(200, 5),
                ReadOut.of(ReadOut.Measure.AMPLITUDE, 5), true);
        assertThrows(ExperimentException.class, () -> ProtocolSchedule.of(p, 0));
        ProtocolSchedule ok = ProtocolSchedule.of(p.withInduction(p.induction().withDeltaT(-50)), 0);
        assertEquals(950, ok.postApMs()[0]);
    }

    @Test
    void readOutLongerThanAPhaseIsRejected() {
        ProtocolPlan p = Protocols.mrk97_07();
        assertThrows(ExperimentException.class, () -> new ProtocolPlan("x", p.conditions(), p.switches(), 0,
                new TestPulses(10_000, 10), p.induction(), p.after(), p.readOut(), true));
    }
}
