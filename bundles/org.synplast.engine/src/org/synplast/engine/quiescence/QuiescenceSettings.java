package org.synplast.engine.quiescence;

import org.synplast.engine.EngineException;

/**
 * When a cell counts as quiescent and how a quiescent gap is held (see {@link QuiescenceMonitor}).
 *
 * @param windowMs                 length of one comparison window [ms]
 * @param quietWindows             consecutive quiet windows required before holding
 * @param voltageToleranceMv       largest change of any compartment's voltage over a quiet window [mV]
 * @param calciumRelativeTolerance largest relative change of any compartment's [Ca]i over a quiet window
 * @param marginMs                 long steps stop this long before the next activity [ms] (holds go
 *                                 up to it: the held cell is at its fixed point)
 * @param minimumGapMs             shorter gaps are stepped [ms]
 * @param substepMs                longest substep of the point processes over a held gap [ms]
 * @param restVoltageMv            largest voltage difference from the resting state for relaxing to
 *                                 it [mV]
 * @param restTolerance            largest difference of any other state variable from the resting
 *                                 state, relative to its scale, for relaxing to it
 * @param restGapMs                shortest gap (to the margin before the next activity) over which
 *                                 the cell is relaxed to rest [ms]
 * @param longStepMs               step taken through calm stretches [ms]; at most one window, and
 *                                 not longer than the simulation's step turns long steps off
 * @param calmVoltageMv            largest change of any compartment's voltage over a window for the
 *                                 cell to count as calm [mV]; 0 turns long steps off
 * @param mediumStepMs             step taken through slow stretches that are not calm [ms]; at most
 *                                 one window, and not longer than the simulation's step turns
 *                                 medium steps off
 * @param slowVoltageMv            largest change of any compartment's voltage over a window for the
 *                                 cell to count as slow [mV]; 0 turns medium steps off
 * @param mediumGapMs              shortest time to the next activity for medium steps [ms] (a
 *                                 window of medium steps ends at least this less one window before it), at
 *                                 least one window
 */
public record QuiescenceSettings(double windowMs, int quietWindows, double voltageToleranceMv,
        double calciumRelativeTolerance, double marginMs, double minimumGapMs, double substepMs, double restVoltageMv,
        double restTolerance, double restGapMs, double longStepMs, double calmVoltageMv, double mediumStepMs,
        double slowVoltageMv, double mediumGapMs) {

    /**
     * The settings the pair simulation's accuracy tests justify: 1 ms windows, 20 quiet windows in
     * a row, voltage still to 1e−7 mV and calcium to 1e−8 (relative) per window, 5 ms margin, gaps
     * from 50 ms, 5 ms point-process substeps; relaxing to rest within 0.01 mV and 1 % of every
     * other state variable's scale over gaps from 1 s; long steps of 1 ms where no voltage moves
     * more than 0.05 mV per window; medium steps of 0.1 ms where none moves more than 1 mV per
     * window and the next activity is at least 2 ms away.
     */
    public static final QuiescenceSettings DEFAULT = new QuiescenceSettings(1, 20, 1e-7, 1e-8, 5, 50, 5, 0.01, 0.01,
            1000, 1, 0.05, 0.1, 1, 2);

    /** Validates. */
    public QuiescenceSettings {
        EngineException.require(windowMs > 0, "quiescence window [ms]", "positive", windowMs);
        EngineException.require(quietWindows >= 1, "quiet windows", ">= 1", quietWindows);
        EngineException.require(voltageToleranceMv >= 0, "voltage tolerance [mV]", "non-negative", voltageToleranceMv);
        EngineException.require(calciumRelativeTolerance >= 0, "calcium tolerance", "non-negative",
                calciumRelativeTolerance);
        EngineException.require(marginMs >= 0, "margin [ms]", "non-negative", marginMs);
        EngineException.require(minimumGapMs > 0, "minimum gap [ms]", "positive", minimumGapMs);
        EngineException.require(substepMs > 0, "substep [ms]", "positive", substepMs);
        EngineException.require(restVoltageMv >= 0, "rest voltage tolerance [mV]", "non-negative", restVoltageMv);
        EngineException.require(restTolerance >= 0, "rest tolerance", "non-negative", restTolerance);
        EngineException.require(restGapMs > 0, "rest gap [ms]", "positive", restGapMs);
        EngineException.require(longStepMs > 0 && longStepMs <= windowMs, "long step [ms]", "in (0, window]",
                longStepMs);
        EngineException.require(calmVoltageMv >= 0, "calm voltage change [mV]", "non-negative", calmVoltageMv);
        EngineException.require(mediumStepMs > 0 && mediumStepMs <= windowMs, "medium step [ms]", "in (0, window]",
                mediumStepMs);
        EngineException.require(slowVoltageMv >= 0, "slow voltage change [mV]", "non-negative", slowVoltageMv);
        EngineException.require(mediumGapMs >= windowMs, "medium-step gap [ms]", "at least one window", mediumGapMs);
    }

    /**
     * @param stepMs  the long step [ms]
     * @param calmMv  the calm voltage change per window [mV] (0: no long steps)
     * @return these settings with other long steps
     */
    public QuiescenceSettings withLongSteps(double stepMs, double calmMv) {
        return new QuiescenceSettings(windowMs, quietWindows, voltageToleranceMv, calciumRelativeTolerance, marginMs,
                minimumGapMs, substepMs, restVoltageMv, restTolerance, restGapMs, stepMs, calmMv, mediumStepMs,
                slowVoltageMv, mediumGapMs);
    }

    /**
     * @param stepMs the medium step [ms]
     * @param slowMv the slow voltage change per window [mV] (0: no medium steps)
     * @param gapMs  the shortest time to the next activity for medium steps [ms]
     * @return these settings with other medium steps
     */
    public QuiescenceSettings withMediumSteps(double stepMs, double slowMv, double gapMs) {
        return new QuiescenceSettings(windowMs, quietWindows, voltageToleranceMv, calciumRelativeTolerance, marginMs,
                minimumGapMs, substepMs, restVoltageMv, restTolerance, restGapMs, longStepMs, calmVoltageMv, stepMs,
                slowMv, gapMs);
    }

    /** @return these settings without medium steps: slow stretches that are not calm are taken in fixed steps */
    public QuiescenceSettings withoutMediumSteps() {
        return withMediumSteps(mediumStepMs, 0, mediumGapMs);
    }

    /**
     * @return these settings with long steps only: the cell is never held or relaxed (for runs
     *         that must see every state variable move, such as the peak of c* in calibration)
     */
    public QuiescenceSettings withoutHolds() {
        return new QuiescenceSettings(windowMs, Integer.MAX_VALUE, voltageToleranceMv, calciumRelativeTolerance,
                marginMs, minimumGapMs, substepMs, restVoltageMv, restTolerance, Double.POSITIVE_INFINITY, longStepMs,
                calmVoltageMv, mediumStepMs, slowVoltageMv, mediumGapMs);
    }

    /** @return these settings without long or medium steps: fixed steps wherever the cell is not held */
    public QuiescenceSettings withoutLongSteps() {
        return withLongSteps(windowMs, 0).withoutMediumSteps();
    }
}
