package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code synplast validate} on the repository's examples (dsl-examples/ is test data). */
class ValidateCommandTest {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(error|warning) at line (\\d+): (\\S+)");
    private static final Pattern LINE = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|info): .+?( \\[(\\S+)])?$");

    @Test
    void aValidFileHasNoErrorsAndExitsZero() {
        Cli r = Cli.run("validate", Cli.example("l5ttpc-example.synplast"));
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        assertTrue(!r.out().contains(": error: "), r.out());
        assertTrue(r.err().startsWith("1 file checked: 0 errors"), r.err());
    }

    @TestFactory
    Stream<DynamicTest> everyErrorExampleReportsItsExpectedDiagnosticsWithPositions() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Cli.EXAMPLES.resolve("errors"))) {
            files = list.filter(p -> p.toString().endsWith(".synplast")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the error examples are there: " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String[]> expected = new ArrayList<>();
            Matcher m = EXPECT.matcher(Files.readString(file));
            while (m.find()) {
                expected.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
            assertTrue(!expected.isEmpty(), file + " states its expected diagnostics");
            Cli r = Cli.run("validate", file.toString());
            for (String line : r.out().split("\\R")) {
                assertTrue(line.isEmpty() || LINE.matcher(line).matches(), "format of: " + line);
            }
            for (String[] e : expected) {
                String prefix = file + ":" + e[1] + ":";
                assertTrue(r.out().lines().anyMatch(l -> l.startsWith(prefix) && l.contains(": " + e[0] + ": ")
                        && l.endsWith("[" + e[2] + "]")), "expected " + e[0] + " at line " + e[1] + " [" + e[2]
                                + "] in\n" + r.out());
            }
            if (expected.stream().anyMatch(e -> e[0].equals("error"))) {
                assertEquals(ExitCodes.USER_ERROR, r.exitCode());
            }
        }));
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        Cli r = Cli.run("validate", "no/such/file.synplast");
        assertEquals(ExitCodes.USER_ERROR, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertEquals("synplast: file not found: no/such/file.synplast", r.errLines()[0]);
    }

    @Test
    void aFileOfAnotherKindIsOneLineAndExitOne(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        Cli r = Cli.run("validate", notes.toString());
        assertEquals(ExitCodes.USER_ERROR, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("synplast: not a SynPlast file (expected .synplast): "), r.err());
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        Cli r = Cli.run("validate");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
    }
}
