package org.synplast.neuron;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.synplast.engine.cell.Cell;

/**
 * Runs exported models with Debian's NEURON 8.2 (packages {@value #PACKAGES}) through
 * {@code /usr/bin/python3}.
 *
 * <p>Mechanisms are compiled once per distinct set of .mod files (cache key: SHA-256 of their
 * names and contents) into {@code <cache>/<key>/x86_64/libnrnmech.so}. Debian's
 * {@code nrnivmodl} generates the C sources and then looks for its makefile in the wrong place;
 * the shared library is built from the generated sources with
 * {@code make -f /usr/lib/nrn/nrnmech_makefile ROOT=/usr MODOBJFILES=... UserLDFLAGS="-L/usr/lib/nrn
 * -Wl,-rpath,/usr/lib/nrn" mech_lib_shared}, and the driver loads it with {@code h.nrn_load_dll}.
 * {@code nrnivmodl} is given the files by name in {@link Cell#REGISTRATION_ORDER}, which makes it
 * the mechanisms' registration order in NEURON, as in the engine.
 */
public final class NeuronRunner {

    /** The Python NEURON is installed for. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    /** Debian's nrnivmodl. */
    public static final Path NRNIVMODL = Path.of("/usr/bin/nrnivmodl");
    /** Debian's mechanism makefile. */
    public static final Path MAKEFILE = Path.of("/usr/lib/nrn/nrnmech_makefile");
    /**
     * The Debian packages NEURON needs here, including the build tools {@code nrnivmodl} uses
     * (not pulled in by {@code neuron-dev} under {@code --no-install-recommends}).
     */
    public static final String PACKAGES = "neuron python3-neuron neuron-dev make g++";

    private final Path cache;

    /**
     * @param cache directory for compiled mechanism libraries, e.g. under the build's target dir
     */
    public NeuronRunner(Path cache) {
        this.cache = cache;
    }

    /**
     * @return why NEURON cannot be used here, or empty if it can
     */
    public static Optional<String> unavailability() {
        for (Path p : List.of(PYTHON, NRNIVMODL, MAKEFILE, Path.of("/usr/bin/make"), Path.of("/usr/bin/c++"))) {
            if (!Files.exists(p)) {
                return Optional.of(p + " is missing; install NEURON with: apt-get install -y " + PACKAGES);
            }
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import neuron").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                return Optional.of(PYTHON + " cannot import neuron (install " + PACKAGES + "): " + out.strip());
            }
        } catch (IOException e) {
            return Optional.of("cannot start " + PYTHON + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking NEURON");
        }
        return Optional.empty();
    }

    /**
     * Compiles the export's mechanisms (if any and not cached) and runs the driver.
     *
     * @param export an export
     * @return the recorded traces
     * @throws NeuronException if NEURON is missing, compilation fails or the run fails
     */
    public NeuronResult run(NeuronExport export) {
        unavailability().ifPresent(reason -> {
            throw new NeuronException(reason);
        });
        // absolute paths: the driver runs in the export's directory, which may be given relative
        String library = export.mechanisms().isEmpty() ? "-"
                : compile(export.mechanisms()).toAbsolutePath().toString();
        Path output = export.directory().resolve("output").toAbsolutePath();
        execute(List.of(PYTHON.toString(), export.driver().toAbsolutePath().toString(),
                export.model().toAbsolutePath().toString(), library, output.toString()), export.directory(),
                export.directory().resolve("neuron.log"));
        return read(output);
    }

    /**
     * @param mods .mod files
     * @return the compiled {@code libnrnmech.so}, from the cache when the same files were compiled before
     */
    public Path compile(List<Path> mods) {
        try {
            String key = hash(mods);
            Path target = cache.resolve(key);
            Path library = target.resolve("x86_64").resolve("libnrnmech.so");
            if (Files.exists(library)) {
                return library;
            }
            Files.createDirectories(cache);
            Path work = cache.resolve(key + ".tmp-" + UUID.randomUUID());
            Files.createDirectories(work);
            for (Path m : mods) {
                Files.copy(m, work.resolve(m.getFileName()));
            }
            Path log = work.resolve("build.log");
            List<String> command = new ArrayList<>(List.of(NRNIVMODL.toString()));
            mods.stream().map(m -> m.getFileName().toString())
                    .sorted(Comparator.comparing((String f) -> f.replaceFirst("\\.mod$", ""), Cell.REGISTRATION_ORDER))
                    .forEach(command::add);
            runAllowingFailure(command, work, log);
            Path generated = work.resolve("x86_64");
            if (!Files.exists(generated.resolve("mod_func.cpp"))) {
                throw new NeuronException("nrnivmodl did not generate its sources; see " + log);
            }
            StringBuilder objects = new StringBuilder();
            for (Path m : mods) {
                objects.append(" ./").append(m.getFileName().toString().replaceFirst("\\.mod$", ".o"));
            }
            execute(List.of("make", "-f", MAKEFILE.toString(), "ROOT=/usr", "MODOBJFILES=" + objects,
                    "UserLDFLAGS=-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn", "mech_lib_shared"), generated,
                    generated.resolve("make.log"));
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.exists(library)) {
                    throw raced;
                }
                deleteTree(work);
            }
            return library;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile NEURON mechanisms under " + cache, e);
        }
    }

    private static String hash(List<Path> mods) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> sorted = new ArrayList<>(mods);
            sorted.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (Path m : sorted) {
                digest.update(m.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(m));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void execute(List<String> command, Path directory, Path log) {
        int code = runAllowingFailure(command, directory, log);
        if (code != 0) {
            throw new NeuronException(String.join(" ", command) + " failed with exit code " + code + " in " + directory
                    + ":\n" + tail(log));
        }
    }

    private static int runAllowingFailure(List<String> command, Path directory, Path log) {
        try {
            Process p = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return p.waitFor();
        } catch (IOException e) {
            throw new NeuronException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NeuronException("interrupted while running " + command.get(0), e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static NeuronResult read(Path output) {
        try {
            List<String> lines = Files.readAllLines(output.resolve("traces.csv"), StandardCharsets.US_ASCII);
            String[] header = lines.get(0).split(",");
            int rows = lines.size() - 1;
            double[][] columns = new double[header.length][rows];
            for (int r = 0; r < rows; r++) {
                String[] cells = lines.get(r + 1).split(",");
                for (int c = 0; c < header.length; c++) {
                    columns[c][r] = Double.parseDouble(cells[c]);
                }
            }
            Map<String, double[]> traces = new LinkedHashMap<>();
            for (int c = 1; c < header.length; c++) {
                traces.put(header[c], columns[c]);
            }
            JsonObject run = JsonParser.parseString(Files.readString(output.resolve("run.json"), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            return new NeuronResult(columns[0], traces, run.get("run_seconds").getAsDouble(),
                    run.get("cpu_seconds").getAsDouble(), run.get("steps").getAsLong(), run.get("segments").getAsInt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NEURON's output in " + output, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
