package org.synplast.neuron;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.synplast.engine.cell.Cell;

/**
 * Makes a {@link NeuronExport} runnable by hand: a {@value #SCRIPT} that compiles the .mod files
 * with {@code nrnivmodl} (in {@link Cell#REGISTRATION_ORDER}, with Debian's makefile workaround
 * when its {@code nrnivmodl} stops half-way, see {@link NeuronRunner}) and runs the driver, and a
 * {@value #README} that says what the directory holds and how to run it.
 */
public final class RunnableExport {

    /** File name of the run script. */
    public static final String SCRIPT = "run.sh";
    /** File name of the README. */
    public static final String README = "README.md";
    /** Directory the run script writes {@code traces.csv} and {@code run.json} to. */
    public static final String OUTPUT = "output";

    private RunnableExport() {
    }

    /**
     * Writes the README and the run script into the export's directory.
     *
     * @param export the written export
     * @param model  the model it was written from
     * @param title  the README's heading, e.g. what was exported from which file
     * @param notes  further paragraphs of the README (what the export leaves out, for example)
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(NeuronExport export, NeuronModel model, String title, List<String> notes) {
        List<String> mods = modFiles(export);
        try {
            Path script = export.directory().resolve(SCRIPT);
            Files.writeString(script, script(mods), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the README runs it with sh
            }
            Files.writeString(export.directory().resolve(README), readme(model, mods, title, notes),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run script and README to " + export.directory(), e);
        }
    }

    /**
     * Returns how many rows (samples) the run writes to {@code traces.csv}: t = 0 and every
     * {@code recordEvery}-th of the fixed steps up to the stop time.
     *
     * @param model the exported model
     * @return the number of samples
     */
    public static long samples(NeuronModel model) {
        long steps = Math.round(model.tStop() / model.dt());
        return steps / model.recordEvery() + 1;
    }

    /** The .mod file names in registration order (NEURON registers them in the order nrnivmodl gets them). */
    private static List<String> modFiles(NeuronExport export) {
        List<String> names = new ArrayList<>();
        export.mechanisms().forEach(m -> names.add(m.getFileName().toString()));
        names.sort(Comparator.comparing((String f) -> f.replaceFirst("\\.mod$", ""), Cell.REGISTRATION_ORDER));
        return names;
    }

    private static String script(List<String> mods) {
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n");
        s.append("# Compiles the mechanisms of this SynPlast export and runs it with NEURON; writes ").append(OUTPUT)
                .append("/traces.csv and ").append(OUTPUT).append("/run.json.\n");
        s.append("# PYTHON: a python3 that can import neuron (default python3; Debian: /usr/bin/python3).\n");
        s.append("set -e\n");
        s.append("cd \"$(dirname \"$0\")\"\n");
        s.append("PYTHON=\"${PYTHON:-python3}\"\n");
        if (mods.isEmpty()) {
            s.append("exec \"$PYTHON\" ").append(NeuronExporter.DRIVER).append(' ').append(NeuronExporter.MODEL)
                    .append(" - ").append(OUTPUT).append('\n');
            return s.toString();
        }
        String files = String.join(" ", mods);
        s.append("cd ").append(NeuronExporter.MOD_DIRECTORY).append('\n');
        s.append("lib=\"\"\n");
        s.append("# Debian's nrnivmodl generates the C sources, then fails looking for its makefile: finished below.\n");
        s.append("nrnivmodl ").append(files).append(" || true\n");
        s.append("for f in x86_64/.libs/libnrnmech.so x86_64/libnrnmech.so; do\n");
        s.append("    if [ -z \"$lib\" ] && [ -f \"$f\" ]; then lib=\"$f\"; fi\n");
        s.append("done\n");
        s.append("if [ -z \"$lib\" ] && [ -f x86_64/mod_func.cpp ] && [ -f ").append(NeuronRunner.MAKEFILE)
                .append(" ]; then\n");
        s.append("    (cd x86_64 && make -f ").append(NeuronRunner.MAKEFILE).append(" ROOT=/usr \"MODOBJFILES=");
        for (String m : mods) {
            s.append(" ./").append(m.replaceFirst("\\.mod$", ".o"));
        }
        s.append("\" \"UserLDFLAGS=-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn\" mech_lib_shared)\n");
        s.append("    lib=x86_64/libnrnmech.so\n");
        s.append("fi\n");
        s.append("if [ -z \"$lib\" ] || [ ! -f \"$lib\" ]; then\n");
        s.append("    echo \"run.sh: nrnivmodl built no libnrnmech.so in ").append(NeuronExporter.MOD_DIRECTORY)
                .append("/\" >&2\n");
        s.append("    exit 1\n");
        s.append("fi\n");
        s.append("cd ..\n");
        s.append("# Run from here, not from ").append(NeuronExporter.MOD_DIRECTORY)
                .append("/: NEURON would load x86_64/ of the working directory a second time.\n");
        s.append("exec \"$PYTHON\" ").append(NeuronExporter.DRIVER).append(' ').append(NeuronExporter.MODEL)
                .append(" \"").append(NeuronExporter.MOD_DIRECTORY).append("/$lib\" ").append(OUTPUT).append('\n');
        return s.toString();
    }

