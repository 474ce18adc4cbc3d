package org.synplast.engine.quiescence;

import org.synplast.engine.cable.Simulation;

/**
 * Skips quiescent intervals of a {@link Simulation}. Called after every fixed step, it compares
 * every compartment's voltage and [Ca]i with a snapshot taken one window earlier; after
 * {@link QuiescenceSettings#quietWindows()} quiet windows in a row the cell is at a fixed point of
 * the step map within the tolerances, and if the caller's next activity is far enough ahead the
 * simulation {@link Simulation#hold holds} the cable and channels until it (the held cell is at
 * its fixed point, so stepping the last stretch before an activity would not move it), while the
 * point processes (synapses) advance over the gap at the held voltage: AMPA/NMDA and
 * VDCC gates by their exact exponentials, [Ca]i, c*, ρ, U_SE and gmax_AMPA by the synapse's own
 * integrator in substeps (c* threshold crossings located within them).
 *
 * <p>The error of holding is that of the residual transient: a mode with time constant τ moving
 * less than the tolerance per window has an amplitude below tolerance·τ/window, which the held
 * run keeps instead of letting decay; the pair simulation's tests bound its effect on EPSPs and ρ.
 *
 * <p>The state at the latest such hold is the cell's resting state. Later, once the cell is back
 * near it (every voltage within {@link QuiescenceSettings#restVoltageMv()}, every other state
 * variable within {@link QuiescenceSettings#restTolerance()} of its scale, {@link Simulation#isNear})
 * and the next activity is at least
 * {@link QuiescenceSettings#restGapMs()} ahead, the cell is {@link Simulation#relax relaxed}: set to
 * rest and held. A stepped run would decay from that small deviation towards the same rest over
 * the gap (the cell is linear that close to a stable fixed point), so relaxing errs by the part of
 * the deviation that would survive the gap, far below the tolerance when the gap spans many of the
 * cell's slowest time constants; the synapses see the resting voltage over the gap instead of the
 * decaying one. This skips the long, slow tail of every EPSP that the stillness criterion waits for.
 *
 * <p>Where the cell is neither still nor near rest but calm (no voltage moved more than
 * {@link QuiescenceSettings#calmVoltageMv()} over the last window) and the gap is long, the
 * simulation takes {@link Simulation#advance(int) long steps} of
 * {@link QuiescenceSettings#longStepMs()} window by window, checking after each window: the
 * scheme is implicit and its gates exponential, so it is stable at any step, and its error on
 * slow decays (after-hyperpolarisations, the seconds-long recovery of inactivating gates after a
 * burst) is first order in the step; the pair simulation's tests bound its effect.
 *
 * <p>Where the cell is not calm but slow (no voltage moved more than
 * {@link QuiescenceSettings#slowVoltageMv()} over the last window) and the next activity is at
 * least {@link QuiescenceSettings#mediumGapMs()} ahead, the next window is taken in
 * medium steps of {@link QuiescenceSettings#mediumStepMs()} by the same scheme: the stretches
 * between the pairings of a burst, after each action potential has repolarised, which are too
 * short or too busy for long steps (the voltage still moving by up to a millivolt per
 * millisecond).
 * Not thread-safe; allocates only when it takes a resting state.
 */
public final class QuiescenceMonitor {

    private static final Runnable NOTHING = () -> { };

    private final Simulation sim;
    private final QuiescenceSettings settings;
    private final double[] v;
    private final double[] cai;
    private final double[] snapshotV;
    private final double[] snapshotCai;
    private final int windowSteps;
    private final int longStepFactor;
    private final int mediumStepFactor;
    private int sinceSnapshot;
    private int quiet;
    private Simulation.CellState rest;
    private long relaxations;
    private long heldSteps;
    private long holds;
    private long longSteps;

    /**
     * @param sim      the simulation, initialised before the first {@link #afterStep}
     * @param settings tolerances and margins
     */
    public QuiescenceMonitor(Simulation sim, QuiescenceSettings settings) {
        this.sim = sim;
        this.settings = settings;
        this.v = sim.membrane().v();
        this.cai = sim.membrane().ions().cai();
        this.snapshotV = new double[v.length];
        this.snapshotCai = new double[cai.length];
        this.windowSteps = (int) Math.max(1, Math.round(settings.windowMs() / sim.dt()));
        this.longStepFactor = stepFactor(windowSteps, settings.longStepMs() / sim.dt());
        this.mediumStepFactor = stepFactor(windowSteps, settings.mediumStepMs() / sim.dt());
        reset();
    }

    /** Forgets the quiet history (e.g. after re-initialising the simulation). */
    public void reset() {
        sinceSnapshot = 0;
        quiet = 0;
        snapshot();
    }

