package org.synplast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;
import org.synplast.report.chart.ChartExport;
import org.synplast.report.chart.Charts;
import org.synplast.report.data.SweepGrid;
import org.synplast.report.html.HtmlReport;
import org.synplast.report.results.CsvTables;
import org.synplast.report.results.RunReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code synplast sweep FILE --sweep NAME}: runs a sweep, prints its grids and writes
 * {@code results.json}, {@code sweep.csv}, the heat maps as {@code heatmap.png}/{@code .svg} and
 * {@code report.html}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs a sweep of a .synplast file; prints the grid and renders it as heat maps.")
final class SweepCommand extends StudyRunCommand {

    private static final int PANEL_WIDTH = 520;
    private static final int HEIGHT = 480;

    @Option(names = "--sweep", paramLabel = "NAME", required = true, description = "the sweep to run")
    String sweep;

    @Override
    Batch plan(Study study) {
        SweepPlan plan = study.sweep(sweep);
        SweepPlan applied = new SweepPlan(plan.name(), settings.apply(plan.base()), plan.caOMm(),
                plan.frequencyHz(), plan.deltaTMs());
        return new Batch(List.of(), List.of(applied), study.stem() + "-" + plan.name(),
                applied.points().size() * applied.base().pairs());
    }

    @Override
    Map<String, String> files(Study study, Batch batch, RunResults results, Map<String, String> shown) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sweep.csv", CsvTables.sweep(results.sweeps().get(0)));
        files.put("report.html", HtmlReport.render(RunReports.of(results, "SynPlast sweep: "
                + batch.sweeps().get(0).name(), file.toString(), Map.of(), shown)));
        return files;
    }

    @Override
    void report(Batch batch, RunResults results, Path dir, PrintWriter out) {
        SweepResult result = results.sweeps().get(0);
        List<SweepGrid> grids = RunReports.grids(result);
        JFreeChart heatMaps = Charts.sweepHeatMaps(batch.sweeps().get(0).name(), grids);
        int width = Math.max(PANEL_WIDTH, PANEL_WIDTH * grids.size());
        try {
            ChartExport.writePng(heatMaps, dir.resolve("heatmap.png"), width, HEIGHT);
            ChartExport.writeSvg(heatMaps, dir.resolve("heatmap.svg"), width, HEIGHT);
        } catch (IOException e) {
            throw new UserError("cannot write the heat maps to " + dir + ": " + RunSettings.reason(e));
        }
        grids.forEach(g -> out.print(SummaryTable.grid(g) + "\n"));
    }
}
