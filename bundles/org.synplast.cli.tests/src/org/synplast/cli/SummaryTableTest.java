package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.stats.Summary;

class SummaryTableTest {

    private static final String REASON = "no burst of 5 pulses of 3.0 ms between 0.05 and 40.0 nA gives one action"
            + " potential per pulse";

    /** An experiment whose pairs all failed gets a row without valid pairs and a line with how many and why. */
    @Test
    void failedPairsAreCountedWithTheirReason() {
        List<PairResult> pairs = List.of(PairResult.failed(0, REASON), PairResult.failed(1, REASON));
        ExperimentResult failed = new ExperimentResult("grid_40Hz", "L5TTPC_L5TTPC", "pairing", "AMPLITUDE", 7, 0, 0,
                0, 2, new Summary(0, Double.NaN, Double.NaN, Double.NaN), null, null, pairs);
        String[] lines = SummaryTable.experiments(List.of(failed)).split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("grid_40Hz") && lines[1].contains("no valid pair"), lines[1]);
        assertEquals("grid_40Hz: 2 of 2 pairs failed: " + REASON, lines[2]);
    }
}
