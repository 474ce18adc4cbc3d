package org.synplast.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.run.PairJournal;
import org.synplast.experiment.run.RunOptions;
import org.synplast.experiment.run.Shard;
import org.synplast.experiment.run.TraceOptions;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options {@code run}, {@code sweep} and {@code suite} share. */
final class RunSettings {

    /** Pairs traced in every experiment, for the synapse-trace figures. */
    private static final int[] TRACED_PAIRS = {0};
    /** Trace sample interval [ms]: c* and ρ change over tens of milliseconds. */
    private static final double TRACE_INTERVAL_MS = 5;
    /** The journal's folder in the output directory, unless {@code --journal} names another. */
    static final String JOURNAL = "journal";
    /** The folder of {@code --interim} reports in the output directory. */
    static final String INTERIM = "interim";

    @Option(names = "--pairs", paramLabel = "N", description = "pairs per experiment (default: as in the file)")
    Integer pairs;

    @Option(names = "--seed", paramLabel = "S", description = "random seed of every experiment (default: as in the file)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the number of processors)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: results/<file name>)")
    Path out;

    @Option(names = "--resume", description = "keep every finished pair in the output directory's journal/ (or "
            + "--journal's folder) as it finishes, and take the pairs kept there by earlier runs (same files, options "
            + "and build) instead of simulating them again: a stopped run goes on where it stopped, a run given more "
            + "--pairs simulates only the new ones")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "simulate only the K-th of N equal blocks of the "
            + "run's pairs into the output directory's journal/ (implies --resume), e.g. one block per machine "
            + "sharing the output directory; the shard that completes the journal writes the report, or a last "
            + "run with --resume does")
    String shardText;

    @Option(names = "--journal", paramLabel = "DIR", description = "keep the pair journal in DIR instead of the "
            + "output directory's journal/ (implies --resume), e.g. a folder under version control that carries a "
            + "long run from machine to machine, or shared storage for the shards of a cluster")
    Path journal;

    @Option(names = "--interim", description = "simulate nothing: report the pairs the journal (--journal, or the "
            + "output directory's journal/) holds so far (kept by runs with --resume or --shard of the same files, "
            + "options and build), each condition over the pairs kept for it, into DIR/interim/: a look at a long "
            + "run while it goes on")
    boolean interim;

    /** The block of pairs this process simulates, from {@code --shard}; null without it. */
    Shard shard;

    /** Checks the numeric options and reads {@code --shard}. */
    void check(CommandLine cmd) {
        if (pairs != null && pairs < 1) {
            throw new ParameterException(cmd, "--pairs must be at least 1, was " + pairs);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(cmd, "--threads must be at least 1, was " + threads);
        }
        if (shardText != null) {
            shard = parseShard(cmd, shardText);
        }
        if (interim && shard != null) {
            throw new ParameterException(cmd, "--interim simulates nothing, so it takes no --shard");
        }
    }

    private static Shard parseShard(CommandLine cmd, String text) {
        Matcher m = Pattern.compile("(\\d{1,9})/(\\d{1,9})").matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(1)) < 1
                || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
            throw new ParameterException(cmd, "--shard must be K/N with 1 <= K <= N, e.g. 3/10, was " + text);
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Returns whether finished pairs are kept in, and taken from, a journal. */
    boolean journaled() {
        return resume || shard != null || journal != null;
    }

    /**
     * @param outputDirectory the run's output directory
     * @return the journal's folder: {@code --journal}, or the output directory's {@code journal/}
     */
    Path journalFolder(Path outputDirectory) {
        return journal != null ? journal : outputDirectory.resolve(JOURNAL);
    }

    /**
     * @return the file of the journal this process appends to: one per shard, so that shards
     *         sharing the output directory never write the same file
     */
    String journalFile() {
        return (shard == null ? "resumed" : "shard-" + shard.index() + "-of-" + shard.count()) + PairJournal.EXTENSION;
    }

    /** Returns the plan with the pairs and seed given on the command line. */
    ExperimentPlan apply(ExperimentPlan plan) {
        return new ExperimentPlan(plan.name(), plan.connection(), plan.protocol(), pairs == null ? plan.pairs() : pairs,
                seed == null ? plan.seed() : seed, plan.expected(), plan.alpha());
    }

    /** Returns the sweep with the pairs and seed given on the command line applied to its base. */
    SweepPlan apply(SweepPlan plan) {
        return new SweepPlan(plan.name(), apply(plan.base()), plan.caOMm(), plan.frequencyHz(), plan.deltaTMs());
    }

    /** Returns the options given on the command line, as they were given, for showing the command. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        if (pairs != null) {
            args.addAll(List.of("--pairs", pairs.toString()));
        }
        if (seed != null) {
            args.addAll(List.of("--seed", seed.toString()));
        }
        if (threads != null) {
            args.addAll(List.of("--threads", threads.toString()));
        }
        if (out != null) {
            args.addAll(List.of("--out", out.toString()));
        }
        if (resume) {
            args.add("--resume");
        }
        if (shardText != null) {
            args.addAll(List.of("--shard", shardText));
        }
        if (journal != null) {
            args.addAll(List.of("--journal", journal.toString()));
        }
        if (interim) {
            args.add("--interim");
        }
        return args;
    }

    /** Returns the runner's options: threads, NEURON's step, traces of the first pair. */
    RunOptions options() {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new RunOptions(t, RunOptions.of(t).dtMs(),
                new TraceOptions(TRACED_PAIRS, TRACE_INTERVAL_MS, TraceOptions.Window.INDUCTION));
    }

    /**
     * Creates the output directory and checks that it is writable, before anything runs.
     *
     * @param stem the study's name, for the default directory
     * @return the directory
     * @throws UserError when it cannot be created or written
     */
    Path outputDirectory(String stem) {
        return writableDirectory(out != null ? out : Path.of("results", stem));
    }

    /**
     * Creates a directory and checks that it is writable.
     *
     * @param dir the directory
     * @return the directory
     * @throws UserError when it cannot be created or written
     */
    static Path writableDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError("cannot create output directory " + dir + ": " + reason(e));
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new UserError("output directory is not writable: " + dir);
        }
        return dir;
    }

    /** Returns an I/O failure as a short phrase, for example {@code FileAlreadyExistsException: results}. */
    static String reason(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
