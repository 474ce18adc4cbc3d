package org.synplast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.synplast.experiment.bench.PerformanceBenchmark;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.run.RunOptions;
import org.synplast.neuron.NeuronBenchmark;
import org.synplast.neuron.NeuronRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synplast bench}: the speed targets of issue 8, each with its reference measured in the
 * same run and the ratio: (1) fixed-step throughput of the L5 TTPC with plastic synapses against
 * NEURON on the exported model; (2) a training experiment's pairs in SynPlast's default mode
 * against the plain fixed-step run with exact rates on a reduced protocol (speed-up and agreement),
 * and one pair's cost extrapolated to the full protocol and 100 pairs on 2 cores, with the profile
 * of that pair (calibration and protocol CPU time, steps solved and skipped per phase); (3) the same
 * for the 7 × 7 frequency × Δt grid.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures the speed targets: engine vs NEURON throughput, a training experiment's pairs vs the plain "
                + "fixed-step run, and projections to 100 pairs and the 7 x 7 grid; prints figures, references and ratios.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--study", paramLabel = "FILE", defaultValue = "dsl-examples/chindemi2022/markram1997.synplast",
            description = "the study holding the experiment (default: ${DEFAULT-VALUE})")
    Path study;

    @Option(names = "--experiment", paramLabel = "NAME", defaultValue = "mrk97_07",
            description = "the training experiment (default: ${DEFAULT-VALUE})")
    String experiment;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "1",
            description = "pairs of the reduced comparison with the plain fixed-step run (default: ${DEFAULT-VALUE})")
    int pairs;

    @Option(names = "--tests", paramLabel = "K", defaultValue = "2",
            description = "test spikes per phase of the reduced protocol; the projection also measures 2K "
                    + "(default: ${DEFAULT-VALUE})")
    int tests;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/neuron-bench",
            description = "where the NEURON export and compiled mechanisms go (default: ${DEFAULT-VALUE})")
    Path work;

    @Override
    public Integer call() {
        if (pairs < 1 || tests < 1) {
            throw new UserError("--pairs and --tests must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        double dt = RunOptions.of(1).dtMs();
        ExperimentPlan plan = Study.load(study, err).compilation().experiment(experiment)
                .orElseThrow(() -> new UserError("no experiment " + experiment + " in " + study));
        out.println("== target 1: fixed-step throughput against NEURON (goal: ratio >= 1.5 with tabulated rates)");
        out.flush();
        Optional<String> missing = NeuronRunner.unavailability();
        if (missing.isPresent()) {
            out.println("NEURON is not available, no reference: " + missing.get());
        } else {
            NeuronBenchmark.main(new String[] {"-", work.toString()});
        }
        System.out.flush();
        out.printf("== target 2: %s, %d pair(s) with %d test spikes per phase: SynPlast's default mode against the "
                + "plain fixed-step run (goal: mean ratio within 0.5 %%, identical final rho)%n", experiment, pairs, tests);
        out.flush();
        PerformanceBenchmark.pairs(PerformanceBenchmark.reduced(plan, tests, pairs), pairs, 1, dt)
                .lines().forEach(out::println);
        out.printf("== targets 2 and 3: one pair's cost extrapolated to the full protocol (%d test spikes per phase)%n",
                plan.protocol().baseline().count());
        out.flush();
        PerformanceBenchmark.project(plan, tests, 2 * tests, dt).lines().forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
