package org.synplast.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.results.ResultsFile;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.run.ExperimentRunner;
import org.synplast.experiment.run.PairJournal;
import org.synplast.experiment.run.PairSimulator;
import org.synplast.experiment.run.RunInfo;
import org.synplast.experiment.run.RunOptions;
import org.synplast.experiment.run.Shard;
import org.synplast.report.AtomicFiles;
import org.synplast.report.BuildDigest;
import org.synplast.report.chart.ChartExport;
import org.synplast.report.html.Figure;

/**
 * A run command's lifetime, from loading the file to writing the outputs: Ctrl-C handling for all
 * of it, the progress bar, and the outputs. Nothing is written when the run is stopped, and every
 * file is written atomically, so an output directory never holds a partial file.
 */
final class Execution implements AutoCloseable {

    /** The version recorded in results files. */
    static final String VERSION = "0.1.0";
    /**
     * Where in the jar the files are that cannot change a pair's result (see {@link #build(Path)}):
     * the command line's, report and chart classes, and the Maven metadata of the bundles (whose
     * dependency lists differ between a full and a partial build of the same sources).
     */
    private static final List<String> NOT_SIMULATION = List.of("org/synplast/cli/", "org/synplast/report/",
            "org/jfree/", "META-INF/maven/");

    private final Interruption interruption = Interruption.install();
    private final PrintWriter err;
    private Path journalFolder;
    private boolean shardIncomplete;

    /** @param err where progress and errors go */
    Execution(PrintWriter err) {
        this.err = err;
    }

    /**
     * Where a journaled run keeps its finished pairs (see {@link PairJournal}).
     *
     * @param folder the journal's folder
     * @param file   the file this process appends to
     * @param shard  the block of pairs this process simulates ({@link Shard#WHOLE}: all the journal lacks)
     */
    record Journal(Path folder, String file, Shard shard) {
    }

    /**
     * Runs the plans.
     *
     * @param experiments experiments
     * @param sweeps      sweeps
     * @param options     threads, step, traces
     * @param source      the file or folder, for provenance
     * @param journal     where finished pairs are kept and taken from, or null
     * @return the results, empty when the user stopped the run or a shard left pairs of the run to
     *         other shards ({@link #shardIncomplete()})
     * @throws UserError when the journal cannot be read or written
     */
    Optional<RunResults> run(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunOptions options,
            StudySource source, Journal journal) {
        journalFolder = journal == null ? null : journal.folder();
        ProgressBar bar = new ProgressBar(err, interruption::requested, System.console() != null, System::nanoTime);
        ExperimentRunner runner = new ExperimentRunner(new PairSimulator(), options);
        try {
            if (journal == null) {
                return Optional.of(runner.run(experiments, sweeps, new RunInfo(VERSION, source.sourceHashes()), bar));
            }
            RunInfo info = new RunInfo(VERSION, build(), source.sourceHashes());
            try (JournalLock lock = JournalLock.take(journal.folder(), journal.file());
                    PairJournal kept = PairJournal.open(journal.folder(), journal.file())) {
                int ofThisRun = runner.kept(experiments, sweeps, info, kept).provenance().resumedPairs();
                err.printf("journal %s: %d pairs kept, %d of them this run's%n", journal.folder(), kept.size(),
                        ofThisRun);
                if (ofThisRun == 0 && kept.size() > 0) {
                    err.printf("synplast: warning: no pair in %s is this run's (they were simulated by another build, "
                            + "or with other files, options or parameters), so every pair is simulated%n",
                            journal.folder());
                }
                Optional<PairCosts> costs = PairCosts.of(experiments, sweeps, options, info, kept, journal.shard());
                if (journal.shard().equals(Shard.WHOLE)) {
                    costs.ifPresent(this::reportMissingCost);
                }
                costs.ifPresent(c -> bar.expect(c.cpuSeconds()));
                Optional<RunResults> results = runner.run(experiments, sweeps, info, bar, kept, journal.shard());
                if (results.isEmpty()) {
                    bar.finish();
                    err.printf("shard %s done; the run's other %d pairs are not in %s yet: once every shard is "
                            + "done, run the same command with --resume instead of --shard to write the report%n",
                            journal.shard(), runner.missing(experiments, sweeps, info, kept), journal.folder());
                    shardIncomplete = true;
                }
                return results;
            }
        } catch (CancellationException e) {
            return Optional.empty();
        } catch (ExperimentException e) {
            throw new UserError(e.getMessage());
        } finally {
            bar.finish();
        }
    }

