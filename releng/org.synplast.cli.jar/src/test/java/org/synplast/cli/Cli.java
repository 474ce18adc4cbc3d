package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command in-process and captures its output, for the command-line tests. */
record Cli(int exitCode, String out, String err) {

    /** The repository's {@code dsl-examples/}, seen from this module's directory. */
    static final Path EXAMPLES = Path.of("../../dsl-examples").toAbsolutePath().normalize();

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SynPlastCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /**
     * A tiny study of this module's test data: a soma, one basal dendrite and the axon stub (23
     * compartments), one pair of two synapses, a 5.5 s protocol; a pair takes a few seconds.
     */
    static final String TINY = Path.of("src/test/resources/tiny.synplast").toAbsolutePath().toString();

    /** The tiny study's experiment. */
    static final String TINY_EXPERIMENT = "tiny_pairing";

    static String example(String relative) {
        Path file = EXAMPLES.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("example missing: " + file);
        }
        return file.toString();
    }

    /**
     * Asserts a failure reported as one line on stderr.
     *
     * @param r     the command's outcome
     * @param code  the expected exit code
     * @param start how the line starts
     */
    static void assertOneLine(Cli r, int code, String start) {
        assertEquals(code, r.exitCode(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.errLines()[0].startsWith(start), r.err());
    }

    /** Returns the stderr lines. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
