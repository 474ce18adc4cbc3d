package org.synplast.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import org.synplast.experiment.run.RunMonitor;

/**
 * The run's progress on stderr: pairs done, rate and estimated time left (the work left weighed by
 * its expected cost where that is known, see {@link #expect}). On a terminal one line
 * redrawn in place a few times a second; otherwise (a log file, CI) a line every few seconds.
 */
final class ProgressBar implements RunMonitor {

    private static final int WIDTH = 30;
    private static final long REDRAW_NS = 200_000_000L;
    private static final long LOG_NS = 10_000_000_000L;

    private final PrintWriter err;
    private final BooleanSupplier canceled;
    private final boolean interactive;
    private final LongSupplier clock;
    private int total;
    private int done;
    private long startNs;
    private long lastDrawNs;
    private boolean finished;
    /** The expected cost of the first k units of work, k = 0 … total; null: units cost alike. */
    private double[] costBefore;

    /**
     * @param err         where to draw
     * @param canceled    whether the user asked to stop
     * @param interactive whether {@code err} is a terminal (redraw in place)
     * @param clock       nanosecond clock
     */
    ProgressBar(PrintWriter err, BooleanSupplier canceled, boolean interactive, LongSupplier clock) {
        this.err = err;
        this.canceled = canceled;
        this.interactive = interactive;
        this.clock = clock;
    }

    /**
     * Weighs the time left by what each unit of work is expected to cost instead of counting units
     * alike (a run's pairs differ in cost by the target cell); call before {@link #begin}, which
     * drops the weights unless there is one per unit.
     *
     * @param costs the expected cost of each unit, in the order the units finish (roughly)
     */
    void expect(double[] costs) {
        costBefore = new double[costs.length + 1];
        for (int i = 0; i < costs.length; i++) {
            costBefore[i + 1] = costBefore[i] + costs[i];
        }
    }

    @Override
    public void begin(int totalWork) {
        if (costBefore != null && costBefore.length != totalWork + 1) {
            costBefore = null;
        }
        total = totalWork;
        startNs = clock.getAsLong();
        lastDrawNs = startNs;
        draw();
    }

    @Override
    public void worked(int work) {
        done += work;
        long now = clock.getAsLong();
        if (done >= total || now - lastDrawNs >= (interactive ? REDRAW_NS : LOG_NS)) {
            lastDrawNs = now;
            draw();
        }
    }

    @Override
    public boolean isCanceled() {
        return canceled.getAsBoolean();
    }

    /** Ends the line drawn in place, once. */
    void finish() {
        if (interactive && !finished) {
            err.println();
        }
        finished = true;
        err.flush();
    }

    /** Returns the progress line, for example {@code [=====>     ] 12/40 pairs  2.0 pairs/s  ETA 14s}. */
    String line() {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        StringBuilder bar = new StringBuilder(WIDTH + 2).append('[');
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        bar.append(']');
        double seconds = (clock.getAsLong() - startNs) * 1e-9;
        String rate = done == 0 || seconds <= 0 ? "–" : String.format(Locale.ROOT, "%.2f", done / seconds);
        double leftPerDone = costBefore == null ? (double) (total - done) / done
                : (costBefore[total] - costBefore[done]) / costBefore[done];
        String eta = done == 0 || seconds <= 0 || !Double.isFinite(leftPerDone) ? "–" : duration(leftPerDone * seconds);
        return String.format(Locale.ROOT, "%s %d/%d pairs  %s pairs/s  ETA %s", bar, done, total, rate, eta);
    }

    private void draw() {
        if (interactive) {
            err.print("\r" + line() + "   ");
        } else {
            err.println(line());
        }
        err.flush();
    }

    /** Formats seconds as {@code 1h02m}, {@code 3m05s} or {@code 42s}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return s + "s";
    }
}
