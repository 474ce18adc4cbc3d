package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.experiment.results.ResultsFile;
import org.synplast.experiment.results.RunResults;

/**
 * {@code synplast suite} on a tiny suite written into a temporary folder beside a copy of the
 * repository's {@code dsl-examples/lib}: two study files on the library's ball-and-stick cell
 * (fixed postsynaptic current so nothing is calibrated, a protocol of about 3 s), with two
 * experiments, a sweep base, a 1 × 2 frequency × Δt sweep at 2.0 and at 1.2 mM, and two distance
 * bands.
 */
class SuiteCommandTest {

    private static final String PAIRING = """
            package tinysuite.pairing

            import "../lib/ballstick.synplast"
            import lib.*

            protocol quick {
                baseline {
                    period = 500 ms
                    pulses = 2
                }
                induction {
                    pre_spikes = 1
                    post_spikes = 1
                    frequency = 10 Hz
                    dt = 10 ms
                    sweeps = 1
                    sweep_period = 500 ms
                    post_current = 1 nA
                }
                after {
                    period = 500 ms
                    pulses = 2
                }
                readout {
                    last = 2
                }
            }

            experiment quick_plus10 {
                connection = BallStick_BallStick
                protocol = quick
                pairs = 3
                seed = 1
                role = training
                in_vitro {
                    mean = 1.2013
                    sem = 0.0626
                    n = 6
                    citation = "a test expectation"
                }
                paper_in_silico = 1.117783
                test = welch
                alpha = 0.05
            }

            experiment quick_again {
                connection = BallStick_BallStick
                protocol = quick
                pairs = 3
                seed = 2
            }
            """;

    private static final String SWEEPS = """
            package tinysuite.sweeps

            import "../lib/ballstick.synplast"
            import "a_pairing.synplast"
            import lib.*
            import tinysuite.pairing.*

            experiment grid_base {
                connection = BallStick_BallStick
                protocol = quick
                pairs = 3
                seed = 3
            }

            sweep grid_2mM {
                experiment = grid_base
                induction {
                    frequency = [10 Hz]
                    dt = [-10 ms, 10 ms]
                }
                conditions.ca_o = 2.0 mM
            }

            sweep grid_1mM2 extends grid_2mM {
                conditions.ca_o = 1.2 mM
            }

            experiment band_0_100um {
                connection = BallStick_proximal
                protocol = quick
                pairs = 3
                seed = 4
            }

            experiment band_100_200um {
                connection = BallStick_distal
                protocol = quick
                pairs = 3
                seed = 5
            }
            """;

    private static final List<String> OUTPUTS = List.of("results.json", "experiments.csv", "pairs.csv", "sweeps.csv",
            "distance.csv", "report.html", "reproduction.md", "ratios.png", "ratios.svg", "heatmaps.png",
            "heatmaps.svg", "distance.png", "distance.svg");

    @TempDir
    Path dir;

    /** The command's exit code and streams. */
    private record Outcome(int exitCode, String out, String err) {
    }

