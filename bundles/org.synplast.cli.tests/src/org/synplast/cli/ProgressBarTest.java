package org.synplast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final AtomicBoolean canceled = new AtomicBoolean();
    private final StringWriter text = new StringWriter();

    private ProgressBar bar(boolean interactive) {
        return new ProgressBar(new PrintWriter(text), canceled::get, interactive, now::get);
    }

    @Test
    void showsPairsDoneRateAndTimeLeft() {
        ProgressBar bar = bar(true);
        bar.begin(40);
        assertTrue(bar.line().endsWith(" 0/40 pairs  – pairs/s  ETA –"), bar.line());
        now.addAndGet(10 * SECOND);
        bar.worked(10);
        assertEquals("[=======>                      ] 10/40 pairs  1.00 pairs/s  ETA 30s", bar.line());
        now.addAndGet(30 * SECOND);
        bar.worked(30);
        assertEquals("[==============================] 40/40 pairs  1.00 pairs/s  ETA 0s", bar.line());
    }

    @Test
    void weighsTheTimeLeftByTheExpectedCostOfEachPair() {
        ProgressBar bar = bar(true);
        bar.expect(new double[] {1, 1, 4, 4});
        bar.begin(4);
        now.addAndGet(10 * SECOND);
        bar.worked(2);
        assertTrue(bar.line().endsWith(" 2/4 pairs  0.20 pairs/s  ETA 40s"), "8 cost units left, 2 took 10 s: "
                + bar.line());
        ProgressBar mismatched = bar(true);
        mismatched.expect(new double[] {1, 1, 4});
        mismatched.begin(4);
        mismatched.worked(2);
        now.addAndGet(10 * SECOND);
        assertTrue(mismatched.line().endsWith(" 2/4 pairs  0.20 pairs/s  ETA 10s"), "no weight per pair: units alike; "
                + mismatched.line());
    }

    @Test
    void redrawsInPlaceOnATerminalAndLogsLinesOtherwise() {
        ProgressBar interactive = bar(true);
        interactive.begin(3);
        now.addAndGet(SECOND);
        interactive.worked(1);
        interactive.finish();
        assertTrue(text.toString().startsWith("\r[") && text.toString().contains("\r[==========>"), text.toString());
        assertTrue(text.toString().endsWith(System.lineSeparator()));

        text.getBuffer().setLength(0);
        ProgressBar log = bar(false);
        log.begin(100);
        for (int i = 0; i < 99; i++) {
            now.addAndGet(SECOND / 10);
            log.worked(1);
        }
        log.worked(1);
        String[] lines = text.toString().split("\\R");
        assertFalse(text.toString().contains("\r"));
        assertEquals(2, lines.length, "a line at the start and one at the end within 10 s: " + text);
        assertTrue(lines[1].contains("100/100 pairs"), lines[1]);
    }

    @Test
    void passesTheCancellationRequestToTheRunner() {
        ProgressBar bar = bar(false);
        assertFalse(bar.isCanceled());
        canceled.set(true);
        assertTrue(bar.isCanceled());
    }

    @Test
    void formatsDurations() {
        assertEquals("42s", ProgressBar.duration(42.4));
        assertEquals("3m05s", ProgressBar.duration(185));
        assertEquals("1h02m", ProgressBar.duration(3720));
    }
}
