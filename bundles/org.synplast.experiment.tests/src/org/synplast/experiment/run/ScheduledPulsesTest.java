package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.synplast.engine.cable.CurrentPulse;

class ScheduledPulsesTest {

    @Test
    void sameCurrentAsOneCurrentPulsePerOnset() {
        double[] onsets = {10, 20.0125, 33.3};
        ScheduledPulses train = new ScheduledPulses(0, onsets, 3, 0.7);
        train.initialize(-65);
        for (int i = 0; i < 2000; i++) {
            double t = (i + 0.5) * 0.025;
            double expected = 0;
            for (double o : onsets) {
                expected += new CurrentPulse(0, o, 3, 0.7).current(t, -65);
            }
            assertEquals(expected, train.current(t, -65), 0.0, "t = " + t);
        }
    }
}
