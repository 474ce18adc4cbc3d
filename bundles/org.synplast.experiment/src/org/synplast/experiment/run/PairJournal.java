package org.synplast.experiment.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.synplast.experiment.ExperimentException;
import org.synplast.experiment.ExperimentMessage;
import org.synplast.experiment.plan.ExperimentPlan;
import org.synplast.experiment.results.PairResult;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The finished pairs of a run, kept as they finish so that a stopped run (Ctrl-C, a crash, the end
 * of a batch job) can be resumed, and independent processes can each simulate a {@link Shard} of
 * one run: a folder of JSON-lines files, one entry per pair with the {@link #fingerprint} of what
 * produced it, its experiment's name and its CPU time. A pair's result depends only on its plan and index, so a pair taken from the
 * journal is the one a fresh run would compute, bit for bit (doubles are written in their
 * shortest round-trip form).
 *
 * <p>Every file {@code *.jsonl} of the folder is read; this journal appends to one of them, its
 * own (one per process, so processes sharing a folder never write the same file), and forces each
 * entry to the disk before the pair counts as done. A last line cut short by a crash is ignored
 * and cut off before appending; any other line that is not an entry is an error naming its file
 * and line. Thread-safe.
 */
public final class PairJournal implements AutoCloseable {

    /** The journal files' extension. */
    public static final String EXTENSION = ".jsonl";

    private static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    /**
     * One journal line.
     *
     * @param fingerprint the {@link #fingerprint} of the pair's plan, options and build
     * @param experiment  the name of the pair's experiment or sweep point, for the reader (pairs
     *                    are matched by the fingerprint alone)
     * @param cpuSeconds  the CPU time the pair took [s]
     * @param pair        the result
     */
    public record Entry(String fingerprint, String experiment, double cpuSeconds, PairResult pair) {
    }

    private final Map<String, Map<Integer, Entry>> entries = new HashMap<>();
    private final Path folder;
    private final FileChannel own;
    private final Path ownFile;

    private PairJournal(Path folder, Path ownFile, FileChannel own) {
        this.folder = folder;
        this.ownFile = ownFile;
        this.own = own;
    }

    /**
     * Reads every journal file of a folder, creating the folder if needed, and opens one for
     * appending.
     *
     * @param folder  the journal's folder
     * @param ownName the file this process appends to, ending in {@link #EXTENSION}
     * @return the journal
     * @throws ExperimentException when the folder or a file cannot be read or written, or a line
     *                             other than a file's last is not an entry
     */
    public static PairJournal open(Path folder, String ownName) {
        ExperimentException.require(ownName.endsWith(EXTENSION) && !ownName.contains("/"), "journal file name",
                "a file name ending in " + EXTENSION, ownName);
        Path ownFile = folder.resolve(ownName);
        PairJournal journal;
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(ownFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            channel.truncate(completeLength(channel));
            channel.position(channel.size());
            journal = new PairJournal(folder, ownFile, channel);
        } catch (IOException e) {
            throw new ExperimentException(e, ExperimentMessage.IO_ERROR, "use the pair journal", folder,
                    e.getMessage());
        }
        try {
            journal.refresh();
        } catch (ExperimentException e) {
            journal.close();
            throw e;
        }
        return journal;
    }

    /**
     * Reads every journal file of a folder, to look at the pairs kept so far (see
     * {@link ExperimentRunner#kept}); such a journal cannot {@link #record}.
     *
     * @param folder the journal's folder
     * @return the journal
     * @throws ExperimentException when the folder or a file cannot be read, or a line other than a
     *                             file's last is not an entry
     */
    public static PairJournal read(Path folder) {
        PairJournal journal = new PairJournal(folder, null, null);
        journal.refresh();
        return journal;
    }

    /**
     * Reads the folder's files again, for the pairs other processes kept since (the last line of a
     * file another process is writing may be cut short, and is ignored).
     *
     * @throws ExperimentException when a file cannot be read, or a line other than a file's last is
     *                             not an entry
     */
    public void refresh() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList()) {
                readEntries(f).forEach(this::put);
            }
        } catch (IOException e) {
            throw new ExperimentException(e, ExperimentMessage.IO_ERROR, "read the pair journal", folder,
                    e.getMessage());
        }
    }

    /** Reads the entries of one file, ignoring a last line cut short. */
    private static List<Entry> readEntries(Path file) throws IOException {
        List<Entry> read = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            for (int number = 1; line != null; number++) {
                String next = in.readLine();
                if (!line.isBlank()) {
                    try {
                        Entry e = GSON.fromJson(line, Entry.class);
                        ExperimentException.require(e != null && e.fingerprint() != null && e.pair() != null,
                                "entry", "a fingerprint and a pair", line.length() + " characters");
                        read.add(e);
                    } catch (RuntimeException e) { // Gson's parse errors, and the records' checks as Gson wraps them
                        if (next != null || endsWithNewline(file)) {
                            throw new ExperimentException(e, ExperimentMessage.JOURNAL_ENTRY, file, number,
                                    e.getMessage());
                        }
                    }
                }
                line = next;
            }
        }
        return read;
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            return c.size() > 0 && completeLength(c) == c.size();
        }
    }

    /** @return the length of the file up to and including its last newline */
    private static long completeLength(FileChannel c) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long at = c.size() - 1; at >= 0; at--) {
            one.clear();
            c.read(one, at);
            if (one.get(0) == '\n') {
                return at + 1;
            }
        }
        return 0;
    }

    private synchronized void put(Entry e) {
        entries.computeIfAbsent(e.fingerprint(), k -> new HashMap<>()).putIfAbsent(e.pair().index(), e);
    }

    /**
     * @param fingerprint the pair's {@link #fingerprint}
     * @param index       the pair's index
     * @return the kept pair, if any
     */
    public synchronized Optional<Entry> find(String fingerprint, int index) {
        Map<Integer, Entry> byIndex = entries.get(fingerprint);
        return Optional.ofNullable(byIndex == null ? null : byIndex.get(index));
    }

    /** @return the number of pairs kept */
    public synchronized int size() {
        return entries.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * Appends a finished pair to this process's file and forces it to the disk.
     *
     * @param fingerprint the pair's {@link #fingerprint}
     * @param experiment  the name of its experiment or sweep point
     * @param cpuSeconds  the CPU time it took [s]
     * @param pair        the result
     * @throws ExperimentException when the file cannot be written
     * @throws IllegalStateException when the journal was opened with {@link #read}
     */
    public synchronized void record(String fingerprint, String experiment, double cpuSeconds, PairResult pair) {
        if (own == null) {
            throw new IllegalStateException("the journal in " + folder + " was opened to be read only");
        }
        Entry e = new Entry(fingerprint, experiment, cpuSeconds, pair);
        byte[] line = (GSON.toJson(e) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                own.write(buffer);
            }
            own.force(false);
        } catch (IOException x) {
            throw new ExperimentException(x, ExperimentMessage.IO_ERROR, "append to", ownFile, x.getMessage());
        }
        put(e);
    }

    /**
     * What a pair's result depends on besides its index: the build and version, the step and
     * skipping settings, which pairs are traced, the content of every source file (its SHA-256,
     * wherever the files are, so that shards may see them under other paths) and every resolved
     * parameter of the plan except its pair count (so a run can grow to more pairs), as SHA-256.
     *
     * @param plan    the pair's experiment or sweep point
     * @param options how the run steps and traces
     * @param info    the build and the source files
     * @return the fingerprint, lower-case hex
     */
    public static String fingerprint(ExperimentPlan plan, RunOptions options, RunInfo info) {
        StringBuilder text = new StringBuilder();
        text.append("format ").append(FORMAT).append("\nversion ").append(info.synplastVersion())
                .append("\nbuild ").append(info.build()).append("\ndt ").append(options.dtMs())
                .append("\nskipping ").append(options.skipping()).append("\ntraces ")
                .append(java.util.Arrays.toString(options.traces().pairs())).append(' ')
                .append(options.traces().intervalMs()).append(' ').append(options.traces().window());
        info.sourceSha256().values().stream().sorted().forEach(v -> text.append("\nsource ").append(v));
        Map<String, String> parameters = PlanParameters.of(plan);
        parameters.remove(plan.name() + ".pairs");
        parameters.forEach((k, v) -> text.append("\nparameter ").append(k).append(' ').append(v));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public void close() {
        if (own == null) {
            return;
        }
        try {
            own.close();
        } catch (IOException e) {
            throw new ExperimentException(e, ExperimentMessage.IO_ERROR, "close", ownFile, e.getMessage());
        }
    }
}
