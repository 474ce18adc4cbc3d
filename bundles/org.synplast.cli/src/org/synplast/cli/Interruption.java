package org.synplast.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ctrl-C during a run: a shutdown hook asks the run to stop (through its {@link ProgressBar}'s
 * cancellation), waits until the command has cleaned up and reported, then ends the JVM with the
 * command's exit code (3 when the run was stopped). Without it the JVM would die mid-write.
 */
final class Interruption implements AutoCloseable {

    private static final long CLEANUP_S = 120;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicInteger exitCode = new AtomicInteger(ExitCodes.INTERRUPTED);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stop, "synplast-interrupt");

    private Interruption() {
    }

    /** Installs the hook for the duration of a run. */
    static Interruption install() {
        Interruption i = new Interruption();
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /** Returns whether the user asked to stop. */
    boolean requested() {
        return requested.get();
    }

    /**
     * Records the command's outcome; a waiting hook then ends the JVM with it.
     *
     * @param code the exit code
     */
    void finish(int code) {
        exitCode.set(code);
        finished.countDown();
    }

    private void stop() {
        requested.set(true);
        try {
            finished.await(CLEANUP_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.err.flush();
        Runtime.getRuntime().halt(exitCode.get());
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook ends it with the recorded exit code
        }
    }
}
