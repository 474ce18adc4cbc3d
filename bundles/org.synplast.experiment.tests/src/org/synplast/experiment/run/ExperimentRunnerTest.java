package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.Induction;
import org.synplast.experiment.plan.PostStimulus;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.Protocols;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.readout.PairStatus;
import org.synplast.experiment.results.ExperimentResult;
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

    /**
     * A plan whose postsynaptic pulse cannot be calibrated (a given 1 pA pulse fires no AP, so its
     * latencies cannot be measured) fails its pairs with the reason, counted apart and kept in the
     * results file; the other experiment of the run is complete.
     */
    @Test
    void aPairThatCannotBeCalibratedFailsAndTheRunGoesOn() {
        ProtocolPlan quick = Protocols.quick(2, 2, 10);
        ExperimentPlan impossible = Experiments.plan(quick.withName("impossible")
                .withInduction(withPost(quick.induction(), new PostStimulus.Given(3, 0.001))), 2);
        ExperimentPlan fine = Experiments.plan(quick, 2);
        Path target = dir.resolve("run.json");
        CountingMonitor m = new CountingMonitor(-1);
        RunResults r = new ExperimentRunner(new PairSimulator(), RunOptions.of(2)).runToFile(
                List.of(impossible, fine), List.of(), INFO, m, target);
        assertEquals(4, m.done);
        ExperimentResult failed = r.experiments().get(0);
        assertEquals(2, failed.failed());
        assertEquals(0, failed.valid());
        assertEquals(0, failed.inSilico().n());
        PairResult p = failed.pairs().get(1);
        assertEquals(PairStatus.FAILED, p.status());
        assertEquals(1, p.index());
        assertTrue(p.failure().startsWith("no burst of 2 pulses of 3.0 ms between 0.001 and 0.001 nA"), p.failure());
        assertEquals(List.of(p.failure()), failed.failures());
        ExperimentResult ok = r.experiments().get(1);
        assertEquals(0, ok.failed());
        assertEquals(2, ok.valid() + ok.dropped() + ok.invalid());
        ExperimentResult back = ResultsFile.read(target).experiments().get(0);
        assertEquals(2, back.failed());
        assertEquals(p.failure(), back.pairs().get(1).failure());
        assertEquals(PairStatus.FAILED, back.pairs().get(1).status());
    }

    private static Induction withPost(Induction i, PostStimulus post) {
        return new Induction(i.preSpikes(), i.postSpikes(), i.frequencyHz(), i.deltaTMs(), i.sweeps(),
                i.sweepPeriodMs(), post);
    }

    /** A failure that is not the experiment's (a bug) still fails the run. */
    @Test
    void anUnexpectedFailureFailsTheRun() {
        IllegalStateException boom = new IllegalStateException("boom");
        PairSimulation failing = job -> {
            if (job.pair() == 3) {
                throw boom;
            }
            return fake(job);
        };
        ExperimentPlan plan = Experiments.plan(Protocols.mrk97_07(), 6);
        ExperimentRunner runner = new ExperimentRunner(failing, RunOptions.of(2));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner.run(List.of(plan), List.of(), INFO, RunMonitor.NONE));
        assertTrue(e == boom || e.getCause() == boom, "the failure or its copy across threads: " + e);
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
