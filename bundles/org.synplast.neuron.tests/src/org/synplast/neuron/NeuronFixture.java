package org.synplast.neuron;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs exported models in NEURON for the differential tests. When NEURON is missing, tests fail
 * under CI (environment CI=true) and are skipped otherwise. Compiled mechanisms are cached in the
 * directory of the system property {@code synplast.neuron.cache} (the build's target dir).
 */
final class NeuronFixture {

    private NeuronFixture() {
    }

    /** Fails (CI) or skips (locally) the calling test when NEURON cannot run here. */
    static void requireNeuron() {
        Optional<String> why = NeuronRunner.unavailability();
        if (why.isPresent() && "true".equals(System.getenv("CI"))) {
            fail("NEURON is required in CI: " + why.get());
        }
        assumeTrue(why.isEmpty(), () -> "NEURON not available, skipping: " + why.orElse(""));
    }

    /**
     * @param name  a directory name for this run
     * @param model the model
     * @return NEURON's result
     */
    static NeuronResult run(String name, NeuronModel model) {
        requireNeuron();
        NeuronExport export = NeuronExporter.export(model, directory("synplast.neuron.work").resolve(name));
        return new NeuronRunner(directory("synplast.neuron.cache")).run(export);
    }

    /**
     * Writes the measured differences of a comparison next to its NEURON run (comparison.txt), for
     * the record; the tests assert the tolerances themselves.
     *
     * @param name    the run's directory name
     * @param summary the text
     */
    static void writeSummary(String name, String summary) {
        try {
            Files.writeString(directory("synplast.neuron.work").resolve(name).resolve("comparison.txt"), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(String property) {
        String configured = System.getProperty(property);
        try {
            if (configured != null) {
                return Files.createDirectories(Path.of(configured));
            }
            return Files.createTempDirectory(property);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
