package org.synplast.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.run.RunOptions;
import org.synplast.neuron.NeuronException;
import org.synplast.neuron.RunnableExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code synplast export-neuron FILE --experiment NAME [--pair I] --out DIR}: calibrates one pair
 * of an experiment as {@code run} does and writes it as a runnable NEURON directory
 * ({@link NeuronPairExport}): model.json, SynPlast's NMODL, the Python driver, run.sh and a README.
 * The files are written only after the calibration, so Ctrl-C leaves no partial export.
 */
@Command(name = "export-neuron", mixinStandardHelpOptions = true,
        description = "Writes one pair of an experiment as a NEURON model (NMODL, Python driver, run.sh, README): the "
                + "cell, its synapses with parameters and thresholds, the protocol's spikes and pulses, recordings of "
                + "the soma voltage and each synapse's rho.")
final class ExportNeuronCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the study file")
    Path file;

    @Option(names = "--experiment", paramLabel = "NAME", required = true, description = "the experiment")
    String experiment;

    @Option(names = "--pair", paramLabel = "I", defaultValue = "0",
            description = "the pair's index, from 0 (default: ${DEFAULT-VALUE})")
    int pair;

    @Option(names = "--sample-interval", paramLabel = "MS", defaultValue = "1",
            description = "interval of the recorded samples [ms], a multiple of the 0.025 ms step "
                    + "(default: ${DEFAULT-VALUE})")
    double sampleIntervalMs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the export directory")
    Path out;

    @Override
    public Integer call() {
        double dt = RunOptions.of(1).dtMs();
        long every = Math.round(sampleIntervalMs / dt);
        if (pair < 0) {
            throw new ParameterException(spec.commandLine(), "--pair must be at least 0, was " + pair);
        }
        if (!(every >= 1 && every <= Integer.MAX_VALUE && Math.abs(every * dt - sampleIntervalMs) < 1e-9)) {
            throw new ParameterException(spec.commandLine(), "--sample-interval must be a positive multiple of "
                    + dt + " ms, was " + sampleIntervalMs);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Execution execution = new Execution(err)) {
            Study study = Study.load(file, err);
            ExperimentPlan plan = study.experiment(experiment);
            if (pair >= plan.pairs()) {
                throw new UserError("experiment " + plan.name() + " has " + plan.pairs() + " pair"
                        + (plan.pairs() == 1 ? "" : "s") + ": --pair must be below " + plan.pairs());
            }
            Path dir = RunSettings.writableDirectory(out);
            err.printf("calibrating pair %d of %s%n", pair, plan.name());
            err.flush();
            NeuronPairExport export = NeuronPairExport.of(plan, pair, dt, (int) every);
            if (execution.interrupted()) {
                return execution.finish(ExitCodes.INTERRUPTED);
            }
            try {
                export.write(file, dir);
            } catch (UncheckedIOException e) {
                throw new UserError("cannot write the NEURON export to " + dir + ": " + RunSettings.reason(e.getCause()));
            } catch (NeuronException e) {
                throw new UserError(e.getMessage());
            }
            err.printf("%d synapses, %.0f ms, %d samples; wrote %s (run: sh %s)%n", export.model().synapses().size(),
                    export.model().tStop(), RunnableExport.samples(export.model()), dir,
                    dir.resolve(RunnableExport.SCRIPT));
            return execution.finish(ExitCodes.OK);
        }
    }
}
