package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The {@code synplast} command and its subcommands. */
@Command(name = "synplast", mixinStandardHelpOptions = true, version = "SynPlast 0.1.0",
        description = "Calcium-based synaptic plasticity experiments, headless.",
        subcommands = {ValidateCommand.class, RunCommand.class, SweepCommand.class, SuiteCommand.class,
            ExportNeuronCommand.class, BenchCommand.class, LspCommand.class})
public final class SynPlastCli implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err));
    }

    /**
     * Runs the command with the given streams.
     *
     * @param args the command line
     * @param out  where results go
     * @param err  where errors and progress go
     * @return the exit code, see {@link ExitCodes}
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new SynPlastCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler(new Failures());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Turns a parse error into one line and exit code 2. */
    private static final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("synplast: " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
                    + " --help')");
            return ExitCodes.USAGE;
        }
    }

    /** Turns a failure during a command into one line and its exit code. */
    private static final class Failures implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
            if (e instanceof UserError) {
                cmd.getErr().println("synplast: " + e.getMessage());
                return ExitCodes.USER_ERROR;
            }
            if (e instanceof CancellationException || e instanceof InterruptedException) {
                cmd.getErr().println("synplast: interrupted, no results written");
                return ExitCodes.INTERRUPTED;
            }
            if (e instanceof ParameterException pe) {
                return new UsageErrors().handleParseException(pe, parsed.originalArgs().toArray(String[]::new));
            }
            cmd.getErr().println("synplast: internal error: " + e);
            return ExitCodes.USER_ERROR;
        }
    }
}
