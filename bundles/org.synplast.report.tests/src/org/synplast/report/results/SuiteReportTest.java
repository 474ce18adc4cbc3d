package org.synplast.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.junit.jupiter.api.Test;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.experiment.plan.InVitroResult;
import org.synplast.experiment.readout.PairStatus;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.Provenance;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;
import org.synplast.experiment.results.SynapseRecord;
import org.synplast.experiment.stats.Summary;
import org.synplast.experiment.stats.Verdict;
import org.synplast.experiment.stats.WelchTest;
import org.synplast.report.html.HtmlReport;
import org.synplast.report.html.Table;

/** The suite report from hand-made results: its table, figures, Markdown and CSV tables. */
class SuiteReportTest {

    private static ExperimentResult result(String name, int valid, double mean, double sem, InVitroResult vitro,
            WelchTest test) {
        return new ExperimentResult(name, "L5TTPC_L5TTPC", "pairing", "AMPLITUDE", 7, valid, 0, 0, 0,
                new Summary(valid, mean, sem * Math.sqrt(valid), sem), vitro, test, List.of());
    }

    private static SweepResult sweep(String name, double ca, double gain) {
        List<SweepResult.Point> points = new ArrayList<>();
        for (double f : new double[] {10, 20}) {
            for (double dt : new double[] {-10, 10}) {
                points.add(new SweepResult.Point(ca, f, dt, result("p", 4, 1 + gain * Math.signum(dt), 0.05, null,
                        null)));
            }
        }
        return new SweepResult(name, points);
    }

    private static RunResults results() {
        List<ExperimentResult> experiments = List.of(
                result("mrk97_07", 4, 1.1, 0.05, new InVitroResult(1.2013, 0.0626, 6, "Markram et al. 1997"),
                        new WelchTest(-1.2, 8.1, 0.264, 0.05, Verdict.CONSISTENT)),
                result("held_out_only", 4, 0.95, 0.02, null, null),
                result("near", 4, 1.3, 0.1, null, null),
                result("far", 4, 1.05, 0.1, null, null),
                result("empty", 0, Double.NaN, Double.NaN, null, null));
        Provenance p = new Provenance("0.1.0", Map.of(), Map.of(), 0.025, 2, "2026-11-28T01:00:00Z", 5400, 0);
        return new RunResults(RunResults.FORMAT_VERSION, p, experiments,
                List.of(sweep("grid_2mM", 2.0, 0.3), sweep("grid_1mM2", 1.2, 0.05)));
    }

    private static SuiteReport report() {
        Map<String, SuiteEntry> entries = new LinkedHashMap<>();
        entries.put("mrk97_07", new SuiteEntry("suite/markram.synplast", "training", 1.117783));
        entries.put("held_out_only", new SuiteEntry("suite/markram.synplast", "held_out", Double.NaN));
        entries.put("near", new SuiteEntry("suite/sweeps.synplast", "held_out", Double.NaN));
        entries.put("far", new SuiteEntry("suite/sweeps.synplast", "held_out", Double.NaN));
        entries.put("empty", new SuiteEntry("suite/sweeps.synplast", "held_out", Double.NaN));
        return new SuiteReport(results(), entries, List.of(new DistanceSeries("dist", List.of(
                new DistanceSeries.Band("near", 0, 100), new DistanceSeries.Band("far", 100, 200)))));
    }

    @Test
    void theTableHasOneRowPerExperimentWithInVitroWelchAndThePapersValue() {
        Table t = report().table();
        assertEquals(List.of("experiment", "file", "pathway", "read-out", "role", "n", "in silico mean", "SEM",
                "in vitro mean ± SEM (n)", "Welch p", "verdict", "paper in silico"),
                t.columns().stream().map(Table.Column::header).toList());
        assertEquals(5, t.rows().size());
        assertEquals(List.of("mrk97_07", "suite/markram.synplast", "L5TTPC_L5TTPC", "amplitude", "training", "4",
                "1.100", "0.050", "1.201 ± 0.063 (6)", "p = 0.264", "consistent", "1.118"), t.rows().get(0));
        assertEquals(List.of("held_out_only", "suite/markram.synplast", "L5TTPC_L5TTPC", "amplitude", "held_out", "4",
                "0.950", "0.020", "–", "–", "no in vitro data", "–"), t.rows().get(1));
        assertEquals(List.of("0", "–", "–"), t.rows().get(4).subList(5, 8), "no valid pair: no mean, no SEM");
        assertEquals("no valid pair", t.rows().get(4).get(10));
    }

