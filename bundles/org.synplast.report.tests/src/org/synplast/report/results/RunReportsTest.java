package org.synplast.report.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synplast.experiment.plan.InVitroResult;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;
import org.synplast.experiment.stats.Summary;
import org.synplast.experiment.stats.Verdict;
import org.synplast.experiment.stats.WelchTest;
import org.synplast.report.data.RatioComparison;
import org.synplast.report.data.SweepGrid;

class RunReportsTest {

    private static ExperimentResult result(String name, double mean, InVitroResult vitro, WelchTest test) {
        return new ExperimentResult(name, "L5TTPC_L5TTPC", "pairing", "AMPLITUDE", 7, 4, 1, 0, 0,
                new Summary(4, mean, 0.2, 0.1), vitro, test, List.of());
    }

    @Test
    void comparesInSilicoWithInVitroAndNamesTheVerdict() {
        ExperimentResult r = result("mrk97_07", 1.1, new InVitroResult(1.2013, 0.0626, 6, "Markram et al. 1997"),
                new WelchTest(-0.85, 5.9, 0.43, 0.05, Verdict.CONSISTENT));
        RatioComparison c = RunReports.comparison(r).orElseThrow();
        assertEquals(1.1, c.inSilico().mean());
        assertEquals(0.1, c.inSilico().sem());
        assertEquals(4, c.inSilico().n());
        assertEquals(1.2013, c.inVitro().mean());
        assertEquals(6, c.inVitro().n());
        assertEquals(0.43, c.pValue());
        assertEquals("consistent", RunReports.verdict(r));
        assertEquals("no in vitro data", RunReports.verdict(result("x", 1, null, null)));
    }

    @Test
    void anExperimentWithoutValidPairsHasNoComparison() {
        ExperimentResult none = new ExperimentResult("e", "c", "p", "AMPLITUDE", 1, 0, 5, 0, 0,
                new Summary(0, Double.NaN, Double.NaN, Double.NaN), null, null, List.of());
        assertTrue(RunReports.comparison(none).isEmpty());
    }

    @Test
    void gridsHaveOnePanelPerCalciumWithSortedAxesAndGapsAsNaN() {
        List<SweepResult.Point> points = new ArrayList<>();
        for (double ca : new double[] {2.0, 1.2}) {
            for (double f : new double[] {10, 1}) {
                for (double dt : new double[] {10, -10}) {
                    if (ca == 1.2 && f == 10 && dt == 10) {
                        continue; // a point the sweep lacks
                    }
                    points.add(new SweepResult.Point(ca, f, dt, result("p", ca + f / 100 + dt / 1000, null, null)));
                }
            }
        }
        List<SweepGrid> grids = RunReports.grids(new SweepResult("grid", points));
        assertEquals(2, grids.size());
        assertEquals("[Ca²⁺]o = 1.2 mM", grids.get(0).label());
        assertEquals("[Ca²⁺]o = 2 mM", grids.get(1).label());
        assertArrayEquals(new double[] {1, 10}, grids.get(1).frequencyHz());
        assertArrayEquals(new double[] {-10, 10}, grids.get(1).deltaTMs());
        assertEquals(2.0 + 0.10 + 0.010, grids.get(1).ratio()[1][1], 1e-12);
        assertEquals(2.0 + 0.01 - 0.010, grids.get(1).ratio()[0][0], 1e-12);
        assertTrue(Double.isNaN(grids.get(0).ratio()[1][1]), "the missing point stays empty");
    }

    @Test
    void csvTablesHaveAHeaderAndOneRowPerItem() {
        ExperimentResult r = result("a,b", 1.1, new InVitroResult(1.2, 0.06, 6, "x"),
                new WelchTest(-0.85, 5.9, 0.43, 0.05, Verdict.CONSISTENT));
        String[] lines = CsvTables.experiments(new RunResults(1, null, List.of(r),
                List.of())).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("experiment,connection,protocol,measure,valid,dropped,invalid,failed,"));
        assertEquals("\"a,b\",L5TTPC_L5TTPC,pairing,AMPLITUDE,4,1,0,0,1.1,0.1,1.2,0.06,6,-0.85,5.9,0.43,consistent",
                lines[1]);
        String sweep = CsvTables.sweep(new SweepResult("s", List.of(new SweepResult.Point(2, 5, -10,
                result("p", 0.9, null, null)))));
        assertEquals("sweep,ca_o_mM,frequency_Hz,delta_t_ms,valid,ratio_mean,ratio_sem\ns,2,5,-10,4,0.9,0.1\n", sweep);
        assertEquals("", CsvTables.number(Double.NaN));
    }
}