    /**
     * After each window: holds or relaxes the cell over the gap to the next activity where it may,
     * else, while the cell is calm (or slow) and the gap allows, takes long (or medium) steps window
     * by window.
     *
     * @param nextActivityMs the time of the next activity (event, stimulus onset, state change by
     *                       the caller) [ms]; the current time or earlier when busy now
     * @return the number of steps of {@link Simulation#dt()} covered by holding, long or medium
     *         steps (0 when fixed stepping goes on)
     */
    public long afterStep(double nextActivityMs) {
        return afterStep(nextActivityMs, NOTHING);
    }

    /**
     * {@link #afterStep(double)}, telling an observer after every long or medium step.
     *
     * @param nextActivityMs the time of the next activity [ms]
     * @param afterLongStep  run after every long or medium step (e.g. to track a peak)
     * @return the number of steps of {@link Simulation#dt()} covered by holding, long or medium steps
     */
    public long afterStep(double nextActivityMs, Runnable afterLongStep) {
        if (++sinceSnapshot < windowSteps) {
            return 0;
        }
        long covered = 0;
        while (true) {
            quiet = isStill() ? quiet + 1 : 0;
            double moved = largestVoltageChange();
            snapshot();
            sinceSnapshot = 0;
            double gap = nextActivityMs - settings.marginMs() - sim.time();
            if (gap >= settings.minimumGapMs()) {
                long steps = (long) Math.floor((nextActivityMs - sim.time()) / sim.dt() + 1e-9);
                if (rest != null && gap >= settings.restGapMs()
                        && sim.isNear(rest, settings.restVoltageMv(), settings.restTolerance())) {
                    sim.relax(rest, steps, settings.substepMs());
                    relaxations++;
                    return covered + held(steps);
                }
                if (quiet >= settings.quietWindows()) {
                    rest = sim.cellState();
                    sim.hold(steps, settings.substepMs());
                    return covered + held(steps);
                }
            }
            int factor = factorFor(moved, gap, nextActivityMs - sim.time());
            if (factor == 1) {
                return covered;
            }
            for (int k = 0; k < windowSteps; k += factor) {
                sim.advance(factor);
                afterLongStep.run();
                longSteps++;
            }
            covered += windowSteps;
        }
    }

    /**
     * @param movedMv the largest voltage change over the last window [mV]
     * @param gapMs   the time to the margin before the next activity [ms]
     * @param aheadMs the time to the next activity [ms]
     * @return the long step's factor where the cell is calm, the medium step's where it is slow,
     *         each where the time ahead allows; else 1
     */
    private int factorFor(double movedMv, double gapMs, double aheadMs) {
        if (longStepFactor > 1 && settings.calmVoltageMv() > 0 && movedMv <= settings.calmVoltageMv()
                && gapMs >= settings.minimumGapMs()) {
            return longStepFactor;
        }
        if (mediumStepFactor > 1 && settings.slowVoltageMv() > 0 && movedMv <= settings.slowVoltageMv()
                && aheadMs >= settings.mediumGapMs()) {
            return mediumStepFactor;
        }
        return 1;
    }

    private long held(long steps) {
        heldSteps += steps;
        holds++;
        return steps;
    }

    /** @return the steps held so far */
    public long heldSteps() {
        return heldSteps;
    }

    /** @return the number of gaps held so far (relaxed ones included) */
    public long holds() {
        return holds;
    }

    /** @return the long and medium steps taken so far */
    public long longSteps() {
        return longSteps;
    }

    /** @return the number of gaps over which the cell was relaxed to rest */
    public long relaxations() {
        return relaxations;
    }

    /** @return the largest change of any compartment's voltage over the window [mV] */
    private double largestVoltageChange() {
        double moved = 0;
        for (int c = 0; c < v.length; c++) {
            moved = Math.max(moved, Math.abs(v[c] - snapshotV[c]));
        }
        return moved;
    }

    private boolean isStill() {
        double tolV = settings.voltageToleranceMv();
        double tolCa = settings.calciumRelativeTolerance();
        for (int c = 0; c < v.length; c++) {
            if (Math.abs(v[c] - snapshotV[c]) > tolV || Math.abs(cai[c] - snapshotCai[c]) > tolCa * Math.abs(cai[c])) {
                return false;
            }
        }
        return true;
    }

    /** @return the largest divisor of the window's steps not above the given step's, at least 1 */
    private static int stepFactor(int windowSteps, double stepSteps) {
        int factor = (int) Math.max(1, Math.min(windowSteps, Math.floor(stepSteps + 1e-9)));
        while (windowSteps % factor != 0) {
            factor--;
        }
        return factor;
    }

    private void snapshot() {
        System.arraycopy(v, 0, snapshotV, 0, v.length);
        System.arraycopy(cai, 0, snapshotCai, 0, cai.length);
    }
}
