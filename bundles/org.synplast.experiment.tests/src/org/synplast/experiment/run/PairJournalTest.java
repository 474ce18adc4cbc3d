package org.synplast.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.plan.Experiments;
import org.synplast.experiment.plan.Protocols;
import org.synplast.experiment.plan.SweepPlan;
import org.synplast.experiment.readout.PairStatus;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.ResultsFile;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;

/**
 * Pair journals: a stopped run resumed from its journal, shards filling one journal and a run
 * grown to more pairs give the numbers of one uninterrupted run, and only pairs of the same plan,
 * options and build are taken from it.
 */
class PairJournalTest {

    private static final RunInfo INFO = new RunInfo("test", "build-1", Map.of("x.synplast", "00"));

    /** An experiment of seven pairs and a sweep of two points of four: 15 pairs, three shards of five. */
    private static final ExperimentPlan SEVEN_PAIRS = Experiments.plan(Protocols.mrk97_07(), 7);
    private static final SweepPlan TWO_POINTS = new SweepPlan("dt", Experiments.plan(Protocols.mrk97_08(), 4),
            new double[0], new double[0], new double[] {-10, 5});
    /** A pair simulation that fails the test if it is asked for any pair. */
    private static final PairSimulation NEVER = job -> {
        throw new AssertionError("pair " + job.pair() + " of " + job.plan().name() + " simulated");
    };

    @TempDir
    Path dir;

    /** A pair simulation without the engine that counts its calls: ratio 1 + index/10 + plan's Δt/1000. */
    private static final class Fake implements PairSimulation {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public PairResult simulate(PairJob job) {
            calls.incrementAndGet();
            double r = 1 + job.pair() / 10.0 + job.plan().protocol().induction().deltaTMs() / 1000;
            return new PairResult(job.pair(), PairStatus.VALID, 0, new double[0], 0, Double.NaN, new double[] {1},
                    new double[] {r}, 1, r, r, List.of(), null);
        }
    }

    /** Cancels once {@code after} pairs are done. */
    private static RunMonitor cancelAfter(int after) {
        AtomicInteger done = new AtomicInteger();
        return new RunMonitor() {
            @Override
            public void begin(int totalWork) {
            }

            @Override
            public void worked(int work) {
                done.addAndGet(work);
            }

            @Override
            public boolean isCanceled() {
                return done.get() >= after;
            }
        };
    }

    /** The results without provenance, as JSON text. */
    private String numbers(RunResults r, String name) throws IOException {
        Path f = dir.resolve(name);
        ResultsFile.write(f, new RunResults(r.formatVersion(), null, r.experiments(), r.sweeps()));
        return Files.readString(f);
    }

    private Path journal() {
        return dir.resolve("journal");
    }

    /** The engine, not a fake: a run stopped after two pairs and resumed gives the uninterrupted run's numbers. */
    @Test
    void aStoppedRunResumedFromItsJournalGivesTheUninterruptedNumbers() throws IOException {
        ExperimentPlan plan = Experiments.plan(Protocols.quick(2, 2, 10), 3);
        SweepPlan sweep = new SweepPlan("dt", Experiments.plan(Protocols.quick(2, 2, 10), 2), new double[0],
                new double[0], new double[] {-10, 10});
        RunOptions options = RunOptions.of(2);
        RunResults straight = new ExperimentRunner(new PairSimulator(), options).run(List.of(plan), List.of(sweep),
                INFO, RunMonitor.NONE);
        try (PairJournal journal = PairJournal.open(journal(), "a.jsonl")) {
            assertThrows(CancellationException.class, () -> new ExperimentRunner(new PairSimulator(), options)
                    .run(List.of(plan), List.of(sweep), INFO, cancelAfter(2), journal));
        }
        RunResults resumed;
        try (PairJournal journal = PairJournal.open(journal(), "a.jsonl")) {
            int kept = journal.size();
            assertTrue(kept >= 2 && kept < 7, "the pairs finished before the stop are kept: " + kept);
            resumed = new ExperimentRunner(new PairSimulator(), RunOptions.of(1)).run(List.of(plan), List.of(sweep),
                    INFO, RunMonitor.NONE, journal);
            assertEquals(kept, resumed.provenance().resumedPairs());
            assertEquals(7, journal.size());
        }
        assertEquals(numbers(straight, "straight.json"), numbers(resumed, "resumed.json"));
    }

