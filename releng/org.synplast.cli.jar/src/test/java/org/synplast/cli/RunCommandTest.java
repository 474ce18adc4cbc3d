package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code run} and {@code sweep}: one line on stderr, the right exit code, nothing written. */
class RunCommandTest {

    private static final String STUDY = "l5ttpc-example.synplast";

    @TempDir
    Path dir;

    private static void assertOneLine(Cli r, int code, String start) {
        assertEquals(code, r.exitCode(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.errLines()[0].startsWith(start), r.err());
    }

    @Test
    void aMissingFile() {
        assertOneLine(Cli.run("run", dir.resolve("absent.synplast").toString()), ExitCodes.USER_ERROR,
                "synplast: file not found: ");
    }

    @Test
    void anInvalidFileNamesItsFirstErrorWithPosition() {
        String file = Cli.example("errors/missing-unit.synplast");
        assertOneLine(Cli.run("run", file), ExitCodes.USER_ERROR, "synplast: " + file + ":8:14: error: ");
    }

    @Test
    void anUnknownExperimentListsTheKnownOnes() {
        Cli r = Cli.run("run", Cli.example(STUDY), "--experiment", "nope", "--out", dir.toString());
        assertOneLine(r, ExitCodes.USER_ERROR, "synplast: no experiment nope in ");
        assertTrue(r.err().contains("mrk97_07"), r.err());
    }

    @Test
    void anOutputDirectoryThatCannotBeCreated() throws IOException {
        Path blocker = Files.writeString(dir.resolve("occupied"), "a file, not a directory");
        Cli r = Cli.run("run", Cli.example(STUDY), "--out", blocker.resolve("results").toString());
        assertOneLine(r, ExitCodes.USER_ERROR, "synplast: cannot create output directory ");
    }

    @Test
    void nonsenseNumbersAreUsageErrors() {
        assertOneLine(Cli.run("run", Cli.example(STUDY), "--pairs", "0"), ExitCodes.USAGE,
                "synplast: --pairs must be at least 1, was 0");
        assertOneLine(Cli.run("run", Cli.example(STUDY), "--threads", "many"), ExitCodes.USAGE,
                "synplast: Invalid value for option '--threads'");
    }

    @Test
    void aSweepNeedsItsNameAndAKnownOne() throws IOException {
        assertOneLine(Cli.run("sweep", Cli.example(STUDY)), ExitCodes.USAGE,
                "synplast: Missing required option: '--sweep=NAME'");
        Cli r = Cli.run("sweep", Cli.example(STUDY), "--sweep", "nope", "--out", dir.toString());
        assertOneLine(r, ExitCodes.USER_ERROR, "synplast: no sweep nope in ");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }
}
