package org.synplast.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.synplast.experiment.run.PairJournal;

/**
 * Keeps two runs from appending to one pair journal file at once, which would interleave their
 * lines (and the second, opening the file, would cut off the first's unfinished line): an
 * exclusive lock on {@code .FILE.lock} beside the file, held from before the journal is opened
 * until the run ends, and released by the operating system if the process dies. The lock file
 * stays; it is not a journal file ({@link PairJournal} reads {@code *.jsonl} only).
 */
final class JournalLock implements AutoCloseable {

    private final FileChannel channel;

    private JournalLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the lock of a journal file, creating the folder if needed.
     *
     * @param folder the journal's folder
     * @param file   the file this process appends to
     * @return the lock, to be closed when the run ends
     * @throws UserError when another run holds it, or the lock file cannot be written
     */
    static JournalLock take(Path folder, String file) {
        Path lockFile = folder.resolve("." + file + ".lock");
        FileLock lock;
        try {
            Files.createDirectories(folder);
            lock = lockOrClose(FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UserError("cannot lock the pair journal file " + folder.resolve(file) + " (through "
                    + lockFile + "): " + RunSettings.reason(e));
        }
        if (lock == null) {
            throw new UserError("another run appends to " + folder.resolve(file) + " (it holds " + lockFile
                    + "): wait for it to end, or split the pairs between processes with --shard K/N, "
                    + "each of which appends to a file of its own");
        }
        return new JournalLock(lock.channel());
    }

    /** The channel's lock, or null (the channel closed) when another process or run holds it. */
    private static FileLock lockOrClose(FileChannel channel) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            channel.close();
            return null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel, and with the process at the latest.
        }
    }
}