    @Test
    void shardsFillOneJournalWithEveryPairOnce() throws IOException {
        ExperimentPlan a = SEVEN_PAIRS;
        SweepPlan sweep = TWO_POINTS;
        RunOptions options = RunOptions.of(2);
        Fake fake = new Fake();
        ExperimentRunner runner = new ExperimentRunner(fake, options);
        int[] missing = new int[4];
        RunResults last = null;
        for (int k = 1; k <= 3; k++) {
            try (PairJournal journal = PairJournal.open(journal(), "shard-" + k + ".jsonl")) {
                Optional<RunResults> r = runner.run(List.of(a), List.of(sweep), INFO, RunMonitor.NONE, journal,
                        new Shard(k, 3));
                missing[k] = runner.missing(List.of(a), List.of(sweep), INFO, journal);
                assertEquals(k == 3, r.isPresent(), "results once the journal holds every pair");
                last = r.orElse(null);
            }
        }
        assertEquals(15, fake.calls.get(), "every pair simulated by exactly one shard");
        assertEquals(List.of(10, 5, 0), List.of(missing[1], missing[2], missing[3]), "blocks of 5, 5 and 5 pairs");
        assertEquals(10, last.provenance().resumedPairs(), "the other shards' pairs");
        RunResults assembled;
        try (PairJournal journal = PairJournal.open(journal(), "check.jsonl")) {
            assembled = new ExperimentRunner(NEVER, options).run(List.of(a), List.of(sweep), INFO, RunMonitor.NONE,
                    journal);
        }
        RunResults straight = new ExperimentRunner(new Fake(), options).run(List.of(a), List.of(sweep), INFO,
                RunMonitor.NONE);
        assertEquals(numbers(straight, "straight.json"), numbers(assembled, "assembled.json"));
        assertEquals(numbers(straight, "straight.json"), numbers(last, "last.json"));
        assertEquals(15, assembled.provenance().resumedPairs());
    }

    /** A run looked at halfway: every plan over the pairs kept for it so far, nothing simulated, nothing written. */
    @Test
    void theKeptPairsAreResultsWithoutSimulatingAnything() throws IOException {
        ExperimentPlan a = SEVEN_PAIRS;
        SweepPlan sweep = TWO_POINTS;
        RunOptions options = RunOptions.of(2);
        try (PairJournal journal = PairJournal.open(journal(), "shard-2.jsonl")) {
            new ExperimentRunner(new Fake(), options).run(List.of(a), List.of(sweep), INFO, RunMonitor.NONE, journal,
                    new Shard(2, 3));
        }
        ExperimentRunner runner = new ExperimentRunner(NEVER, options);
        try (PairJournal journal = PairJournal.read(journal())) {
            RunResults kept = runner.kept(List.of(a), List.of(sweep), INFO, journal);
            assertEquals(5, kept.provenance().resumedPairs(), "the block of pairs 5 to 9 of 15");
            assertEquals(10, runner.missing(List.of(a), List.of(sweep), INFO, journal));
            List<ExperimentResult> points = kept.sweeps().get(0).points().stream().map(SweepResult.Point::result)
                    .toList();
            assertEquals(List.of(5, 6), kept.experiments().get(0).pairs().stream().map(PairResult::index).toList());
            assertEquals(List.of(0, 1, 2), points.get(0).pairs().stream().map(PairResult::index).toList());
            assertEquals(List.of(), points.get(1).pairs());
            assertEquals(1 + 0.5 + Protocols.mrk97_07().induction().deltaTMs() / 1000,
                    kept.experiments().get(0).pairs().get(0).ratio(), 0, "pair 5 as the simulation gave it");
            assertEquals(2, kept.experiments().get(0).inSilico().n());
            assertEquals(0, points.get(1).inSilico().n());
            PairResult any = kept.experiments().get(0).pairs().get(0);
            assertThrows(IllegalStateException.class, () -> journal.record("f", "a", 1, any));
        }
        try (Stream<Path> files = Files.list(journal())) {
            assertEquals(List.of("shard-2.jsonl"), files.map(f -> f.getFileName().toString()).toList(),
                    "reading writes nothing");
        }
    }