    @Test
    void figuresAreTheRatioBarsOneHeatMapPairOnOneScaleAndTheDistancePlot() {
        List<SuiteReport.FigureFile> figures = report().figures();
        assertEquals(List.of("ratios", "heatmaps", "distance"), figures.stream().map(SuiteReport.FigureFile::stem)
                .toList());
        CombinedRangeXYPlot heat = assertInstanceOf(CombinedRangeXYPlot.class,
                figures.get(1).figure().chart().getPlot());
        assertEquals(2, heat.getSubplots().size(), "both [Ca2+]o side by side in one chart (one colour scale)");
        assertTrue(figures.get(1).figure().caption().contains("[Ca²⁺]o = 2 mM, [Ca²⁺]o = 1.2 mM"),
                figures.get(1).figure().caption());
        var distance = figures.get(2).figure().chart().getXYPlot().getDataset();
        assertEquals(2, distance.getItemCount(0), "one point per band with valid pairs");
        assertEquals(50.0, distance.getXValue(0, 0));
        assertEquals(150.0, distance.getXValue(0, 1));
        assertEquals(1.05, distance.getYValue(0, 1), 1e-12);
    }

    @Test
    void sweepsWithDifferentAxesGetTheirOwnHeatMaps() {
        RunResults r = results();
        SweepResult other = new SweepResult("other", List.of(new SweepResult.Point(2, 5, 0,
                result("q", 3, 1, 0.1, null, null))));
        RunResults three = new RunResults(1, r.provenance(), List.of(), List.of(r.sweeps().get(0), other,
                r.sweeps().get(1)));
        List<SuiteReport.FigureFile> figures = new SuiteReport(three, Map.of(), List.of()).figures();
        assertEquals(List.of("heatmaps", "heatmaps-2"), figures.stream().map(SuiteReport.FigureFile::stem).toList());
        assertEquals(2, ((CombinedRangeXYPlot) figures.get(0).figure().chart().getPlot()).getSubplots().size());
    }

    @Test
    void theHtmlReportIsSelfContainedWithBothTablesAndEveryFigure() {
        String html = HtmlReport.render(report().report("SynPlast suite: suite", "suite", Map.of("pairs per condition",
                "2 (--pairs; the files ask for 100)")));
        assertTrue(html.contains("<h2>In silico table</h2>"), html);
        assertTrue(html.contains("<tr><td>mrk97_07</td><td class=\"text\">suite/markram.synplast</td>"), html);
        assertTrue(html.contains("<td class=\"verdict\">consistent</td><td>1.118</td></tr>"), html);
        assertTrue(html.contains("<h2>EPSP ratio against synapse path distance</h2>"));
        assertTrue(html.contains("<td>0 – 100</td>"));
        assertTrue(html.contains("<tr><td>pairs per condition</td><td>2 (--pairs; the files ask for 100)</td></tr>"));
        assertEquals(3, html.split("<svg ", -1).length - 1, "three inline figures");
        assertFalse(html.matches("(?s).*(src|href)=\"(?!#).*"), "no external resources");
    }

    @Test
    void theMarkdownHasTheRunTheTablesAndLinksToTheFigures() {
        String md = report().markdown("./synplast suite suite --pairs 2", "2 (--pairs; the files ask for 100)");
        assertTrue(md.startsWith("## Latest run\n\nProduced by `./synplast suite suite --pairs 2` with SynPlast 0.1.0, "
                + "started 2026-11-28T01:00:00Z."), md);
        assertTrue(md.contains("- Pairs per condition: 2 (--pairs; the files ask for 100)\n"), md);
        assertTrue(md.contains("- Conditions: 5 experiments (2 of them distance bands), 2 sweeps with 8 points in all\n"),
                md);
        assertTrue(md.contains("- Wall time: 5400 s (1.50 h)\n"), md);
        assertTrue(md.contains("| experiment | file | pathway | read-out | role | n | in silico mean | SEM | in vitro "
                + "mean ± SEM (n) | Welch p | verdict | paper in silico |\n|:---|:---|:---|:---|:---|---:|---:|---:|"
                + "---:|---:|:---|---:|\n| mrk97_07 | suite/markram.synplast |"), md);
        for (String stem : List.of("ratios", "heatmaps", "distance")) {
            assertTrue(md.contains("![" + stem + "](" + stem + ".svg)"), stem);
        }
    }

