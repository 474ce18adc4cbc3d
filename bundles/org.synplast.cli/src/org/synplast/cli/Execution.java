package org.synplast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.results.ResultsFile;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.run.ExperimentRunner;
import org.synplast.experiment.run.PairSimulator;
import org.synplast.experiment.run.RunInfo;
import org.synplast.experiment.run.RunOptions;
import org.synplast.report.AtomicFiles;
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

    private final Interruption interruption = Interruption.install();
    private final PrintWriter err;

    /** @param err where progress and errors go */
    Execution(PrintWriter err) {
        this.err = err;
    }

    /**
     * Runs the plans.
     *
     * @param experiments experiments
     * @param sweeps      sweeps
     * @param options     threads, step, traces
     * @param source      the file or folder, for provenance
     * @return the results, empty when the user stopped the run
     */
    Optional<RunResults> run(List<ExperimentPlan> experiments, List<SweepPlan> sweeps, RunOptions options,
            StudySource source) {
        ProgressBar bar = new ProgressBar(err, interruption::requested, System.console() != null, System::nanoTime);
        RunInfo info = new RunInfo(VERSION, source.sourceHashes());
        try {
            return Optional.of(new ExperimentRunner(new PairSimulator(), options).run(experiments, sweeps, info, bar));
        } catch (CancellationException e) {
            return Optional.empty();
        } finally {
            bar.finish();
        }
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
            err.println("synplast: interrupted, no results written");
            err.flush();
        }
        interruption.finish(code);
        return code;
    }

    /** Returns the settings shown in reports. */
    static Map<String, String> settings(StudySource source, RunOptions options, int pairs, Path out) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(source.kind(), source.path().toString());
        s.put("pairs simulated", Integer.toString(pairs));
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
