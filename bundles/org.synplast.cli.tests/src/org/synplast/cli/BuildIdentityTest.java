package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build that pair journals match on: the content of the jar's files that can change a pair's
 * result, not the jar's bytes, so a rebuild of the same sources (new timestamps, entries in
 * another order, other Maven metadata) or a change of the command line, reports or charts only
 * keeps the journal's pairs, and a change anywhere else does not.
 */
class BuildIdentityTest {

    @TempDir
    Path dir;

    private static final Map<String, String> SOURCES = Map.of(
            "org/synplast/engine/cable/Simulation.class", "engine",
            "org/synplast/experiment/run/PairSimulator.class", "experiment",
            "org/apache/commons/math3/random/Well19937c.class", "random numbers",
            "org/synplast/cli/Execution.class", "command line",
            "org/synplast/report/results/SuiteReport.class", "report",
            "org/jfree/chart/JFreeChart.class", "charts",
            "META-INF/maven/org.synplast/org.synplast.engine/pom.xml", "<dependencies/>",
            "META-INF/MANIFEST.MF", "Main-Class: org.synplast.cli.SynPlastCli");

    private Path jar(String name, long time, boolean reversed, Map<String, String> changes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(SOURCES);
        files.putAll(changes);
        List<String> names = files.keySet().stream()
                .sorted(reversed ? Comparator.reverseOrder() : Comparator.naturalOrder()).toList();
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String file : names) {
                ZipEntry e = new ZipEntry(file);
                e.setTime(time);
                zip.putNextEntry(e);
                zip.write(files.get(file).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aRebuildOrAChangeOfTheReportsKeepsTheBuildAnyOtherChangeDoesNot() throws IOException {
        String build = Execution.build(jar("a.jar", 1_000_000_000_000L, false, Map.of()));
        assertTrue(build.matches(Execution.VERSION.replace(".", "\\.") + "\\+sha256:[0-9a-f]{64}"), build);
        Path rebuilt = jar("rebuilt.jar", 1_800_000_000_000L, true, Map.of());
        assertNotEquals(-1, Files.mismatch(dir.resolve("a.jar"), rebuilt), "the jars' bytes differ");
        assertEquals(build, Execution.build(rebuilt), "same files, other timestamps and order");
        assertEquals(build, Execution.build(jar("reports.jar", 1_000_000_000_000L, false, Map.of(
                "org/synplast/cli/Execution.class", "another command line",
                "org/synplast/report/results/SuiteReport.class", "another report",
                "org/jfree/chart/JFreeChart.class", "other charts",
                "org/synplast/report/results/SynapseOutcomes.class", "a new table",
                "META-INF/maven/org.synplast/org.synplast.engine/pom.xml", "<dependencies>a partial build's"
                        + "</dependencies>"))), "the command line, reports, charts and Maven metadata");
        for (Map.Entry<String, String> change : Map.of("org/synplast/engine/cable/Simulation.class", "a faster engine",
                "org/apache/commons/math3/random/Well19937c.class", "other random numbers",
                "org/synplast/engine/channel/NewChannel.class", "a new channel",
                "META-INF/MANIFEST.MF", "Main-Class: other").entrySet()) {
            assertNotEquals(build, Execution.build(jar("changed.jar", 1_000_000_000_000L, false,
                    Map.of(change.getKey(), change.getValue()))), change.getKey());
        }
    }
}
