package org.synplast.cli;

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

    static String example(String relative) {
        Path file = EXAMPLES.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("example missing: " + file);
        }
        return file.toString();
    }

    /** Returns the stderr lines. */
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
