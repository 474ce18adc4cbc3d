package org.synplast.experiment.run;

import java.util.Locale;

import org.synplast.experiment.plan.ProtocolSchedule;

/**
 * Where the fixed steps of a pair's protocol run went: per phase (baseline, induction, after
 * induction), the steps solved and the steps skipped as quiescent. Filled by
 * {@link PairSimulator#simulate(PairJob, StepCounts)}; the benchmark's profile of where the cost of
 * a protocol lies. Not thread-safe.
 */
public final class StepCounts {

    /** A phase of the protocol. */
    public enum Phase {
        /** From the start to the first induction event. */
        BASELINE,
        /** From the start of induction to the fast-forward. */
        INDUCTION,
        /** From the fast-forward to the end. */
        AFTER;

        /**
         * @param schedule the pair's schedule
         * @param tMs      a time of the run [ms]
         * @return the phase the time belongs to
         */
        static Phase at(ProtocolSchedule schedule, double tMs) {
            return tMs < schedule.inductionStartMs() ? BASELINE : tMs < schedule.inductionEndMs() ? INDUCTION : AFTER;
        }
    }

    private final long[] solved = new long[Phase.values().length];
    private final long[] skipped = new long[Phase.values().length];

    void add(Phase phase, long solvedSteps, long skippedSteps) {
        solved[phase.ordinal()] += solvedSteps;
        skipped[phase.ordinal()] += skippedSteps;
    }

    /** @return steps solved in {@code phase} */
    public long solved(Phase phase) {
        return solved[phase.ordinal()];
    }

    /** @return steps skipped as quiescent in {@code phase} */
    public long skipped(Phase phase) {
        return skipped[phase.ordinal()];
    }

    /** @return steps solved in all phases */
    public long solved() {
        long sum = 0;
        for (long s : solved) {
            sum += s;
        }
        return sum;
    }

    /**
     * @param dtMs the step [ms]
     * @return one line per phase: biological time solved and skipped
     */
    public String describe(double dtMs) {
        StringBuilder out = new StringBuilder();
        for (Phase p : Phase.values()) {
            long total = solved(p) + skipped(p);
            out.append(String.format(Locale.ROOT, "%s%-9s %8.2f s solved of %8.2f s (%.1f %%)",
                    out.length() == 0 ? "" : "\n", p.name().toLowerCase(Locale.ROOT) + ":", solved(p) * dtMs * 1e-3,
                    total * dtMs * 1e-3, total == 0 ? 0 : 100.0 * solved(p) / total));
        }
        return out.toString();
    }
}
