package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.run.RunOptions;
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
 * {@code synplast run FILE}: runs a study's experiments, prints the summary table and writes
 * {@code results.json}, {@code experiments.csv}, {@code pairs.csv} and {@code report.html}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the experiments of a .synplast file; prints the summary table, writes the results file, "
                + "CSV tables and an HTML report.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the study file")
    Path file;

    @Option(names = "--experiment", paramLabel = "NAME", description = "run only this experiment (repeatable)")
    List<String> experiments = new ArrayList<>();

    @Mixin
    RunSettings settings;

    @Override
    public Integer call() {
        settings.check(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Execution execution = new Execution(err)) {
            Study study = Study.load(file, err);
            List<ExperimentPlan> plans = select(study).stream().map(settings::apply).toList();
            Path dir = settings.outputDirectory(study.stem());
            RunOptions options = settings.options();
            Optional<RunResults> run = execution.run(plans, List.of(), options, study);
            if (run.isEmpty()) {
                return execution.finish(ExitCodes.INTERRUPTED);
            }
            RunResults results = run.get();
            Map<String, ProtocolPlan> protocols = plans.stream()
                    .collect(Collectors.toMap(ExperimentPlan::name, ExperimentPlan::protocol, (a, b) -> a));
            int pairs = plans.stream().mapToInt(ExperimentPlan::pairs).sum();
            Map<String, String> files = new LinkedHashMap<>();
            files.put("experiments.csv", CsvTables.experiments(results));
            files.put("pairs.csv", CsvTables.pairs(results));
            files.put("report.html", HtmlReport.render(RunReports.of(results, "SynPlast run: " + study.stem(),
                    file.toString(), protocols, Execution.settings(study, options, pairs, dir))));
            Execution.write(dir, results, files);
            out.print(SummaryTable.experiments(results.experiments()));
            out.flush();
            err.printf("%d pairs in %.1f s; wrote %s%n", pairs, results.provenance().wallTimeSeconds(),
                    dir.resolve("report.html"));
            return execution.finish(ExitCodes.OK);
        }
    }

    private List<ExperimentPlan> select(Study study) {
        List<ExperimentPlan> all = study.compilation().experiments();
        if (experiments.isEmpty()) {
            if (all.isEmpty()) {
                throw new UserError(file + " has no experiments to run");
            }
            return all;
        }
        List<ExperimentPlan> chosen = new ArrayList<>();
        for (String name : experiments) {
            chosen.add(study.compilation().experiment(name).orElseThrow(() -> new UserError("no experiment " + name
                    + " in " + file + (all.isEmpty() ? "" : "; it has " + all.stream().map(ExperimentPlan::name)
                            .collect(Collectors.joining(", "))))));
        }
        return chosen;
    }
}
