package org.synplast.neuron;

import java.nio.file.Path;
import java.util.List;

/**
 * A model exported for NEURON: a directory with {@code model.json}, the driver script and, under
 * {@code mod/}, the NMODL files of the non-built-in mechanisms it uses.
 *
 * @param directory  the export directory
 * @param model      the JSON model description
 * @param driver     the Python driver
 * @param mechanisms the .mod files written (empty when only built-in mechanisms are used)
 */
public record NeuronExport(Path directory, Path model, Path driver, List<Path> mechanisms) {

    /** Copies. */
    public NeuronExport {
        mechanisms = List.copyOf(mechanisms);
    }

    /** @return the directory of the .mod files */
    public Path mechanismDirectory() {
        return directory.resolve(NeuronExporter.MOD_DIRECTORY);
    }
}