    private static String readme(NeuronModel model, List<String> mods, String title, List<String> notes) {
        StringBuilder r = new StringBuilder();
        r.append("# ").append(title).append("\n\n");
        r.append("Run: `sh ").append(SCRIPT).append("` (that is: `cd ").append(NeuronExporter.MOD_DIRECTORY)
                .append(" && nrnivmodl ").append(mods.isEmpty() ? "(nothing to compile)" : String.join(" ", mods))
                .append("`, then, from this directory, `python3 ").append(NeuronExporter.DRIVER).append(' ')
                .append(NeuronExporter.MODEL).append(mods.isEmpty() ? " -" : " mod/x86_64/.libs/libnrnmech.so")
                .append(' ').append(OUTPUT).append("`; the library is `mod/x86_64/libnrnmech.so` with NEURON 9, and "
                        + "with Debian's NEURON 8.2, whose nrnivmodl stops before linking, run.sh builds it with "
                        + "Debian's makefile). Needs NEURON with its Python module (Debian: `apt-get install ")
                .append(NeuronRunner.PACKAGES).append("`, and `PYTHON=/usr/bin/python3 sh ").append(SCRIPT)
                .append("`).\n\n");
        r.append("Files: `").append(NeuronExporter.MODEL).append("` (the model: sections, mechanisms per compartment, "
                + "synapses with their parameters, thresholds and presynaptic spikes, current pulses, recordings), `")
                .append(NeuronExporter.DRIVER).append("` (builds it in NEURON and runs it), `")
                .append(NeuronExporter.MOD_DIRECTORY).append("/` (SynPlast's NMODL).\n\n");
        r.append(String.format(Locale.ROOT, "The run: %s ms at dt = %s ms (fixed step), %s °C. It writes `%s/traces.csv` "
                + "(column t [ms], then ", number(model.tStop()), number(model.dt()),
                number(model.cell().model().celsius()), OUTPUT));
        List<String> columns = model.recordings().stream().map(Recording::name).toList();
        r.append(columns.isEmpty() ? "no recordings" : "`" + String.join("`, `", columns) + "`");
        r.append(String.format(Locale.ROOT, "; %d rows, one every %s ms) and `%s/run.json` (time of NEURON's loop, "
                + "steps, segments).%n", samples(model), number(model.recordEvery() * model.dt()), OUTPUT));
        if (model.synapses().stream().anyMatch(s -> !s.model().switches().fullRelease())) {
            r.append(String.format(Locale.ROOT, "%nRelease: NEURON draws each synapse's vesicle releases from its own "
                    + "random stream (seeded with %d), not from SynPlast's streams, so release, EPSPs and ρ follow the "
                    + "same model but not the same draws as in SynPlast's run of this pair.%n", model.seed()));
        }
        for (String note : notes) {
            r.append('\n').append(note).append('\n');
        }
        return r.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
