package org.synplast.experiment.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SweepPlanTest {

    @Test
    void gridOrderIsCalciumThenFrequencyThenDeltaT() {
        ExperimentPlan base = Experiments.plan(Protocols.mrk97_07(), 3);
        SweepPlan sweep = new SweepPlan("s", base, new double[] {2.0, 1.2}, new double[] {5, 10},
                new double[] {-10, 0, 10});
        List<SweepPlan.Point> points = sweep.points();
        assertEquals(12, points.size());
        SweepPlan.Point p = points.get(7);
        assertEquals(7, p.index());
        assertEquals(1.2, p.caOMm());
        assertEquals(5, p.frequencyHz());
        assertEquals(0, p.deltaTMs());
        assertEquals(1.2, p.plan().protocol().conditions().caO());
        assertEquals(5, p.plan().protocol().induction().frequencyHz());
        assertEquals(0, p.plan().protocol().induction().deltaTMs());
        assertEquals(base.seed(), p.plan().seed());
        assertEquals(null, p.plan().expected());
    }

    @Test
    void emptyAxisKeepsTheBaseValue() {
        ExperimentPlan base = Experiments.plan(Protocols.mrk97_07(), 3);
        List<SweepPlan.Point> points = new SweepPlan("s", base, new double[0], new double[] {1, 2},
                new double[0]).points();
        assertEquals(2, points.size());
        assertEquals(10, points.get(1).deltaTMs());
        assertEquals(2.0, points.get(1).caOMm());
    }
}
