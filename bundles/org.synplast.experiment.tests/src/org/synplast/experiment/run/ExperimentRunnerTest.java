package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.Protocols;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.readout.PairStatus;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.ResultsFile;
import org.synplast.experiment.results.RunResults;

class ExperimentRunnerTest {

    private static final RunInfo INFO = new RunInfo("test", Map.of("x.synplast", "00"));

    @TempDir
    Path dir;

    /** A pair simulation that needs no engine: ratio 1 + index/10. */
    private static PairResult fake(PairJob job) {
        double r = 1 + job.pair() / 10.0;
        return new PairResult(job.pair(), PairStatus.VALID, 0, new double[0], 0, Double.NaN, new double[] {1},
                new double[] {r}, 1, r, r, List.of(), null);
    }

    /** Counts progress; cancels once {@code cancelAfter} units are done (never if negative). */
    private static final class CountingMonitor implements RunMonitor {
        private final int cancelAfter;
        int total = -1;
        int done;

        CountingMonitor(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void begin(int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            done += work;
        }

        @Override
        public boolean isCanceled() {
            return cancelAfter >= 0 && done >= cancelAfter;
        }
    }

    /** The results without provenance (wall time and thread count differ), as JSON text. */
    private String numbers(RunResults r, String name) throws IOException {
        Path f = dir.resolve(name);
        ResultsFile.write(f, new RunResults(r.formatVersion(), null, r.experiments(), r.sweeps()));
        return Files.readString(f);
    }

    @Test
    void sameNumbersWithOneAndTwoThreads() throws IOException {
        ExperimentPlan plan = Experiments.plan(Protocols.quick(2, 2, 10), 3);
        SweepPlan sweep = new SweepPlan("dt", Experiments.plan(Protocols.quick(2, 2, 10), 2), new double[0],
                new double[0], new double[] {-10, 10});
        RunOptions traced = new RunOptions(1, 0.025, new TraceOptions(new int[] {1}, 5, TraceOptions.Window.INDUCTION));
        RunResults one = new ExperimentRunner(new PairSimulator(), traced).run(List.of(plan), List.of(sweep), INFO,
                RunMonitor.NONE);
        RunResults two = new ExperimentRunner(new PairSimulator(),
                new RunOptions(2, 0.025, traced.traces())).run(List.of(plan), List.of(sweep), INFO, RunMonitor.NONE);
        assertEquals(numbers(one, "one.json"), numbers(two, "two.json"));
        assertEquals(3, one.experiments().get(0).pairs().size());
        assertEquals(2, one.sweeps().get(0).points().size());
        assertEquals(-10, one.sweeps().get(0).points().get(0).deltaTMs());
        assertEquals(2, two.provenance().threads());
        assertTrue(one.experiments().get(0).pairs().get(1).trace() != null);
        assertEquals("10.0", one.provenance().parameters().get("quick.protocol.induction.deltaTMs"));
    }

    /**
     * Sweep points share c_pre/c_post and the post pulse calibration (memoised in the simulator):
     * a point run alone by a fresh simulator gives the same numbers.
     */
    @Test
    void reusedCalibrationGivesTheSameNumbersAsAFreshOne() throws IOException {
        SweepPlan sweep = new SweepPlan("dt", Experiments.plan(Protocols.quick(2, 2, 10), 2), new double[0],
                new double[0], new double[] {-10, 10});
        ExperimentRunner runner = new ExperimentRunner(new PairSimulator(), RunOptions.of(1));
        RunResults swept = runner.run(List.of(), List.of(sweep), INFO, RunMonitor.NONE);
        ExperimentPlan second = sweep.points().get(1).plan();
        RunResults alone = new ExperimentRunner(new PairSimulator(), RunOptions.of(1)).run(List.of(second), List.of(),
                INFO, RunMonitor.NONE);
        RunResults fromSweep = new RunResults(RunResults.FORMAT_VERSION, null,
                List.of(swept.sweeps().get(0).points().get(1).result()), List.of());
        assertEquals(numbers(alone, "alone.json"), numbers(fromSweep, "swept.json"));
    }

    @Test
    void progressCountsEveryPairAndResultsAreInPairOrder() {
        ExperimentPlan a = Experiments.plan(Protocols.mrk97_07(), 7);
        ExperimentPlan b = Experiments.plan(Protocols.mrk97_08(), 5);
        CountingMonitor m = new CountingMonitor(-1);
        RunResults r = new ExperimentRunner(ExperimentRunnerTest::fake, RunOptions.of(2)).run(List.of(a, b), List.of(),
                INFO, m);
        assertEquals(12, m.total);
        assertEquals(12, m.done);
        double[] ratios = r.experiments().get(0).ratios();
        for (int i = 0; i < ratios.length; i++) {
            assertEquals(1 + i / 10.0, ratios[i]);
        }
        assertEquals(5, r.experiments().get(1).pairs().size());
    }

    @Test
    void cancellationStopsTheRunAndWritesNothing() throws IOException {
        ExperimentPlan plan = Experiments.plan(Protocols.quick(2, 2, 10), 6);
        Path target = dir.resolve("run.json");
        CountingMonitor m = new CountingMonitor(1);
        ExperimentRunner runner = new ExperimentRunner(new PairSimulator(), RunOptions.of(2));
        assertThrows(CancellationException.class, () -> runner.runToFile(List.of(plan), List.of(), INFO, m, target));
        assertTrue(m.done < 6, "stopped before the end");
        assertFalse(Files.exists(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aFailingPairFailsTheRun() {
        ExperimentException boom = new ExperimentException(ExperimentMessage.NO_POST_CURRENT, 1, 3.0, 0.05, 5.0);
        PairSimulation failing = job -> {
            if (job.pair() == 3) {
                throw boom;
            }
            return fake(job);
        };
        ExperimentPlan plan = Experiments.plan(Protocols.mrk97_07(), 6);
        ExperimentRunner runner = new ExperimentRunner(failing, RunOptions.of(2));
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> runner.run(List.of(plan), List.of(), INFO, RunMonitor.NONE));
        assertSame(boom.kind(), e.kind());
    }

    @Test
    void runToFileWritesTheResults() {
        ExperimentPlan plan = Experiments.plan(Protocols.mrk97_07(), 4);
        Path target = dir.resolve("run.json");
        RunResults r = new ExperimentRunner(ExperimentRunnerTest::fake, RunOptions.of(1)).runToFile(List.of(plan),
                List.of(), INFO, RunMonitor.NONE, target);
        RunResults back = ResultsFile.read(target);
        assertEquals(r.experiments().get(0).inSilico(), back.experiments().get(0).inSilico());
        assertEquals("test", back.provenance().synplastVersion());
        assertEquals(0.025, back.provenance().dtMs());
    }
}
