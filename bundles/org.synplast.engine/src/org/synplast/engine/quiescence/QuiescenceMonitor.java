package org.synplast.engine.quiescence;

import org.synplast.engine.cable.Simulation;

/**
 * Skips quiescent intervals of a {@link Simulation}. Called after every fixed step, it compares
 * every compartment's voltage and [Ca]i with a snapshot taken one window earlier; after
 * {@link QuiescenceSettings#quietWindows()} quiet windows in a row the cell is at a fixed point of
 * the step map within the tolerances, and if the caller's next activity is far enough ahead the
 * simulation {@link Simulation#hold holds} the cable and channels until the margin before it,
 * while the point processes (synapses) advance over the gap at the held voltage: AMPA/NMDA and
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
 * Not thread-safe; allocates only when it takes a resting state.
 */
public final class QuiescenceMonitor {

    private final Simulation sim;
    private final QuiescenceSettings settings;
    private final double[] v;
    private final double[] cai;
    private final double[] snapshotV;
    private final double[] snapshotCai;
    private final int windowSteps;
    private int sinceSnapshot;
    private int quiet;
    private Simulation.CellState rest;
    private long relaxations;
    private long heldSteps;
    private long holds;

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
        reset();
    }

    /** Forgets the quiet history (e.g. after re-initialising the simulation). */
    public void reset() {
        sinceSnapshot = 0;
        quiet = 0;
        snapshot();
    }

    /**
     * @param nextActivityMs the time of the next activity (event, stimulus onset, state change by
     *                       the caller) [ms]; the current time or earlier when busy now
     * @return the number of steps held (0 when stepping goes on)
     */
    public long afterStep(double nextActivityMs) {
        if (++sinceSnapshot < windowSteps) {
            return 0;
        }
        quiet = isStill() ? quiet + 1 : 0;
        snapshot();
        sinceSnapshot = 0;
        double dt = sim.dt();
        double gap = nextActivityMs - settings.marginMs() - sim.time();
        if (gap < settings.minimumGapMs()) {
            return 0;
        }
        long steps = (long) Math.floor(gap / dt + 1e-9);
        if (rest != null && gap >= settings.restGapMs()
                && sim.isNear(rest, settings.restVoltageMv(), settings.restTolerance())) {
            sim.relax(rest, steps, settings.substepMs());
            relaxations++;
        } else if (quiet >= settings.quietWindows()) {
            rest = sim.cellState();
            sim.hold(steps, settings.substepMs());
        } else {
            return 0;
        }
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

    /** @return the number of gaps over which the cell was relaxed to rest */
    public long relaxations() {
        return relaxations;
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

    private void snapshot() {
        System.arraycopy(v, 0, snapshotV, 0, v.length);
        System.arraycopy(cai, 0, snapshotCai, 0, cai.length);
    }
}
