package org.synplast.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.ResultsFile;

/**
 * Runs the experiments the build marks as checks and fails the build when an outcome contradicts
 * the experiment's stated in vitro result (Welch's test at the experiment's α). Checks are the
 * experiments named in {@code experiments} and every experiment of a file carrying the line
 * {@code // synplast:check}. The summary table is logged; results, CSV tables and the HTML report
 * of each file go to {@code outputDirectory/<file name>}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends SynPlastMojo {

    /** Experiments to run as checks, by name. */
    @Parameter
    List<String> experiments = new ArrayList<>();

    /** Pairs per experiment instead of the file's, for a faster (and weaker) check. */
    @Parameter(property = "synplast.pairs")
    Integer pairs;

    /** Random seed of every experiment instead of the file's. */
    @Parameter(property = "synplast.seed")
    Long seed;

    /** Worker threads; default: the number of processors. */
    @Parameter(property = "synplast.threads")
    Integer threads;

    /** Whether an experiment whose Welch test cannot be done (fewer than two valid pairs) fails the build. */
    @Parameter(property = "synplast.failOnUndetermined", defaultValue = "true")
    boolean failOnUndetermined;

    /** Where each file's results, CSV tables and report go. */
    @Parameter(defaultValue = "${project.build.directory}/synplast-checks")
    File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "synplast.skipChecks", defaultValue = "false")
    boolean skip;

    @Override
    Optional<String> skipped() {
        return skip ? Optional.of("SynPlast checks") : Optional.empty();
    }

    @Override
    void execute(List<Path> files) throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        Map<Path, List<String>> checks = checks(files);
        if (checks.isEmpty()) {
            log.info("No SynPlast experiments are marked as checks in " + directory);
            return;
        }
        List<CheckOutcome> failed = new ArrayList<>();
        for (Map.Entry<Path, List<String>> check : checks.entrySet()) {
            for (ExperimentResult result : run(check.getKey(), check.getValue())) {
                CheckOutcome outcome = CheckOutcome.of(result);
                if (outcome.failsBuild(failOnUndetermined)) {
                    log.error(outcome.toString());
                    failed.add(outcome);
                } else {
                    log.info(outcome.toString());
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new MojoFailureException(failed.size() + " SynPlast check" + (failed.size() == 1 ? "" : "s")
                    + " failed: " + String.join(", ", failed.stream().map(CheckOutcome::experiment).toList()));
        }
    }

    /**
     * Finds the checks: the experiments named in the configuration, by the file declaring them, and
     * every experiment of a marked file.
     *
     * @param files the project's SynPlast files
     * @return the experiment names by file; an empty list stands for all of the file's experiments
     */
    private Map<Path, List<String>> checks(List<Path> files) throws MojoExecutionException {
        Map<Path, List<String>> checks = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>(experiments);
        Map<Path, List<String>> declared = wanted.isEmpty() ? Map.of() : SynPlastSources.experiments(files);
        for (Path file : files) {
            if (marked(file)) {
                checks.put(file, List.of());
                declared.getOrDefault(file, List.of()).forEach(wanted::remove);
                continue;
            }
            List<String> named = declared.getOrDefault(file, List.of()).stream().filter(wanted::contains).toList();
            if (!named.isEmpty()) {
                checks.put(file, named);
                named.forEach(wanted::remove);
            }
        }
        if (!wanted.isEmpty()) {
            throw new MojoExecutionException("no experiment " + String.join(", ", wanted) + " in the .synplast files of "
                    + directory);
        }
        return checks;
    }

    private static boolean marked(Path file) throws MojoExecutionException {
        try {
            return SynPlastSources.marked(file);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs a file's checks with {@code synplast run}, logging its table, and reads the results. */
    private List<ExperimentResult> run(Path file, List<String> names)
            throws MojoExecutionException, MojoFailureException {
        String stem = file.getFileName().toString().replaceFirst("\\.synplast$", "");
        Path out = outputDirectory.toPath().resolve(stem);
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--out", out.toString()));
        names.forEach(n -> args.addAll(List.of("--experiment", n)));
        option(args, "--pairs", pairs);
        option(args, "--seed", seed);
        option(args, "--threads", threads);
        Log log = getLog();
        log.info("Running " + (names.isEmpty() ? "every experiment" : String.join(", ", names)) + " of " + file);
        List<String> errors = new ArrayList<>();
        int code = Command.run(args, log::info, line -> {
            if (line.startsWith("synplast: ")) {
                errors.add(line);
                log.error(line);
            } else {
                log.info(line);
            }
        });
        Command.outcome(code, args, " on " + file, () -> "cannot run the checks of " + file + ": "
                + String.join("; ", errors));
        try {
            return ResultsFile.read(out.resolve("results.json")).experiments();
        } catch (ExperimentException e) {
            throw new MojoExecutionException("cannot read the results of " + file + ": " + e.getMessage(), e);
        }
    }

    private static void option(List<String> args, String name, Object value) {
        if (value != null) {
            args.add(name);
            args.add(value.toString());
        }
    }
}
