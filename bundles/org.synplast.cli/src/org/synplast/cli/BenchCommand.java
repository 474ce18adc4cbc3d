package org.synplast.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.synplast.neuron.NeuronBenchmark;
import org.synplast.neuron.NeuronRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code synplast bench}: the engine against NEURON on the BBP 2015 L5 TTPC model (the NEURON
 * bundle's benchmark): both time loops, their compartment-step rates and the ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks the engine against NEURON (BBP 2015 L5 TTPC, 1 s at dt = 0.025 ms) and prints the "
                + "rates and their ratio.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--morphology", paramLabel = "FILE",
            defaultValue = "../shared/testdata/morphologies/L5TPC_C060114A5.asc",
            description = "the reconstruction to simulate (default: ${DEFAULT-VALUE})")
    Path morphology;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/neuron-bench",
            description = "where the NEURON export and compiled mechanisms go (default: ${DEFAULT-VALUE})")
    Path work;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(morphology)) {
            throw new UserError("morphology not found: " + morphology + " (give one with --morphology)");
        }
        Optional<String> missing = NeuronRunner.unavailability();
        if (missing.isPresent()) {
            throw new UserError("NEURON is not available: " + missing.get());
        }
        NeuronBenchmark.main(new String[] {morphology.toString(), work.toString()});
        return ExitCodes.OK;
    }
}