    private Path suite() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        try (Stream<Path> files = Files.list(ChindemiSuitePlanTest.examples().resolve("lib"))) {
            for (Path f : files.toList()) {
                Files.copy(f, lib.resolve(f.getFileName().toString()));
            }
        }
        Path folder = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(folder.resolve("a_pairing.synplast"), PAIRING, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b_sweeps.synplast"), SWEEPS, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("notes.txt"), "not a study file: ignored", StandardCharsets.UTF_8);
        return folder;
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SynPlastCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void runsEveryExperimentAndSweepOfTheFolderIntoOneReport() throws IOException {
        Path folder = suite();
        Path out = dir.resolve("report");
        Outcome r = run("suite", folder.toString(), "--pairs", "2", "--threads", "2", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(OUTPUTS.stream().sorted().toList(), list(out), "every output and nothing else");
        String[] err = r.err().split("\\R");
        assertTrue(err[0].contains("0/16 pairs"), "one progress bar over 4 experiments, 4 grid points, 2 pairs each: "
                + r.err());
        assertTrue(err[err.length - 1].startsWith("16 pairs in "), r.err());
        assertTrue(r.out().contains("quick_plus10") && r.out().contains("grid_1mM2, [Ca²⁺]o = 1.2 mM: mean EPSP ratio"),
                r.out());

        String csv = Files.readString(out.resolve("experiments.csv"));
        List<String> names = csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(List.of("quick_plus10", "quick_again", "band_0_100um", "band_100_200um"), names,
                "every experiment of every file, in file order; the sweep base runs as grid points only");
        String a = "a_pairing.synplast";
        assertTrue(csv.contains("," + a + ",training,1.117783\n"), csv);
        assertTrue(csv.contains("," + a + ",held_out,\n"), csv);
        assertEquals(5, Files.readAllLines(out.resolve("sweeps.csv")).size(), "header and 2 x 2 grid points");
        List<String> distance = Files.readAllLines(out.resolve("distance.csv"));
        assertEquals(3, distance.size(), distance.toString());
        assertTrue(distance.get(1).startsWith("band,band_0_100um,0,100,"), distance.toString());
        assertTrue(distance.get(2).startsWith("band,band_100_200um,100,200,"), distance.toString());

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>In silico table</h2>"), "the table");
        assertTrue(html.contains("<tr><td>quick_plus10</td><td class=\"text\">" + a + "</td><td class=\"text\">"
                + "BallStick_BallStick</td><td class=\"text\">amplitude</td><td class=\"text\">training</td>"), html);
        assertTrue(html.contains("<td>1.201 ± 0.063 (6)</td><td>p "), "in vitro mean ± SEM (n) and Welch p");
        assertTrue(html.contains("</td><td>1.118</td></tr>"), "the paper's in silico value");
        assertTrue(html.contains("<tr><td>pairs per condition</td><td>2 (--pairs; the files ask for 3)</td></tr>"),
                "the --pairs override is recorded");
        assertTrue(html.contains("<h2>EPSP ratio against synapse path distance</h2>"));
        assertTrue(html.matches("(?s).*<h2>Synapse outcomes by dendrite</h2>.*<tr><td>quick_plus10</td><td class=\"text\">"
                + "(basal|apical)</td>.*"), "where plasticity happened, from the pairs' synapse records");
        assertEquals(3, html.split("<svg ", -1).length - 1, "ratio bars, the heat-map pair, the distance plot");
        assertFalse(html.matches("(?s).*(src|href)=\"(?!#).*"), "self-contained");

        String heat = Files.readString(out.resolve("heatmaps.svg"));
        assertTrue(heat.contains("[Ca²⁺]o = 2 mM") && heat.contains("[Ca²⁺]o = 1.2 mM"), "both calcium panels");
        assertTrue(heat.indexOf("[Ca²⁺]o = 2 mM") < heat.indexOf("[Ca²⁺]o = 1.2 mM"), "2.0 mM left of 1.2 mM");
        assertTrue(Files.readString(out.resolve("distance.svg")).contains("synapse path distance from the soma"));

        String md = Files.readString(out.resolve("reproduction.md"));
        assertTrue(md.startsWith("## Latest run\n\nProduced by `./synplast suite " + folder + " --pairs 2 --threads 2 "
                + "--out " + out + "` with SynPlast " + Execution.VERSION), md);
        assertTrue(md.contains("- Pairs per condition: 2 (--pairs; the files ask for 3)\n"), md);
        assertTrue(md.contains("- Pairs: 16, all simulated on 2 threads, time step 0.025 ms\n"), md);
        assertTrue(md.contains("- Wall time: "), md);
        assertTrue(md.contains("| quick_plus10 | " + a + " | BallStick_BallStick | amplitude | training | "), md);
        assertTrue(md.contains("![heatmaps](heatmaps.svg)") && md.contains("![distance](distance.svg)"), md);
        assertFalse(Files.readString(out.resolve("results.json")).contains("\"trace\":{"),
                "no traces: the suite's report draws none");
    }

    /** The numbers of a run's results file, without its provenance (wall time, threads, resumed pairs). */
    private static String numbers(Path out, Path copy) throws IOException {
        RunResults r = ResultsFile.read(out.resolve("results.json"));
        ResultsFile.write(copy, new RunResults(r.formatVersion(), null, r.experiments(), r.sweeps()));
        return Files.readString(copy);
    }

    /**
     * Two shards fill one journal; the one that completes it writes the report, with the numbers of
     * an uninterrupted run; a later run with --resume takes every pair from the journal.
     */
    @Test
    void shardsFillOneJournalAndTheShardThatCompletesItWritesTheReport() throws IOException {
        Path folder = suite();
        Path straight = dir.resolve("straight");
        Outcome once = run("suite", folder.toString(), "--pairs", "2", "--out", straight.toString());
        assertEquals(ExitCodes.OK, once.exitCode(), once.err());
        Path out = dir.resolve("sharded");
        Path journal = out.resolve("journal");

        Outcome first = run("suite", folder.toString(), "--pairs", "2", "--threads", "2", "--shard", "1/2", "--out",
                out.toString());
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.err().startsWith("journal " + journal + ": 0 pairs kept"), first.err());
        assertTrue(first.err().contains("0/8 pairs"), "half of the 16 pairs: " + first.err());
        assertTrue(first.err().contains("shard 1/2 done; the run's other 8 pairs are not in " + journal + " yet"),
                first.err());
        assertEquals(List.of("journal"), list(out), "no report before every pair is in the journal");
        assertEquals(List.of(".shard-1-of-2.jsonl.lock", "shard-1-of-2.jsonl"), list(journal));
        interimReportOfTheFirstShard(folder, straight, out);

        Outcome second = run("suite", folder.toString(), "--pairs", "2", "--threads", "2", "--shard", "2/2", "--out",
                out.toString());
        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        assertTrue(second.err().startsWith("journal " + journal + ": 8 pairs kept, 8 of them this run's\n"),
                second.err());
        assertTrue(second.err().contains("0/8 pairs"), second.err());
        assertTrue(list(out).containsAll(OUTPUTS), list(out).toString());
        assertEquals(numbers(straight, dir.resolve("a.json")), numbers(out, dir.resolve("b.json")));
        String md = Files.readString(out.resolve("reproduction.md"));
        assertTrue(md.contains("--shard 2/2` with SynPlast"), md);
        assertTrue(md.contains("- Pairs: 16, 8 simulated on 2 threads, 8 taken from the pair journal (simulated by "
                + "earlier or parallel runs), time step 0.025 ms\n"), md);
        assertTrue(md.contains(" h) of the process that wrote this report\n"), md);

        Outcome again = run("suite", folder.toString(), "--pairs", "2", "--resume", "--out", out.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.err().startsWith("journal " + journal + ": 16 pairs kept, 16 of them this run's\n"),
                again.err());
        assertTrue(again.err().contains("0/0 pairs"), "nothing simulated: " + again.err());
        assertEquals(numbers(straight, dir.resolve("a.json")), numbers(out, dir.resolve("c.json")));

        Outcome reseeded = run("suite", folder.toString(), "--pairs", "1", "--seed", "99", "--resume", "--out",
                out.toString());
        assertEquals(ExitCodes.OK, reseeded.exitCode(), reseeded.err());
        assertTrue(reseeded.err().startsWith("journal " + journal + ": 16 pairs kept, 0 of them this run's\n"
                + "synplast: warning: no pair in " + journal + " is this run's (they were simulated by another "
                + "build, or with other files, options or parameters), so every pair is simulated\n"), reseeded.err());
        assertTrue(reseeded.err().contains("0/8 pairs"), reseeded.err());

        Outcome bad = run("suite", folder.toString(), "--shard", "3/2", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("--shard must be K/N with 1 <= K <= N, e.g. 3/10, was 3/2"), bad.err());
    }

    /**
     * Halfway (the first shard's 8 pairs are the four experiments'), --interim reports the kept
     * pairs into interim/ without simulating: the experiments as in the straight run, the grid
     * points without pairs.
     */
    private void interimReportOfTheFirstShard(Path folder, Path straight, Path out) throws IOException {
        Path shard = out.resolve("journal").resolve("shard-1-of-2.jsonl");
        Files.write(shard, Files.readAllLines(shard).stream().map(l -> l.replaceFirst("\"cpuSeconds\":[^,]+,",
                "\"cpuSeconds\":" + (l.contains("\"experiment\":\"quick_") ? 3600 : 36000) + ",")).toList());
        Outcome interim = run("suite", folder.toString(), "--pairs", "2", "--interim", "--out", out.toString());
        assertEquals(ExitCodes.OK, interim.exitCode(), interim.err());
        Path report = out.resolve("interim");
        assertEquals("the 8 missing pairs: about 8.0 CPU-hours, each at the mean CPU time of the kept pairs of its "
                + "condition, or where none is kept yet, of its pathway, or of all (19800.0 CPU-s)\n"
                + "interim report of 8 of 16 pairs kept so far; wrote " + report.resolve("report.html"),
                interim.err().strip(), "with CPU times set to 1 h for the quick_* pairs and 10 h for the bands' pairs, "
                        + "the grid points' pairs cost the 1 h of the experiments on their pathway (BallStick_BallStick)");
        assertEquals(List.of("interim", "journal"), list(out), "no report of the run itself");
        assertEquals(OUTPUTS.stream().sorted().toList(), list(report));
        RunResults kept = ResultsFile.read(report.resolve("results.json"));
        assertEquals(experimentsOnly(ResultsFile.read(straight.resolve("results.json")), "d.json"),
                experimentsOnly(kept, "e.json"), "the kept pairs are the straight run's");
        assertTrue(kept.sweeps().stream().flatMap(s -> s.points().stream()).allMatch(p -> p.result().pairs().isEmpty()),
                "no grid point's pair is kept yet");
        assertEquals(8, kept.provenance().resumedPairs());
        String md = Files.readString(report.resolve("reproduction.md"));
        assertTrue(md.contains("- Pairs per condition: 2 (--pairs; the files ask for 3); an interim report of the "
                + "journal: 8 of 16 pairs kept so far, each condition over its own (n)\n"), md);
        assertTrue(md.contains("- Pairs: 8, all taken from the pair journal (simulated by earlier or parallel "
                + "runs), time step"), md);

        Outcome sharded = run("suite", folder.toString(), "--interim", "--shard", "1/2", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, sharded.exitCode(), sharded.err());
        assertTrue(sharded.err().contains("--interim simulates nothing, so it takes no --shard"), sharded.err());
        Outcome none = run("suite", folder.toString(), "--interim", "--out", dir.resolve("none").toString());
        assertEquals(ExitCodes.USER_ERROR, none.exitCode(), none.err());
        assertEquals("synplast: no pair journal in " + dir.resolve("none").resolve("journal") + ": --interim reports "
                + "the pairs kept by runs with --resume or --shard into the same --out, or with the same --journal",
                none.err().strip());
    }

    /**
     * A journal outside the output directory (--journal) keeps a run's pairs for a run into another
     * output directory, which simulates nothing and reports the same numbers; --interim reads it; a
     * run given more pairs first says what the missing ones will cost.
     */
    @Test
    void aJournalOfItsOwnCarriesTheRunFromOneOutputDirectoryToAnother() throws IOException {
        Path folder = suite();
        Path journal = dir.resolve("kept");
        Path first = dir.resolve("first");
        Outcome once = run("suite", folder.toString(), "--pairs", "1", "--journal", journal.toString(), "--out",
                first.toString());
        assertEquals(ExitCodes.OK, once.exitCode(), once.err());
        assertTrue(once.err().startsWith("journal " + journal + ": 0 pairs kept"), once.err());
        assertEquals(OUTPUTS.stream().sorted().toList(), list(first), "no journal/ in the output directory");
        assertEquals(List.of(".resumed.jsonl.lock", "resumed.jsonl"), list(journal));
        assertEquals(8, lines(journal.resolve("resumed.jsonl")), "4 experiments and 4 grid points, 1 pair each");
        assertTrue(Files.readString(first.resolve("reproduction.md")).contains(" --pairs 1 --out " + first + " --journal "
                + journal + "` with SynPlast"),
                "the command as given");

        Path second = dir.resolve("second");
        Outcome again = run("suite", folder.toString(), "--pairs", "1", "--journal", journal.toString(), "--out",
                second.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.err().startsWith("journal " + journal + ": 8 pairs kept, 8 of them this run's\n"),
                again.err());
        assertTrue(again.err().contains("0/0 pairs"), "nothing simulated: " + again.err());
        assertEquals(numbers(first, dir.resolve("f.json")), numbers(second, dir.resolve("g.json")));

        Path third = dir.resolve("third");
        Outcome interim = run("suite", folder.toString(), "--pairs", "1", "--interim", "--journal", journal.toString(),
                "--out", third.toString());
        assertEquals(ExitCodes.OK, interim.exitCode(), interim.err());
        assertTrue(interim.err().startsWith("interim report of 8 of 8 pairs kept so far; wrote "), interim.err());
        assertEquals(List.of("interim"), list(third));

        double cpu = Files.readAllLines(journal.resolve("resumed.jsonl")).stream()
                .mapToDouble(SuiteCommandTest::cpuSeconds).sum();
        Outcome more = run("suite", folder.toString(), "--pairs", "2", "--journal", journal.toString(), "--out",
                third.toString());
        assertEquals(ExitCodes.OK, more.exitCode(), more.err());
        assertTrue(more.err().startsWith(String.format(Locale.ROOT, "journal %s: 8 pairs kept, 8 of them this run's%n"
                + "the 8 missing pairs: about %.1f CPU-hours, each at the mean CPU time of the kept pairs of its "
                + "condition, or where none is kept yet, of its pathway, or of all (%.1f CPU-s)%n", journal,
                cpu / 3600, cpu / 8)), more.err());
        assertTrue(more.err().contains("0/8 pairs"), "only the new pairs: " + more.err());
    }

    /**
     * A run is refused, before it opens the journal file, while another holds that file, in this
     * process or in another one; a shard, which appends to a file of its own, is not; and the lock
     * goes with the process that held it.
     */
    @Test
    void aSecondRunAppendingToTheJournalFileAnotherRunHoldsIsRefused() throws IOException, InterruptedException {
        Path folder = suite();
        Path journal = Files.createDirectories(dir.resolve("kept"));
        Path lockFile = journal.resolve(".resumed.jsonl.lock");
        String refusal = "synplast: another run appends to " + journal.resolve("resumed.jsonl") + " (it holds "
                + lockFile + "): wait for it to end, or split the pairs between processes with --shard K/N, each "
                + "of which appends to a file of its own";
        Path out = dir.resolve("o");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            Outcome r = run("suite", folder.toString(), "--pairs", "1", "--journal", journal.toString(), "--out",
                    out.toString());
            assertEquals(ExitCodes.USER_ERROR, r.exitCode(), r.err());
            assertEquals(refusal, r.err().strip());
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Files.writeString(dir.resolve("Hold.java"), """
                        public class Hold {
                            public static void main(String[] args) throws Exception {
                                try (var channel = java.nio.channels.FileChannel.open(java.nio.file.Path.of(args[0]),
                                        java.nio.file.StandardOpenOption.WRITE); var lock = channel.lock()) {
                                    System.out.println("holding");
                                    System.in.read();
                                }
                            }
                        }
                        """).toString(), lockFile.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            assertEquals("holding", holder.inputReader().readLine());
            Outcome r = run("suite", folder.toString(), "--pairs", "1", "--journal", journal.toString(), "--out",
                    out.toString());
            assertEquals(refusal, r.err().strip());
            assertEquals(List.of(".resumed.jsonl.lock"), list(journal), "the journal file not even opened");
            assertFalse(Files.exists(out.resolve("results.json")));
            Outcome shard = run("suite", folder.toString(), "--pairs", "1", "--shard", "1/2", "--journal",
                    journal.toString(), "--out", out.toString());
            assertEquals(ExitCodes.OK, shard.exitCode(), shard.err());
        } finally {
            holder.destroy();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        Outcome after = run("suite", folder.toString(), "--pairs", "1", "--journal", journal.toString(), "--out",
                out.toString());
        assertEquals(ExitCodes.OK, after.exitCode(), after.err());
        assertTrue(after.err().startsWith("journal " + journal + ": 4 pairs kept, 4 of them this run's\n"),
                after.err());
    }

    /** @return the CPU time a journal line records */
    private static double cpuSeconds(String journalLine) {
        return Double.parseDouble(journalLine.replaceAll(".*\"cpuSeconds\":([^,]+),.*", "$1"));
    }

    /** The experiments of a results file as JSON, without provenance or sweeps. */
    private String experimentsOnly(RunResults r, String name) throws IOException {
        Path copy = dir.resolve(name);
        ResultsFile.write(copy, new RunResults(r.formatVersion(), null, r.experiments(), List.of()));
        return Files.readString(copy);
    }

    @Test
    void aBrokenFileStopsTheSuiteWithItsPositionBeforeAnythingIsWritten() throws IOException {
        Path folder = suite();
        Files.writeString(folder.resolve("c_broken.synplast"), "package broken\n\nsynapse NoUnit {\n"
                + "    tau_ca = 12\n}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("never");
        Outcome r = run("suite", folder.toString(), "--pairs", "1", "--out", out.toString());
        assertEquals(ExitCodes.USER_ERROR, r.exitCode(), r.err());
        String[] lines = r.err().split("\\R");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("synplast: " + folder.resolve("c_broken.synplast") + ":4:14: error: "),
                lines[0]);
        assertFalse(Files.exists(out), "nothing written, not even the output directory");
    }

    @Test
    void aFolderWithoutStudiesOrNoFolderIsAUserError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Outcome none = run("suite", empty.toString(), "--out", dir.resolve("o").toString());
        assertEquals(ExitCodes.USER_ERROR, none.exitCode());
        assertEquals("synplast: no .synplast files in " + empty, none.err().strip());
        Outcome missing = run("suite", dir.resolve("absent").toString());
        assertEquals("synplast: folder not found: " + dir.resolve("absent"), missing.err().strip());
        Path file = Files.writeString(dir.resolve("one.synplast"), PAIRING);
        Outcome notFolder = run("suite", file.toString());
        assertTrue(notFolder.err().startsWith("synplast: not a folder: " + file), notFolder.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void twoFilesDefiningOneNameAreAUserError() throws IOException {
        Path folder = suite();
        Files.writeString(folder.resolve("c_copy.synplast"), PAIRING.replace("package tinysuite.pairing",
                "package tinysuite.copy"), StandardCharsets.UTF_8);
        Outcome r = run("suite", folder.toString(), "--pairs", "1", "--out", dir.resolve("o").toString());
        assertEquals(ExitCodes.USER_ERROR, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("synplast: two experiments or sweeps are called quick_plus10"), r.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    /**
     * Runs the command on its own thread until {@code started} holds for its stderr so far, then
     * stops it by interrupting the thread (which stops the runner as Ctrl-C's cancellation does).
     *
     * @return its exit code and stderr
     */
    private static Outcome stopOnceStarted(Predicate<String> started, String... args) throws InterruptedException,
            IOException {
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread command = new Thread(() -> code.set(SynPlastCli.execute(args, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true))), "suite-under-test");
        command.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!started.test(err.toString())) {
            assertTrue(command.isAlive() && System.nanoTime() < deadline, "the run started: " + err);
            Thread.sleep(50);
        }
        command.interrupt();
        command.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(command.isAlive(), "the command stopped");
        return new Outcome(code.get(), "", err.toString());
    }

    /** Stopped, the suite exits with 3 and leaves the output directory empty. */
    @Test
    void aStoppedSuiteWritesNothing() throws IOException, InterruptedException {
        Path folder = suite();
        Path out = dir.resolve("stopped");
        Outcome r = stopOnceStarted(err -> err.contains("/400 pairs"), "suite", folder.toString(), "--pairs", "50",
                "--threads", "1", "--out", out.toString());
        assertEquals(ExitCodes.INTERRUPTED, r.exitCode(), r.err());
        assertTrue(r.err().contains("synplast: interrupted, no results written"), r.err());
        assertEquals(List.of(), list(out), "nothing written");
    }

    /** Stopped with --resume, the pairs finished until then stay in the journal, and the message says so. */
    @Test
    void aStoppedSuiteWithResumeKeepsItsFinishedPairs() throws IOException, InterruptedException {
        Path folder = suite();
        Path out = dir.resolve("stopped");
        Path file = out.resolve("journal").resolve("resumed.jsonl");
        Outcome r = stopOnceStarted(err -> lines(file) >= 2, "suite", folder.toString(), "--pairs", "50", "--threads",
                "1", "--resume", "--out", out.toString());
        assertEquals(ExitCodes.INTERRUPTED, r.exitCode(), r.err());
        assertTrue(r.err().contains("synplast: interrupted, no results written; the finished pairs are kept in "
                + out.resolve("journal") + ": run again with --resume to go on"), r.err());
        assertEquals(List.of("journal"), list(out), "only the journal");
        assertTrue(lines(file) >= 2);
    }

    /** @return the lines of a file, 0 while it does not exist */
    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
