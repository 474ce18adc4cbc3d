package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.run.RunOptions;
import org.synplast.experiment.run.Shard;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code run}, {@code sweep} and {@code suite} share, in order: check the options, load the
 * study file or folder, choose the plans, create the output directory, run them with the progress
 * bar and Ctrl-C handling ({@link Execution}), write {@code results.json} and the command's files,
 * print the results and a last line with the pairs, the time and the report's path. With
 * {@code --interim} nothing is simulated: the pairs kept in the journal so far are reported into
 * the output directory's {@code interim/}.
 *
 * @param <S> what the command loads
 */
abstract class StudyRunCommand<S extends StudySource> implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunSettings settings;

    /**
     * What a command runs.
     *
     * @param experiments experiments, with the command line's settings applied
     * @param sweeps      sweeps, likewise
     * @param name        the default output directory's name (under {@code results/})
     * @param pairs       the number of pairs simulated
     */
    record Batch(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, String name, int pairs) {
    }

    /**
     * Loads, validates and compiles what the command runs.
     *
     * @param err where compiler warnings go
     * @return the loaded source
     * @throws UserError when anything is missing or invalid
     */
    abstract S load(PrintWriter err);

    /**
     * Chooses the plans.
     *
     * @param study the loaded study
     * @return what to run
     * @throws UserError when the study has nothing the command can run
     */
    abstract Batch plan(S study);

    /**
     * Renders the text outputs besides {@code results.json}.
     *
     * @param study    the study
     * @param batch    what ran
     * @param results  the results
     * @param settings the settings shown in the report
     * @return file contents by file name
     */
    abstract Map<String, String> files(S study, Batch batch, RunResults results, Map<String, String> settings);

    /**
     * Writes any further outputs into the directory and prints the results.
     *
     * @param batch   what ran
     * @param results the results
     * @param dir     the output directory
     * @param out     where results go
     * @throws UserError when a file cannot be written
     */
    abstract void report(Batch batch, RunResults results, Path dir, PrintWriter out);

    /**
     * Returns how the runner runs: by default the command line's settings with the first pair of
     * every experiment traced.
     *
     * @return the runner's options
     */
    RunOptions options() {
        return settings.options();
    }

    /** @return the pairs an {@code --interim} report holds, e.g. {@code 12 of 40 pairs kept so far} */
    private static String interimPairs(RunResults results, Batch batch) {
        return results.provenance().resumedPairs() + " of " + batch.pairs() + " pairs kept so far";
    }

    @Override
    public final Integer call() {
        settings.check(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Execution execution = new Execution(err)) {
            S study = load(err);
            Batch batch = plan(study);
            Path dir = settings.outputDirectory(batch.name());
            RunOptions options = options();
            Execution.Journal journal = settings.journaled()
                    ? new Execution.Journal(settings.journalFolder(dir), settings.journalFile(),
                            settings.shard == null ? Shard.WHOLE : settings.shard)
                    : null;
            Optional<RunResults> run = settings.interim
                    ? Optional.of(execution.kept(batch.experiments(), batch.sweeps(), options, study,
                            settings.journalFolder(dir)))
                    : execution.run(batch.experiments(), batch.sweeps(), options, study, journal);
            if (run.isEmpty()) {
                return execution.finish(execution.shardIncomplete() ? ExitCodes.OK : ExitCodes.INTERRUPTED);
            }
            RunResults results = run.get();
            Path target = settings.interim ? RunSettings.writableDirectory(dir.resolve(RunSettings.INTERIM)) : dir;
            String pairs = settings.interim ? interimPairs(results, batch) : Integer.toString(batch.pairs());
            Execution.write(target, results, files(study, batch, results,
                    Execution.settings(study, options, pairs, target)));
            report(batch, results, target, out);
            out.flush();
            if (settings.interim) {
                err.printf("interim report of %s; wrote %s%n", pairs, target.resolve("report.html"));
            } else {
                err.printf("%d pairs in %.1f s; wrote %s%n", batch.pairs(), results.provenance().wallTimeSeconds(),
                        target.resolve("report.html"));
            }
            return execution.finish(ExitCodes.OK);
        }
    }
}
