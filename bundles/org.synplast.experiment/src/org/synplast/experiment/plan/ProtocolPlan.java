package org.synplast.experiment.plan;

import org.synplast.engine.synapse.Conditions;
import org.synplast.engine.synapse.Switches;
import org.synplast.experiment.ExperimentException;

/**
 * An induction protocol (model.md §5): the cell rests for {@code restMs}, then baseline test
 * spikes, induction bursts, post-induction test spikes; the ratio of the EPSPs after and before
 * is read out. {@link ProtocolSchedule} expands it into exact event times.
 *
 * @param name        the protocol's name, for reports
 * @param conditions  [Ca²⁺]o, [Mg²⁺]o and temperature, applied to the cell and every synapse
 * @param switches    blockers (NMDA, VDCC, MK-801 as γd = 0); the calibration mode
 *                    {@code fullRelease} is not a protocol setting
 * @param restMs      time at rest before the first test spike [ms], ≥ 0
 * @param baseline    test spikes before induction
 * @param induction   the pairing bursts
 * @param after       test spikes after induction
 * @param readOut     the EPSP measure and how many EPSPs per phase enter the ratio
 * @param fastForward snap ρ, U_SE and gmax_AMPA to their final values at the end of induction
 *                    (on for the paper's experiments)
 */
public record ProtocolPlan(String name, Conditions conditions, Switches switches, double restMs, TestPulses baseline,
        Induction induction, TestPulses after, ReadOut readOut, boolean fastForward) {

    /** Default rest before the first test spike [ms]: VDCC gates start at 0 and relax within ~100 ms. */
    public static final double DEFAULT_REST_MS = 500;

    /** Validates the parts and their consistency. */
    public ProtocolPlan {
        ExperimentException.require(name != null && !name.isBlank(), "protocol name", "non-blank", name);
        ExperimentException.require(conditions != null, "conditions", "set", null);
        ExperimentException.require(switches != null, "switches", "set", null);
        ExperimentException.require(!switches.fullRelease(), "protocol switches", "without the calibration mode "
                + "fullRelease", switches);
        ExperimentException.require(restMs >= 0 && Double.isFinite(restMs), "rest [ms]", "non-negative", restMs);
        ExperimentException.require(baseline != null && induction != null && after != null && readOut != null,
                "baseline, induction, after, read-out", "set", name);
        ExperimentException.require(readOut.lastN() <= baseline.count(), "read-out EPSP count",
                "at most the " + baseline.count() + " baseline test spikes", readOut.lastN());
        ExperimentException.require(readOut.lastN() <= after.count(), "read-out EPSP count",
                "at most the " + after.count() + " post-induction test spikes", readOut.lastN());
        ExperimentException.require(readOut.windowMs() < Math.min(baseline.periodMs(), after.periodMs()),
                "EPSP window [ms]", "shorter than the test spike periods", readOut.windowMs());
    }

    /**
     * @param newInduction the induction to use instead
     * @return a copy with that induction
     */
    public ProtocolPlan withInduction(Induction newInduction) {
        return new ProtocolPlan(name, conditions, switches, restMs, baseline, newInduction, after, readOut, fastForward);
    }

    /**
     * @param newConditions the conditions to use instead
     * @return a copy under those conditions
     */
    public ProtocolPlan withConditions(Conditions newConditions) {
        return new ProtocolPlan(name, newConditions, switches, restMs, baseline, induction, after, readOut, fastForward);
    }

    /**
     * @param newName a name
     * @return a renamed copy
     */
    public ProtocolPlan withName(String newName) {
        return new ProtocolPlan(newName, conditions, switches, restMs, baseline, induction, after, readOut, fastForward);
    }
}
