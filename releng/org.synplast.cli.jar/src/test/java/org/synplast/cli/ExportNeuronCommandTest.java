package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.experiment.run.PostCurrent;
import org.synplast.neuron.NeuronRunner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code synplast export-neuron} on the tiny study: the files it writes, and the export run in NEURON. */
class ExportNeuronCommandTest {

    /** Presynaptic spikes of the tiny protocol: 2 baseline, 2 sweeps of 2, 2 after. */
    private static final int PRE_SPIKES = 8;
    /** Postsynaptic pulses: 2 sweeps of 2. */
    private static final int POST_PULSES = 4;
    /** The tiny connection's synapses per pair. */
    private static final int SYNAPSES = 2;
    private static final long NEURON_TIMEOUT_S = 300;

    @TempDir
    Path dir;

    private Path export() {
        Path out = dir.resolve("pair0");
        Cli r = Cli.run("export-neuron", Cli.TINY, "--experiment", Cli.TINY_EXPERIMENT, "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        return out;
    }

    private static JsonObject model(Path export) throws IOException {
        return JsonParser.parseString(Files.readString(export.resolve("model.json"))).getAsJsonObject();
    }

    @Test
    void writesTheCellSynapsesProtocolAndRecordingsOfAPair() throws IOException {
        Path out = export();
        for (String f : List.of("model.json", "synplast_neuron.py", "run.sh", "README.md", "mod/GluSynapse.mod",
                "mod/NaTa_t.mod", "mod/SKv3_1.mod")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " written");
        }
        JsonObject model = model(out);
        JsonArray synapses = model.getAsJsonArray("point_processes");
        assertEquals(SYNAPSES, synapses.size());
        for (JsonElement e : synapses) {
            JsonObject s = e.getAsJsonObject();
            assertEquals(PRE_SPIKES, s.getAsJsonArray("events").size(), "every presynaptic spike: " + s);
            JsonObject p = s.getAsJsonObject("parameters");
            double thetaD = p.get("theta_d_GB").getAsDouble();
            double thetaP = p.get("theta_p_GB").getAsDouble();
            assertTrue(thetaD > 0 && thetaP > 0 && thetaP < Double.MAX_VALUE, "calibrated thresholds: " + p);
            assertTrue(p.get("gmax0_AMPA").getAsDouble() > 0, "drawn parameters: " + p);
        }
        JsonArray pulses = model.getAsJsonArray("iclamps");
        assertEquals(POST_PULSES, pulses.size());
        assertTrue(pulses.get(0).getAsJsonObject().get("amplitude").getAsDouble() > 0, "calibrated amplitude");
        List<String> recorded = new ArrayList<>();
        model.getAsJsonArray("recordings").forEach(r -> recorded.add(r.getAsJsonObject().get("name").getAsString()));
        assertEquals(List.of("v_soma", "rho_syn0", "rho_syn1"), recorded);
        String readme = Files.readString(out.resolve("README.md"));
        assertTrue(readme.contains("nrnivmodl") && readme.contains("python3 synplast_neuron.py model.json"), readme);
        assertTrue(readme.contains("its own random stream"), "the release note: " + readme);
        assertEquals(PostCurrent.SETTLED_MS, model.get("settle_ms").getAsDouble(), 0.05,
                "settled at rest before t = 0, where SynPlast starts the protocol");
        assertTrue(readme.contains("from the pair at rest"), "the start note: " + readme);
    }

    @Test
    void theExportRunsInNeuronAndRecordsEveryTrace() throws IOException, InterruptedException {
        requireNeuron();
        Path out = export();
        ProcessBuilder sh = new ProcessBuilder("sh", out.resolve("run.sh").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("neuron.log").toFile());
        sh.environment().put("PYTHON", NeuronRunner.PYTHON.toString());
        Process p = sh.start();
        if (!p.waitFor(NEURON_TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("NEURON did not finish in " + NEURON_TIMEOUT_S + " s");
        }
        String log = Files.readString(dir.resolve("neuron.log"));
        assertEquals(0, p.exitValue(), log);

        JsonObject model = model(out);
        long steps = Math.round(model.get("tstop").getAsDouble() / model.get("dt").getAsDouble());
        long samples = steps / model.get("record_every").getAsLong() + 1;
        List<String> lines = Files.readAllLines(out.resolve("output/traces.csv"), StandardCharsets.US_ASCII);
        assertEquals("t,v_soma,rho_syn0,rho_syn1", lines.get(0));
        assertEquals(samples, lines.size() - 1, "one row every record_every steps from t = 0");
        double vMax = Double.NEGATIVE_INFINITY;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            vMax = Math.max(vMax, Double.parseDouble(cells[1]));
            for (int k = 2; k < cells.length; k++) {
                double rho = Double.parseDouble(cells[k]);
                assertTrue(rho >= 0 && rho <= 1, "rho within [0, 1]: " + line);
            }
        }
        assertTrue(vMax > -30, "the postsynaptic pulses evoke APs in NEURON too: max v = " + vMax);
    }

    @Test
    void badInputIsOneLineWithItsExitCode() throws IOException {
        String out = dir.resolve("x").toString();
        Cli.assertOneLine(Cli.run("export-neuron", Cli.TINY, "--out", out), ExitCodes.USAGE,
                "synplast: Missing required option: '--experiment=NAME'");
        Cli.assertOneLine(Cli.run("export-neuron", Cli.TINY, "--experiment", Cli.TINY_EXPERIMENT, "--out", out, "--pair",
                "-1"), ExitCodes.USAGE, "synplast: --pair must be at least 0, was -1");
        Cli.assertOneLine(Cli.run("export-neuron", Cli.TINY, "--experiment", Cli.TINY_EXPERIMENT, "--out", out,
                "--sample-interval", "0.01"), ExitCodes.USAGE, "synplast: --sample-interval must be a positive multiple");
        Cli.assertOneLine(Cli.run("export-neuron", Cli.TINY, "--experiment", "nope", "--out", out), ExitCodes.USER_ERROR,
                "synplast: no experiment nope in ");
        Cli.assertOneLine(Cli.run("export-neuron", Cli.TINY, "--experiment", Cli.TINY_EXPERIMENT, "--out", out, "--pair",
                "1"), ExitCodes.USER_ERROR, "synplast: experiment tiny_pairing has 1 pair: --pair must be below 1");
        Path blocker = Files.writeString(dir.resolve("occupied"), "a file, not a directory");
        Cli.assertOneLine(Cli.run("export-neuron", Cli.TINY, "--experiment", Cli.TINY_EXPERIMENT, "--out",
                blocker.resolve("export").toString()), ExitCodes.USER_ERROR, "synplast: cannot create output directory ");
        assertTrue(!Files.exists(Path.of(out)), "nothing written");
    }

    /** As the NEURON bundle's differential tests: fail under CI (CI=true) without NEURON, skip elsewhere. */
    private static void requireNeuron() {
        Optional<String> why = NeuronRunner.unavailability();
        if (why.isPresent() && "true".equals(System.getenv("CI"))) {
            fail("NEURON is required in CI: " + why.get());
        }
        assumeTrue(why.isEmpty(), () -> "NEURON not available, skipping: " + why.orElse(""));
    }
}