    @Test
    void aRunGrownToMorePairsSimulatesOnlyTheNewOnes() throws IOException {
        Fake fake = new Fake();
        ExperimentRunner runner = new ExperimentRunner(fake, RunOptions.of(1));
        try (PairJournal journal = PairJournal.open(journal(), "a.jsonl")) {
            runner.run(List.of(Experiments.plan(Protocols.mrk97_07(), 3)), List.of(), INFO, RunMonitor.NONE, journal);
        }
        RunResults grown;
        try (PairJournal journal = PairJournal.open(journal(), "a.jsonl")) {
            grown = runner.run(List.of(Experiments.plan(Protocols.mrk97_07(), 5)), List.of(), INFO, RunMonitor.NONE,
                    journal);
        }
        assertEquals(5, fake.calls.get(), "3, then the 2 new pairs");
        RunResults straight = new ExperimentRunner(new Fake(), RunOptions.of(1))
                .run(List.of(Experiments.plan(Protocols.mrk97_07(), 5)), List.of(), INFO, RunMonitor.NONE);
        assertEquals(numbers(straight, "straight.json"), numbers(grown, "grown.json"));
    }

    @Test
    void onlyPairsOfTheSamePlanOptionsBuildAndFileContentsAreTaken() {
        ExperimentPlan plan = Experiments.plan(Protocols.mrk97_07(), 2);
        RunOptions options = RunOptions.of(1);
        String base = PairJournal.fingerprint(plan, options, INFO);
        assertEquals(base, PairJournal.fingerprint(Experiments.plan(Protocols.mrk97_07(), 9), options, INFO),
                "the pair count is not part of it");
        assertEquals(base, PairJournal.fingerprint(plan, RunOptions.of(2), INFO), "nor the thread count");
        assertEquals(base, PairJournal.fingerprint(plan, options, new RunInfo("test", "build-1",
                Map.of("/elsewhere/x.synplast", "00"))), "nor where the files are");
        List<String> others = List.of(
                PairJournal.fingerprint(Experiments.plan(Protocols.mrk97_08(), 2), options, INFO),
                PairJournal.fingerprint(plan, new RunOptions(1, 0.0125, TraceOptions.NONE), INFO),
                PairJournal.fingerprint(plan, options.withSkipping(QuiescenceSkipping.OFF), INFO),
                PairJournal.fingerprint(plan, new RunOptions(1, 0.025, new TraceOptions(new int[] {0}, 5,
                        TraceOptions.Window.INDUCTION)), INFO),
                PairJournal.fingerprint(plan, options, new RunInfo("test", "build-2", INFO.sourceSha256())),
                PairJournal.fingerprint(plan, options, new RunInfo("test", "build-1", Map.of("x.synplast", "01"))));
        others.forEach(f -> assertNotEquals(base, f));
        assertEquals(others.size(), others.stream().distinct().count());
    }

    @Test
    void aLastLineCutShortIsIgnoredAndCutOffAnyOtherBadLineIsAnError() throws IOException {
        Path folder = Files.createDirectories(journal());
        PairResult pair = new Fake().simulate(new PairJob(Experiments.plan(Protocols.mrk97_07(), 1), 0, 0.025,
                TraceOptions.NONE, () -> false, QuiescenceSkipping.DEFAULT));
        try (PairJournal journal = PairJournal.open(folder, "a.jsonl")) {
            journal.record("f", "mrk97_07", 1.5, pair);
        }
        String line = Files.readString(folder.resolve("a.jsonl"));
        Files.writeString(folder.resolve("a.jsonl"), line + line.substring(0, 40), StandardCharsets.UTF_8);
        try (PairJournal journal = PairJournal.open(folder, "a.jsonl")) {
            assertEquals(1, journal.size());
            assertEquals(1.5, journal.find("f", 0).orElseThrow().cpuSeconds());
            assertEquals("mrk97_07", journal.find("f", 0).orElseThrow().experiment());
            journal.record("g", "mrk97_07", 2, pair);
        }
        assertEquals(2, Files.readAllLines(folder.resolve("a.jsonl")).size(), "the cut line was cut off first");

        Files.writeString(folder.resolve("b.jsonl"), "{\"fingerprint\": \"f\"\n" + line, StandardCharsets.UTF_8);
        ExperimentException e = assertThrows(ExperimentException.class, () -> PairJournal.open(folder, "a.jsonl"));
        assertTrue(e.getMessage().startsWith(folder.resolve("b.jsonl") + ":1: not a pair journal entry"),
                e.getMessage());
    }
}
