package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.results.RunResults;
import org.synplast.report.html.HtmlReport;
import org.synplast.report.results.CsvTables;
import org.synplast.report.results.RunReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code synplast run FILE}: runs a study's experiments, prints the summary table and writes
 * {@code results.json}, {@code experiments.csv}, {@code pairs.csv} and {@code report.html}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the experiments of a .synplast file; prints the summary table, writes the results file, "
                + "CSV tables and an HTML report.")
final class RunCommand extends FileRunCommand {

    @Option(names = "--experiment", paramLabel = "NAME", description = "run only this experiment (repeatable)")
    List<String> experiments = new ArrayList<>();

    @Override
    Batch plan(Study study) {
        List<ExperimentPlan> plans = select(study).stream().map(settings::apply).toList();
        return new Batch(plans, List.of(), study.stem(), plans.stream().mapToInt(ExperimentPlan::pairs).sum());
    }

    @Override
    Map<String, String> files(Study study, Batch batch, RunResults results, Map<String, String> shown) {
        Map<String, ProtocolPlan> protocols = batch.experiments().stream()
                .collect(Collectors.toMap(ExperimentPlan::name, ExperimentPlan::protocol, (a, b) -> a));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("experiments.csv", CsvTables.experiments(results));
        files.put("pairs.csv", CsvTables.pairs(results));
        files.put("report.html", HtmlReport.render(RunReports.of(results, "SynPlast run: " + study.stem(),
                file.toString(), protocols, shown)));
        return files;
    }

    @Override
    void report(Batch batch, RunResults results, Path dir, PrintWriter out) {
        out.print(SummaryTable.experiments(results.experiments()));
    }

    private List<ExperimentPlan> select(Study study) {
        if (experiments.isEmpty()) {
            List<ExperimentPlan> all = study.compilation().experiments();
            if (all.isEmpty()) {
                throw new UserError(file + " has no experiments to run");
            }
            return all;
        }
        return experiments.stream().map(study::experiment).toList();
    }
}