    /**
     * The results of the pairs a journal holds so far, simulating nothing (see
     * {@link ExperimentRunner#kept}).
     *
     * @param experiments experiments of the run
     * @param sweeps      sweeps of the run
     * @param options     threads, step, traces (as the run was given them)
     * @param source      the file or folder, for provenance
     * @param folder      the journal's folder
     * @return the results
     * @throws UserError when there is no journal, or it cannot be read
     */
    RunResults kept(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunOptions options, StudySource source,
            Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserError("no pair journal in " + folder + ": --interim reports the pairs kept by runs with "
                    + "--resume or --shard into the same --out, or with the same --journal");
        }
        try (PairJournal journal = PairJournal.read(folder)) {
            RunInfo info = new RunInfo(VERSION, build(), source.sourceHashes());
            RunResults results = new ExperimentRunner(new PairSimulator(), options).kept(experiments, sweeps, info,
                    journal);
            PairCosts.of(experiments, sweeps, options, info, journal, Shard.WHOLE).ifPresent(this::reportMissingCost);
            return results;
        } catch (ExperimentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Tells what the run's missing pairs will cost (see {@link PairCosts}). */
    private void reportMissingCost(PairCosts costs) {
        if (costs.pairs() > 0) {
            err.printf(Locale.ROOT, "the %d missing pairs: about %.1f CPU-hours, each at the mean CPU time of the kept "
                    + "pairs of its condition, or where none is kept yet, of its pathway, or of all (%.1f CPU-s)%n",
                    costs.pairs(), costs.totalCpuSeconds() / 3600, costs.overallMean());
        }
    }

    /** Returns whether the last {@link #run} was a shard that left pairs of the run to other shards. */
    boolean shardIncomplete() {
        return shardIncomplete;
    }

    /**
     * What identifies the code in pair journals: {@link #build(Path)} of the jar the command runs
     * from; the version alone where the code is not in a jar file.
     */
    private static String build() {
        Path jar;
        try {
            CodeSource code = Execution.class.getProtectionDomain().getCodeSource();
            jar = code == null ? null : Path.of(code.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException | SecurityException e) {
            return VERSION;
        }
        if (jar == null || !Files.isRegularFile(jar)) {
            return VERSION;
        }
        try {
            return build(jar);
        } catch (IOException e) {
            throw new UserError("cannot read " + jar + " to identify the build for the pair journal: "
                    + RunSettings.reason(e));
        }
    }

    /**
     * The build a jar holds, for pair journals: the version and a SHA-256 over the name and content
     * of every file in the jar that can change a pair's result, which is every file but those under
     * {@link #NOT_SIMULATION}: the command line's own classes (what they choose, the options and the
     * plans, is in each pair's fingerprint itself), the reports, the charts and the build's Maven
     * metadata. The jar's own timestamps are left out, so a rebuild of the same sources, or a change
     * of the reports only, keeps a journal's pairs; any change to the engine, the experiments, the
     * language or a library simulates them again.
     *
     * @param jar the jar
     * @return the build, {@code VERSION+sha256:…}
     * @throws IOException when the jar cannot be read
     */
    static String build(Path jar) throws IOException {
        BuildDigest digest = new BuildDigest();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> files = zip.stream()
                    .filter(e -> !e.isDirectory() && NOT_SIMULATION.stream().noneMatch(e.getName()::startsWith))
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry e : files) {
                try (InputStream in = zip.getInputStream(e)) {
                    digest.file(e.getName(), in.readAllBytes());
                }
            }
        }
        return digest.build(VERSION);
    }

    /**
     * Writes the results file and further text files into the output directory.
     *
     * @param dir     the output directory
     * @param results the results, written as {@code results.json}
     * @param files   further files by name
     * @throws UserError when a file cannot be written
     */
    static void write(Path dir, RunResults results, Map<String, String> files) {
        Path target = dir.resolve("results.json");
        try {
            ResultsFile.write(target, results);
        } catch (ExperimentException e) {
            throw new UserError("cannot write " + target + ": " + e.getMessage());
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            try {
                AtomicFiles.writeString(file, f.getValue());
            } catch (IOException e) {
                throw new UserError("cannot write " + file + ": " + RunSettings.reason(e));
            }
        }
    }

    /**
     * Writes a figure as PNG and SVG files, each atomically.
     *
     * @param dir    the output directory
     * @param stem   the file name without extension
     * @param figure the figure, drawn at its size
     * @throws UserError when a file cannot be written
     */
    static void writeFigure(Path dir, String stem, Figure figure) {
        try {
            ChartExport.writePng(figure.chart(), dir.resolve(stem + ".png"), figure.widthPx(), figure.heightPx());
            ChartExport.writeSvg(figure.chart(), dir.resolve(stem + ".svg"), figure.widthPx(), figure.heightPx());
        } catch (IOException e) {
            throw new UserError("cannot write " + stem + " to " + dir + ": " + RunSettings.reason(e));
        }
    }

    /** Returns whether the user asked to stop (Ctrl-C). */
    boolean interrupted() {
        return interruption.requested();
    }

    /**
     * Reports the outcome and records the exit code for a pending Ctrl-C.
     *
     * @param code the exit code
     * @return the exit code
     */
    int finish(int code) {
        if (code == ExitCodes.INTERRUPTED) {
            err.println("synplast: interrupted, no results written" + (journalFolder == null ? ""
                    : "; the finished pairs are kept in " + journalFolder + ": run again with --resume to go on"));
            err.flush();
        }
        interruption.finish(code);
        return code;
    }

    /**
     * Returns the settings shown in reports.
     *
     * @param source  the file or folder
     * @param options threads, step
     * @param pairs   the pairs reported, e.g. {@code 40} or {@code 12 of 40 pairs kept so far}
     * @param out     the output directory
     * @return the settings by label
     */
    static Map<String, String> settings(StudySource source, RunOptions options, String pairs, Path out) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(source.kind(), source.path().toString());
        s.put("pairs", pairs);
        s.put("threads", Integer.toString(options.threads()));
        s.put("time step [ms]", Double.toString(options.dtMs()));
        s.put("output directory", out.toString());
        s.put("SynPlast", VERSION);
        return s;
    }

    @Override
    public void close() {
        interruption.close();
    }
}
