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
 * Not thread-safe; no allocation after construction.
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
        if (quiet < settings.quietWindows()) {
            return 0;
        }
        double dt = sim.dt();
        double gap = nextActivityMs - settings.marginMs() - sim.time();
        if (gap < settings.minimumGapMs()) {
            return 0;
        }
        long steps = (long) Math.floor(gap / dt + 1e-9);
        sim.hold(steps, settings.substepMs());
        heldSteps += steps;
        holds++;
        return steps;
    }

    /** @return the steps held so far */
    public long heldSteps() {
        return heldSteps;
    }

    /** @return the number of gaps held so far */
    public long holds() {
        return holds;
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
