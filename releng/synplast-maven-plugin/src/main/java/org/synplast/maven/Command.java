package org.synplast.maven;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import org.synplast.cli.SynPlastCli;

/**
 * Runs a {@code synplast} command in the build's JVM, its output and error streams line by line to
 * the given consumers. The plugin's class loader is the context class loader meanwhile, so EMF and
 * Xtext find their resources in the plugin's realm.
 */
final class Command {

    private Command() {
    }

    /**
     * Runs the command.
     *
     * @param args the command line, starting with the subcommand
     * @param out  receives each line the command prints as its result
     * @param err  receives each line of progress, warnings and errors
     * @return the exit code: 0 success, 1 user error, 2 usage, 3 interrupted
     */
    static int run(List<String> args, Consumer<String> out, Consumer<String> err) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Command.class.getClassLoader());
        try (PrintWriter o = new PrintWriter(new LogLines(out), true);
                PrintWriter e = new PrintWriter(new LogLines(err), true)) {
            return SynPlastCli.execute(args.toArray(String[]::new), o, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Turns a command's exit code into the build's outcome.
     *
     * @param code    the exit code
     * @param args    the command line it ran
     * @param where   what it ran on, appended to an unexpected exit code's message (may be empty)
     * @param failure the build failure's message for exit code 1 (a user error: invalid files, failed checks)
     * @throws MojoFailureException   on exit code 1
     * @throws MojoExecutionException on any other exit code but 0
     */
    static void outcome(int code, List<String> args, String where, Supplier<String> failure)
            throws MojoExecutionException, MojoFailureException {
        if (code == 1) {
            throw new MojoFailureException(failure.get());
        }
        if (code != 0) {
            throw new MojoExecutionException("synplast " + args.get(0) + " ended with exit code " + code + where);
        }
    }
}