    /**
     * One table per sweep and [Ca²⁺]o, in the HTML and Markdown reports of a suite and of a run:
     * frequencies as rows, Δt as columns, mean ± SEM, the pairs per point and the range of the
     * point means; a point without a valid pair is a dash and left out of the range, a point with
     * one pair has no SEM.
     */
    @Test
    void theGridTablesHoldTheNumbersBehindTheHeatMapsAndTheirRange() {
        List<Table> tables = SweepTables.of(results().sweeps());
        assertEquals(List.of("grid_2mM at [Ca²⁺]o = 2 mM", "grid_1mM2 at [Ca²⁺]o = 1.2 mM"),
                tables.stream().map(Table::heading).toList());
        Table vitro = tables.get(0);
        assertEquals(List.of("frequency", "Δt −10 ms", "Δt +10 ms"),
                vitro.columns().stream().map(Table.Column::header).toList());
        assertEquals(List.of(List.of("10 Hz", "0.70 ± 0.05", "1.30 ± 0.05"), List.of("20 Hz", "0.70 ± 0.05",
                "1.30 ± 0.05")), vitro.rows());
        assertTrue(vitro.note().contains("(n = 4 at every point)") && vitro.note().endsWith(
                "Point means from 0.70 to 1.30 (range 0.60)."), vitro.note());
        assertTrue(tables.get(1).note().endsWith("Point means from 0.95 to 1.05 (range 0.10)."), "flatter");

        SweepResult sparse = new SweepResult("sparse", List.of(
                new SweepResult.Point(2, 5, -10, result("a", 0, Double.NaN, Double.NaN, null, null)),
                new SweepResult.Point(2, 5, 10, result("b", 1, 1.5, Double.NaN, null, null)),
                new SweepResult.Point(2, 10, -10, result("c", 3, 0.8, 0.1, null, null))));
        Table t = SweepTables.of(List.of(sparse)).get(0);
        assertEquals(List.of(List.of("5 Hz", "–", "1.50"), List.of("10 Hz", "0.80 ± 0.10", "–")), t.rows());
        assertTrue(t.note().contains("(n = 0 to 3)") && t.note().endsWith("Point means from 0.80 to 1.50 (range "
                + "0.70)."), t.note());
        SweepResult empty = new SweepResult("empty", List.of(new SweepResult.Point(2, 5, -10, result("a", 0,
                Double.NaN, Double.NaN, null, null))));
        assertTrue(SweepTables.of(List.of(empty)).get(0).note().endsWith("No point has a valid pair yet."));

        String md = report().markdown("x", "4");
        assertTrue(md.contains("### grid_2mM at [Ca²⁺]o = 2 mM\n\nEPSP ratio, mean ± SEM over the valid pairs of "
                + "each grid point (n = 4 at every point)"), md);
        assertTrue(md.contains("| frequency | Δt −10 ms | Δt +10 ms |\n|:---|---:|---:|\n| 10 Hz | 0.70 ± 0.05 | "
                + "1.30 ± 0.05 |\n"), md);
        assertTrue(md.indexOf("### EPSP ratio against synapse path distance") < md.indexOf("### grid_2mM at")
                && md.indexOf("### grid_2mM at") < md.indexOf("### grid_1mM2 at"), "after the distances, in run order");
        String html = HtmlReport.render(report().report("t", "suite", Map.of()));
        assertTrue(html.contains("<h2>grid_1mM2 at [Ca²⁺]o = 1.2 mM</h2>"), html);
        assertEquals(tables, RunReports.of(results(), "t", "f.synplast", Map.of(), Map.of()).tables(),
                "a run's report has them too");
    }

