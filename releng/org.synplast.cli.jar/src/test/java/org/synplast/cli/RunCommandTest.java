package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code run} and {@code sweep}: one line on stderr, the right exit code, nothing written. */
class RunCommandTest {

    private static final String STUDY = "l5ttpc-example.synplast";
    private static final long TIMEOUT_S = 120;

    @TempDir
    Path dir;

    @Test
    void aMissingFile() {
        Cli.assertOneLine(Cli.run("run", dir.resolve("absent.synplast").toString()), ExitCodes.USER_ERROR,
                "synplast: file not found: ");
    }

    @Test
    void anInvalidFileNamesItsFirstErrorWithPosition() {
        String file = Cli.example("errors/missing-unit.synplast");
        Cli.assertOneLine(Cli.run("run", file), ExitCodes.USER_ERROR, "synplast: " + file + ":8:14: error: ");
    }

    @Test
    void anUnknownExperimentListsTheKnownOnes() {
        Cli r = Cli.run("run", Cli.example(STUDY), "--experiment", "nope", "--out", dir.toString());
        Cli.assertOneLine(r, ExitCodes.USER_ERROR, "synplast: no experiment nope in ");
        assertTrue(r.err().contains("mrk97_07"), r.err());
    }

    @Test
    void anOutputDirectoryThatCannotBeCreated() throws IOException {
        Path blocker = Files.writeString(dir.resolve("occupied"), "a file, not a directory");
        Cli r = Cli.run("run", Cli.example(STUDY), "--out", blocker.resolve("results").toString());
        Cli.assertOneLine(r, ExitCodes.USER_ERROR, "synplast: cannot create output directory ");
    }

    @Test
    void anOutputDirectoryWithoutWritePermission() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assumeTrue(locked.toFile().setWritable(false, false) && !Files.isWritable(locked),
                "the file system lets this user write a read-only directory (root)");
        try {
            Cli r = Cli.run("run", Cli.TINY, "--out", locked.toString());
            Cli.assertOneLine(r, ExitCodes.USER_ERROR, "synplast: output directory is not writable: " + locked);
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void aTinyStudyRunsPrintsItsTableAndWritesItsOutputs() throws IOException {
        Path out = dir.resolve("tiny");
        Cli r = Cli.run("run", Cli.TINY, "--pairs", "2", "--threads", "1", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("experiment") && r.out().contains(Cli.TINY_EXPERIMENT), r.out());
        for (String f : List.of("results.json", "experiments.csv", "pairs.csv", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " written");
        }
        String[] lines = r.errLines();
        assertTrue(lines[lines.length - 1].startsWith("2 pairs in "), r.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<h2>Synapse outcomes by dendrite</h2>"),
                "where plasticity happened");
    }

    /** The journal of a resumable run, reported by --interim without simulating, into interim/. */
    @Test
    void anInterimReportOfAResumableRunSimulatesNothing() throws IOException {
        Path out = dir.resolve("resumable");
        Cli none = Cli.run("run", Cli.TINY, "--pairs", "2", "--interim", "--out", out.toString());
        assertEquals(ExitCodes.USER_ERROR, none.exitCode(), none.err());
        Cli first = Cli.run("run", Cli.TINY, "--pairs", "2", "--threads", "1", "--resume", "--out", out.toString());
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        Cli interim = Cli.run("run", Cli.TINY, "--pairs", "3", "--interim", "--out", out.toString());
        assertEquals(ExitCodes.OK, interim.exitCode(), interim.err());
        assertEquals("interim report of 2 of 3 pairs kept so far; wrote " + out.resolve("interim/report.html"),
                interim.errLines()[interim.errLines().length - 1]);
        assertEquals(Files.readString(out.resolve("experiments.csv")),
                Files.readString(out.resolve("interim/experiments.csv")), "the kept pairs' numbers");
    }

    /**
     * Ctrl-C (here SIGTERM, which runs the same shutdown hook) during a run of the command in its
     * own JVM: exit code 3, one line saying so, and nothing in the output directory.
     */
    @Test
    void anInterruptedRunExitsThreeAndWritesNothing() throws IOException, InterruptedException {
        Path out = dir.resolve("stopped");
        Path log = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), SynPlastCli.class.getName(),
                "run", Cli.TINY, "--pairs", "200", "--threads", "1", "--out", out.toString())
                .redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
            while (!Files.readString(log).contains("/200 pairs")) {
                assertTrue(p.isAlive() && System.nanoTime() < deadline, "the run started: " + Files.readString(log));
                Thread.sleep(100);
            }
            p.destroy();
            assertTrue(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "the run stopped");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(ExitCodes.INTERRUPTED, p.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("synplast: interrupted, no results written"), Files.readString(log));
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "nothing written");
        }
    }

    @Test
    void nonsenseNumbersAreUsageErrors() {
        Cli.assertOneLine(Cli.run("run", Cli.example(STUDY), "--pairs", "0"), ExitCodes.USAGE,
                "synplast: --pairs must be at least 1, was 0");
        Cli.assertOneLine(Cli.run("run", Cli.example(STUDY), "--threads", "many"), ExitCodes.USAGE,
                "synplast: Invalid value for option '--threads'");
    }

    @Test
    void aSweepNeedsItsNameAndAKnownOne() throws IOException {
        Cli.assertOneLine(Cli.run("sweep", Cli.example(STUDY)), ExitCodes.USAGE,
                "synplast: Missing required option: '--sweep=NAME'");
        Cli r = Cli.run("sweep", Cli.example(STUDY), "--sweep", "nope", "--out", dir.toString());
        Cli.assertOneLine(r, ExitCodes.USER_ERROR, "synplast: no sweep nope in ");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }
}
