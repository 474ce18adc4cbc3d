package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.results.RunResults;
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
final class SweepCommand extends FileRunCommand {

    @Option(names = "--sweep", paramLabel = "NAME", required = true, description = "the sweep to run")
    String sweep;

    @Override
    Batch plan(Study study) {
        SweepPlan applied = settings.apply(study.sweep(sweep));
        return new Batch(List.of(), List.of(applied), study.stem() + "-" + applied.name(),
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
        String name = batch.sweeps().get(0).name();
        List<SweepGrid> grids = RunReports.grids(results.sweeps().get(0));
        Execution.writeFigure(dir, "heatmap", RunReports.heatMapFigure(name, name + ": mean EPSP ratio over "
                + "frequency and Δt, one panel per [Ca²⁺]o", grids));
        grids.forEach(g -> out.print(SummaryTable.grid(g) + "\n"));
    }
}
