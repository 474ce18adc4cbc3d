package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.report.results.DistanceSeries;
import org.synplast.report.results.SuiteEntry;

/**
 * The paper's suite as {@code synplast suite dsl-examples/chindemi2022 --pairs 1} plans it (the
 * run itself costs CPU-hours): the 42 conditions and the 8 distance bands as experiments, both
 * 7 × 7 grids, the distance series, and what the table shows besides the results.
 */
class ChindemiSuitePlanTest {

    /** dsl-examples at the repository root, above the test bundle. */
    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("dsl-examples/chindemi2022"))) {
                return p.resolve("dsl-examples");
            }
        }
        throw new IllegalStateException("dsl-examples not found above " + Path.of("").toAbsolutePath());
    }

    private static Path folder() {
        return examples().resolve("chindemi2022");
    }

    @Test
    void everyConditionBothGridsAndTheDistanceBandsWithOnePairEach() {
        SuiteCommand command = new SuiteCommand();
        command.folder = folder();
        command.settings = new RunSettings();
        command.settings.pairs = 1;
        StringWriter warnings = new StringWriter();
        StudyRunCommand.Batch batch = command.plan(Suite.load(command.folder, new PrintWriter(warnings, true)));

        List<String> names = batch.experiments().stream().map(ExperimentPlan::name).toList();
        assertEquals(50, names.size(), names.toString());
        assertEquals(42, names.stream().filter(n -> n.matches("[a-z]{3}[0-9]{2}_[0-9]{2}")).count(),
                "the 42 conditions of experiments.tsv: " + names);
        assertTrue(names.containsAll(List.of("mrk97_01", "mrk97_08", "sjs01_17", "rmp08_03", "bnr14_02", "zlb09_05",
                "egg99_05", "sjh06_02")), names.toString());
        assertFalse(names.contains("L5TTPC_grid"), "the grid's base runs as a grid point");
        assertTrue(batch.experiments().stream().allMatch(e -> e.pairs() == 1), "--pairs applies to every experiment");

        assertEquals(List.of("L5TTPC_frequency_dt_2mM", "L5TTPC_frequency_dt_1mM2"),
                batch.sweeps().stream().map(SweepPlan::name).toList());
        for (SweepPlan s : batch.sweeps()) {
            assertEquals(49, s.points().size(), s.name());
            assertEquals(1, s.base().pairs(), "--pairs applies to every grid point");
            assertArrayEquals(new double[] {2, 5, 10, 20, 30, 40, 50}, s.frequencyHz(), 1e-12);
            assertArrayEquals(new double[] {-50, -30, -10, 5, 10, 30, 50}, s.deltaTMs(), 1e-12);
        }
        assertArrayEquals(new double[] {2.0}, batch.sweeps().get(0).caOMm(), 1e-12);
        assertArrayEquals(new double[] {1.2}, batch.sweeps().get(1).caOMm(), 1e-12);
        assertEquals(148, batch.pairs(), "42 conditions, 8 bands and 98 grid points");
        assertEquals("1 (--pairs; the files ask for 100)", command.pairsPerCondition);

        assertEquals(new SuiteEntry("markram1997.synplast", "training", 1.117783), command.entries.get("mrk97_07"));
        assertEquals("sjostrom2006.synplast", command.entries.get("sjh06_02").file());
        assertEquals(4, command.entries.values().stream().filter(e -> !Double.isNaN(e.paperInSilico())).count(),
                "the paper's in silico means the files give (mrk97_01, _02, _07, _08)");
        assertEquals(5, command.entries.values().stream().filter(e -> e.role().equals("training")).count(),
                "the training experiments: mrk97_01, _02, _07, _08 and sjh06_02");

        assertEquals(1, command.distances.size(), command.distances.toString());
        DistanceSeries d = command.distances.get(0);
        assertEquals("L23PC_L5TTPC_distance", d.name());
        assertEquals(List.of(50.0, 100.0, 200.0, 300.0, 400.0, 500.0, 600.0, 700.0),
                d.bands().stream().map(DistanceSeries.Band::fromUm).toList());
        assertTrue(IntStream.range(0, 8).allMatch(i -> d.bands().get(i).toUm() == (i == 0 ? 100 : 100 * (i + 1))));
    }
}
