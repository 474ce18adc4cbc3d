package org.synplast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.jfree.chart.JFreeChart;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;
import org.synplast.experiment.run.RunOptions;
import org.synplast.report.chart.ChartExport;
import org.synplast.report.chart.Charts;
import org.synplast.report.data.SweepGrid;
import org.synplast.report.html.HtmlReport;
import org.synplast.report.results.CsvTables;
import org.synplast.report.results.RunReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code synplast sweep FILE --sweep NAME}: runs a sweep, prints its grids and writes
 * {@code results.json}, {@code sweep.csv}, the heat maps as {@code heatmap.png}/{@code .svg} and
 * {@code report.html}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs a sweep of a .synplast file; prints the grid and renders it as heat maps.")
final class SweepCommand implements Callable<Integer> {

    private static final int PANEL_WIDTH = 520;
    private static final int HEIGHT = 480;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the study file")
    Path file;

    @Option(names = "--sweep", paramLabel = "NAME", required = true, description = "the sweep to run")
    String sweep;

    @Mixin
    RunSettings settings;

    @Override
    public Integer call() {
        settings.check(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Execution execution = new Execution(err)) {
            Study study = Study.load(file, err);
            SweepPlan plan = study.compilation().sweep(sweep).orElseThrow(() -> new UserError("no sweep " + sweep
                    + " in " + file + (study.compilation().sweeps().isEmpty() ? "" : "; it has "
                            + study.compilation().sweeps().stream().map(SweepPlan::name)
                                    .collect(Collectors.joining(", ")))));
            SweepPlan applied = new SweepPlan(plan.name(), settings.apply(plan.base()), plan.caOMm(),
                    plan.frequencyHz(), plan.deltaTMs());
            Path dir = settings.outputDirectory(study.stem() + "-" + plan.name());
            RunOptions options = settings.options();
            Optional<RunResults> run = execution.run(List.of(), List.of(applied), options, study);
            if (run.isEmpty()) {
                return execution.finish(ExitCodes.INTERRUPTED);
            }
            RunResults results = run.get();
            SweepResult result = results.sweeps().get(0);
            List<SweepGrid> grids = RunReports.grids(result);
            JFreeChart heatMaps = Charts.sweepHeatMaps(plan.name(), grids);
            int width = Math.max(PANEL_WIDTH, PANEL_WIDTH * grids.size());
            int pairs = applied.points().size() * applied.base().pairs();
            Map<String, String> files = new LinkedHashMap<>();
            files.put("sweep.csv", CsvTables.sweep(result));
            files.put("report.html", HtmlReport.render(RunReports.of(results, "SynPlast sweep: " + plan.name(),
                    file.toString(), Map.of(), Execution.settings(study, options, pairs, dir))));
            Execution.write(dir, results, files);
            try {
                ChartExport.writePng(heatMaps, dir.resolve("heatmap.png"), width, HEIGHT);
                ChartExport.writeSvg(heatMaps, dir.resolve("heatmap.svg"), width, HEIGHT);
            } catch (IOException e) {
                throw new UserError("cannot write the heat maps to " + dir + ": " + RunSettings.reason(e));
            }
            grids.forEach(g -> out.print(SummaryTable.grid(g) + "\n"));
            out.flush();
            err.printf("%d pairs in %.1f s; wrote %s%n", pairs, results.provenance().wallTimeSeconds(),
                    dir.resolve("report.html"));
            return execution.finish(ExitCodes.OK);
        }
    }
}