    @Test
    void csvTablesCarryTheSuiteColumnsAndTheBands() {
        String[] rows = report().experimentsCsv().split("\n");
        assertTrue(rows[0].endsWith(",verdict,file,role,paper_in_silico_mean"), rows[0]);
        assertTrue(rows[1].startsWith("mrk97_07,L5TTPC_L5TTPC,pairing,AMPLITUDE,4,0,0,0,1.1,0.05,1.2013,0.0626,6,"),
                rows[1]);
        assertTrue(rows[1].endsWith(",consistent,suite/markram.synplast,training,1.117783"), rows[1]);
        assertTrue(rows[2].endsWith(",no in vitro data,suite/markram.synplast,held_out,"), rows[2]);
        assertEquals("series,experiment,from_um,to_um,valid,ratio_mean,ratio_sem\ndist,near,0,100,4,1.3,0.1\n"
                + "dist,far,100,200,4,1.05,0.1\n", report().distanceCsv());
        assertEquals(9, CsvTables.sweeps(results().sweeps()).split("\n").length, "one header, eight points");
    }

    /** A plastic synapse: c_post = c_pre / 10, θd = 2 c_pre, θp = 3 c_pre. */
    private static SynapseRecord synapse(String dendrite, int rho0, double rhoFinal, double cPre) {
        return new SynapseRecord(3, dendrite, 100, SynapseParameters.of(0.5, 500, 10, 5, 1, 1, 2, 0.1, rho0), cPre,
                cPre / 10, 2 * cPre, 3 * cPre, rhoFinal);
    }

    /**
     * Counted over every pair; ρ = 0.5 at the end counts as potentiated; basal before apical;
     * medians over the synapses with a finite value (a synapse without a c_post step has none,
     * and no thresholds).
     */
    @Test
    void theSynapseTableSaysOnWhichDendritesSynapsesWerePotentiatedOrDepressedAndTheirThresholds() {
        SynapseRecord frozen = new SynapseRecord(5, "APICAL", 300, SynapseParameters.of(0.5, 500, 10, 5, 1, 1, 2, 0.1,
                0), 0.08, Double.NaN, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0);
        List<SynapseRecord> synapses = List.of(synapse("APICAL", 1, 0.2, 0.06), synapse("BASAL", 0, 1.0, 0.04),
                synapse("BASAL", 0, 0.4, 0.09), synapse("BASAL", 1, 0.5, 0.05), frozen);
        PairResult pair = new PairResult(0, PairStatus.VALID, 1, new double[0], 5, 0, new double[] {1},
                new double[] {1.2}, 1, 1.2, 1.2, synapses, null);
        ExperimentResult plastic = new ExperimentResult("plastic", "L5TTPC_L5TTPC", "pairing", "AMPLITUDE", 7, 2, 0, 0,
                0, Summary.of(new double[] {1.2, 1.2}), null, null, List.of(pair, pair));
        RunResults results = new RunResults(RunResults.FORMAT_VERSION, results().provenance(),
                List.of(plastic, result("none", 4, 1, 0.1, null, null)), List.of());
        SuiteEntry entry = new SuiteEntry("suite/a.synplast", "held_out", Double.NaN);
        SuiteReport report = new SuiteReport(results, Map.of("plastic", entry, "none", entry), List.of());
        Table t = report.synapseTable().orElseThrow();
        assertEquals(List.of("experiment", "dendrite", "synapses", "potentiated of depressed at start",
                "depressed of potentiated at start", "c_pre", "c_post", "θd", "θp"),
                t.columns().stream().map(Table.Column::header).toList());
        assertEquals(List.of(List.of("plastic", "basal", "6", "2 of 4", "0 of 2", "0.05000", "0.005000", "0.1000",
                "0.1500"), List.of("plastic", "apical", "4", "0 of 2", "2 of 2", "0.07000", "0.006000", "0.1200",
                        "0.1800")), t.rows(), "no rows for an experiment without synapse records");
        assertTrue(report.markdown("x", "2").contains("| plastic | basal | 6 | 2 of 4 | 0 of 2 | 0.05000 |"));
        assertTrue(report().synapseTable().isEmpty(), "no synapses recorded, no table");
    }

    @Test
    void everyExperimentNeedsItsEntryAndEverySeriesItsExperiments() {
        assertThrows(IllegalArgumentException.class, () -> new SuiteReport(results(), Map.of(), List.of()));
        Map<String, SuiteEntry> entries = new LinkedHashMap<>();
        results().experiments().forEach(e -> entries.put(e.name(), new SuiteEntry("f", "held_out", Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> new SuiteReport(results(), entries, List.of(
                new DistanceSeries("d", List.of(new DistanceSeries.Band("near", 0, 1),
                        new DistanceSeries.Band("absent", 1, 2))))));
    }
}
