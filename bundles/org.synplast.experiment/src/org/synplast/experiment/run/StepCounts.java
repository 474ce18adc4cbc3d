package org.synplast.experiment.run;

import java.util.Locale;

import org.synplast.experiment.plan.ProtocolSchedule;

/**
 * Where the time of a pair's protocol run went: per phase (baseline, induction, after
 * induction), the steps of dt solved, the long and medium steps solved through calm and slow
 * stretches and the steps of dt they covered, and the steps of dt skipped as quiescent (held or
 * relaxed). Filled by
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
    private final long[] longSteps = new long[Phase.values().length];
    private final long[] longCovered = new long[Phase.values().length];
    private final long[] skipped = new long[Phase.values().length];

    /**
     * @param phase        the phase
     * @param fixedSteps   steps of dt solved
     * @param longSolved   long and medium steps solved
     * @param longCoverage steps of dt those steps covered
     * @param skippedSteps steps of dt skipped
     */
    void add(Phase phase, long fixedSteps, long longSolved, long longCoverage, long skippedSteps) {
        solved[phase.ordinal()] += fixedSteps + longSolved;
        longSteps[phase.ordinal()] += longSolved;
        longCovered[phase.ordinal()] += longCoverage;
        skipped[phase.ordinal()] += skippedSteps;
    }

    /** @return steps solved in {@code phase}, of dt, long or medium */
    public long solved(Phase phase) {
        return solved[phase.ordinal()];
    }

    /** @return steps of dt covered by the solved steps of {@code phase} */
    public long covered(Phase phase) {
        return solved[phase.ordinal()] - longSteps[phase.ordinal()] + longCovered[phase.ordinal()];
    }

    /** @return steps skipped as quiescent in {@code phase} */
    public long skipped(Phase phase) {
        return skipped[phase.ordinal()];
    }

    /** @return steps solved in all phases, of dt, long or medium */
    public long solved() {
        long sum = 0;
        for (long s : solved) {
            sum += s;
        }
        return sum;
    }

    /**
     * @param dtMs the step [ms]
     * @return one line per phase: biological time, solved steps (of dt, long or medium, as the
     *         time fixed steps would take for as many) and the time held
     */
    public String describe(double dtMs) {
        StringBuilder out = new StringBuilder();
        for (Phase p : Phase.values()) {
            long total = covered(p) + skipped(p);
            out.append(String.format(Locale.ROOT,
                    "%s%-9s %8.2f s: %9d steps solved (%.1f %% of its steps of dt; %d long or medium steps covering %.2f s), %.2f s held",
                    out.length() == 0 ? "" : "\n", p.name().toLowerCase(Locale.ROOT) + ":", total * dtMs * 1e-3,
                    solved(p), total == 0 ? 0 : 100.0 * solved(p) / total, longSteps[p.ordinal()],
                    longCovered[p.ordinal()] * dtMs * 1e-3, skipped(p) * dtMs * 1e-3));
        }
        return out.toString();
    }
}
