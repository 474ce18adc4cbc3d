package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;
import org.synplast.experiment.run.RunOptions;
import org.synplast.experiment.run.TraceOptions;
import org.synplast.report.html.HtmlReport;
import org.synplast.report.results.CsvTables;
import org.synplast.report.results.DistanceSeries;
import org.synplast.report.results.RunReports;
import org.synplast.report.results.SuiteEntry;
import org.synplast.report.results.SuiteReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code synplast suite DIR}: runs every experiment and every sweep of every study file in a
 * folder as one run (one progress bar, one Ctrl-C), prints the in silico table and the grids, and
 * writes one report: {@code report.html} (the in silico table, ratio bars, heat maps side by side,
 * distance plots), {@code reproduction.md} (the same as Markdown, with the wall time and version),
 * {@code results.json}, {@code experiments.csv}, {@code pairs.csv}, {@code sweeps.csv},
 * {@code distance.csv} and the figures as PNG and SVG. An experiment that is the base of a sweep
 * of its file runs as that sweep's points, not again on its own.
 */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = "Runs every experiment and sweep of every .synplast file in a folder (e.g. "
                + "dsl-examples/chindemi2022) and writes one report: in silico table, heat maps, distance plot.")
final class SuiteCommand extends StudyRunCommand<Suite> {

    @Parameters(paramLabel = "DIR", description = "the folder of .synplast files")
    Path folder;

    /** Each experiment's file, role and paper value, and the distance series: set by {@link #plan}. */
    final Map<String, SuiteEntry> entries = new LinkedHashMap<>();
    final List<DistanceSeries> distances = new ArrayList<>();
    String pairsPerCondition;
    private SuiteReport suiteReport;

    @Override
    Suite load(PrintWriter err) {
        return Suite.load(folder, err);
    }

    /**
     * Without traces: the suite's report draws none, and a traced pair per condition would make the
     * results file of the whole suite hundreds of megabytes.
     */
    @Override
    RunOptions options() {
        RunOptions o = settings.options();
        return new RunOptions(o.threads(), o.dtMs(), TraceOptions.NONE, o.skipping());
    }

    @Override
    Batch plan(Suite suite) {
        List<ExperimentPlan> experiments = new ArrayList<>();
        List<SweepPlan> sweeps = new ArrayList<>();
        Map<String, Path> defined = new HashMap<>();
        Set<Integer> filePairs = new TreeSet<>();
        for (Study study : suite.studies()) {
            Set<String> bases = study.compilation().sweeps().stream().map(s -> s.base().name())
                    .collect(Collectors.toSet());
            List<ExperimentPlan> own = new ArrayList<>();
            for (ExperimentPlan e : study.compilation().experiments()) {
                if (!bases.contains(e.name())) {
                    unique(defined, e.name(), study.file());
                    filePairs.add(e.pairs());
                    own.add(settings.apply(e));
                    entries.put(e.name(), new SuiteEntry(study.file().getFileName().toString(),
                            study.symbol(e.name(), "role").orElse("held_out"),
                            study.number(e.name(), "paper_in_silico").orElse(Double.NaN)));
                }
            }
            for (SweepPlan s : study.compilation().sweeps()) {
                unique(defined, s.name(), study.file());
                filePairs.add(s.base().pairs());
                sweeps.add(settings.apply(s));
            }
            experiments.addAll(own);
            distances.addAll(DistanceSeries.find(own));
        }
        if (experiments.isEmpty() && sweeps.isEmpty()) {
            throw new UserError(folder + " has no experiments or sweeps to run");
        }
        String asInFiles = filePairs.stream().map(String::valueOf).collect(Collectors.joining(", "));
        pairsPerCondition = settings.pairs == null ? asInFiles + " (as in the files)"
                : settings.pairs + " (--pairs; the files ask for " + asInFiles + ")";
        int pairs = experiments.stream().mapToInt(ExperimentPlan::pairs).sum()
                + sweeps.stream().mapToInt(s -> s.points().size() * s.base().pairs()).sum();
        return new Batch(experiments, sweeps, folder.toAbsolutePath().normalize().getFileName().toString(), pairs);
    }

    private static void unique(Map<String, Path> defined, String name, Path file) {
        Path other = defined.putIfAbsent(name, file);
        if (other != null) {
            throw new UserError("two experiments or sweeps are called " + name + " (in " + other + " and " + file
                    + "); a suite's results are keyed by name, rename one");
        }
    }

    @Override
    Map<String, String> files(Suite suite, Batch batch, RunResults results, Map<String, String> shown) {
        suiteReport = new SuiteReport(results, entries, distances);
        Map<String, String> settingsShown = new LinkedHashMap<>(shown);
        settingsShown.put("files", suite.studies().stream().map(s -> s.file().getFileName().toString())
                .collect(Collectors.joining(", ")));
        String perCondition = settings.interim ? pairsPerCondition + "; an interim report of the journal: "
                + shown.get("pairs") + ", each condition over its own (n)" : pairsPerCondition;
        settingsShown.put("pairs per condition", perCondition);
        settingsShown.put("seed", settings.seed == null ? "as in the files" : settings.seed + " (--seed)");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("experiments.csv", suiteReport.experimentsCsv());
        files.put("pairs.csv", CsvTables.pairs(results));
        files.put("sweeps.csv", CsvTables.sweeps(results.sweeps()));
        files.put("distance.csv", suiteReport.distanceCsv());
        files.put("report.html", HtmlReport.render(suiteReport.report("SynPlast suite: " + batch.name(),
                folder.toString(), settingsShown)));
        files.put("reproduction.md", suiteReport.markdown(commandLine(), perCondition));
        return files;
    }

    /** The command as the user can type it again, for the Markdown. */
    private String commandLine() {
        List<String> words = new ArrayList<>(List.of("./synplast", "suite", folder.toString()));
        words.addAll(settings.arguments());
        return String.join(" ", words);
    }

    @Override
    void report(Batch batch, RunResults results, Path dir, PrintWriter out) {
        suiteReport.figures().forEach(f -> Execution.writeFigure(dir, f.stem(), f.figure()));
        out.print(SummaryTable.experiments(results.experiments()));
        for (SweepResult s : results.sweeps()) {
            RunReports.grids(s).forEach(g -> out.print("\n" + s.name() + ", " + SummaryTable.grid(g)));
        }
    }
}
