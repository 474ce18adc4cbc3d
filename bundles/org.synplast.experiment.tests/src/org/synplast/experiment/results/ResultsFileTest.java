package org.synplast.experiment.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.engine.synapse.SynapseParameters;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.Protocols;
import org.synplast.experiment.readout.PairStatus;
import org.synplast.experiment.stats.Verdict;

class ResultsFileTest {

    @TempDir
    Path dir;

    static RunResults sample() {
        ExperimentPlan plan = Experiments.plan(Protocols.mrk97_07(), 3);
        SynapseParameters p = SynapseParameters.of(0.4, 600, 20, 3, 1.5, 0.8, 1.7, 0.15, 1);
        SynapseRecord plastic = new SynapseRecord(7, "BASAL", 52.5, p, 0.01, 0.02, 0.05, 0.06, 1.0);
        SynapseRecord frozen = new SynapseRecord(12, "APICAL", 310, p, 0.01, Double.NaN, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, 0.0);
        PairTrace trace = new PairTrace(0, 1, new double[] {-65, -64.5, -65}, new double[][] {{0, 1e-4, 2e-4}},
                new double[][] {{1, 1, 1}});
        List<PairResult> pairs = List.of(
                new PairResult(0, PairStatus.VALID, 0.8, new double[] {2.5}, 5, 0.1, new double[] {0.5, 0.6}, new double[] {0.7, 0.66}, 0.55,
                        0.68, 0.68 / 0.55, List.of(plastic, frozen), trace),
                new PairResult(1, PairStatus.VALID, 0.8, new double[] {2.5}, 5, 0.1, new double[] {0.4, 0.4}, new double[] {0.3, 0.5}, 0.4,
                        0.4, 1.0, List.of(plastic), null),
                new PairResult(2, PairStatus.DROPPED, 0.8, new double[] {2.5}, 5, 0.1, new double[] {0.001, 0.002}, new double[] {0, 0},
                        0.0015, 0, 0, List.of(plastic), null),
                PairResult.failed(3, "no burst of 5 pulses of 3.0 ms between 0.05 and 5.0 nA gives one action potential per pulse"));
        ExperimentResult e = ExperimentResult.of(plan, pairs);
        SweepResult sweep = new SweepResult("s", List.of(new SweepResult.Point(2.0, 10, 5, e)));
        Provenance prov = new Provenance("0.1.0", Map.of("a.synplast", "00ff"), Map.of("mrk97_07.pairs", "3"), 0.025,
                2, "2026-11-27T19:00:00Z", 12.5, 0);
        return new RunResults(RunResults.FORMAT_VERSION, prov, List.of(e), List.of(sweep));
    }

    @Test
    void roundTripKeepsEveryNumber() throws IOException {
        RunResults r = sample();
        Path f = dir.resolve("run.json");
        ResultsFile.write(f, r);
        RunResults back = ResultsFile.read(f);
        ExperimentResult e = back.experiments().get(0);
        assertEquals(2, e.valid());
        assertEquals(1, e.dropped());
        assertEquals(1, e.failed());
        assertEquals(r.experiments().get(0).pairs().get(3).failure(), e.pairs().get(3).failure());
        assertTrue(Double.isNaN(e.pairs().get(3).ratio()));
        assertEquals(r.experiments().get(0).inSilico(), e.inSilico());
        assertEquals(r.experiments().get(0).test(), e.test());
        assertEquals(Verdict.CONSISTENT, e.test().verdict());
        assertEquals(r.experiments().get(0).inVitro(), e.inVitro());
        PairResult p0 = e.pairs().get(0);
        assertArrayEquals(new double[] {0.7, 0.66}, p0.afterEpspMv());
        assertEquals(r.experiments().get(0).pairs().get(0).synapses(), p0.synapses());
        assertTrue(Double.isInfinite(p0.synapses().get(1).thetaD()));
        assertTrue(Double.isNaN(p0.synapses().get(1).cPost()));
        assertArrayEquals(new double[] {0, 1e-4, 2e-4}, p0.trace().cStar()[0]);
        assertNull(e.pairs().get(1).trace());
        assertEquals(r.provenance(), back.provenance());
        assertEquals(5, back.sweeps().get(0).points().get(0).deltaTMs());
        Path again = dir.resolve("again.json");
        ResultsFile.write(again, back);
        assertEquals(Files.readString(f), Files.readString(again));
    }

    /** The results file gets the permissions of any new file in its folder (a temporary file's would be 0600). */
    @Test
    void resultsFileHasTheFolderDefaultPermissions() throws IOException {
        Path f = dir.resolve("run.json");
        ResultsFile.write(f, sample());
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void failureWhileWritingLeavesNoFile() throws IOException {
        Path f = dir.resolve("run.json");
        ExperimentException e = assertThrows(ExperimentException.class, () -> ResultsFile.writeAtomically(f, w -> {
            w.write("{\"formatVersion\": 1, \"experiments\": [");
            w.flush();
            throw new IOException("disk full");
        }));
        assertEquals(ExperimentMessage.IO_ERROR, e.kind());
        assertFalse(Files.exists(f));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary file remains");
        }
    }

    @Test
    void failureWhileReplacingKeepsTheOldFile() throws IOException {
        Path f = dir.resolve("run.json");
        ResultsFile.write(f, sample());
        String old = Files.readString(f);
        assertThrows(ExperimentException.class, () -> ResultsFile.writeAtomically(f, w -> {
            w.write("{");
            throw new IOException("interrupted");
        }));
        assertEquals(old, Files.readString(f));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count());
        }
    }

    /** A file of format 1 (before failed pairs) reads with none. */
    @Test
    void formatOneReadsWithoutFailedPairs() throws IOException {
        RunResults r = sample();
        RunResults old = new RunResults(1, r.provenance(), List.of(ExperimentResult.of(
                Experiments.plan(Protocols.mrk97_07(), 3), r.experiments().get(0).pairs().subList(0, 3))), List.of());
        Path f = dir.resolve("old.json");
        ResultsFile.write(f, old);
        String text = Files.readString(f);
        String v1 = text.replace("\"failed\":0,", "");
        assertTrue(v1.length() < text.length() && !v1.contains("failure"), "format 1 has no failure fields");
        Files.writeString(f, v1);
        ExperimentResult e = ResultsFile.read(f).experiments().get(0);
        assertEquals(0, e.failed());
        assertEquals(2, e.valid());
        assertNull(e.pairs().get(0).failure());
    }

    @Test
    void newerFormatIsRefused() throws IOException {
        Path f = dir.resolve("future.json");
        Files.writeString(f, "{\"formatVersion\": 99}", StandardCharsets.UTF_8);
        ExperimentException e = assertThrows(ExperimentException.class, () -> ResultsFile.read(f));
        assertEquals(ExperimentMessage.UNSUPPORTED_FORMAT, e.kind());
    }

    @Test
    void sha256OfAKnownString() throws IOException {
        Path f = dir.resolve("abc.txt");
        Files.writeString(f, "abc", StandardCharsets.US_ASCII);
        // FIPS 180-2, appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Provenance.sha256(f));
    }
}
