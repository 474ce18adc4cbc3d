/**
 * Immutable experiment plans, the engine-level description of what to run (no EMF):
 * {@link org.synplast.experiment.plan.ProtocolPlan} (conditions, test spikes, induction, read-out,
 * fast-forward), {@link org.synplast.experiment.plan.ConnectionPlan} (postsynaptic cell, synapse
 * count, placement, physiology, plasticity model), {@link org.synplast.experiment.plan.ExperimentPlan},
 * {@link org.synplast.experiment.plan.SweepPlan}, and the expansion of a protocol into event times,
 * {@link org.synplast.experiment.plan.ProtocolSchedule}.
 *
 * <p>Units are in the component names: ms, Hz, mM, µm, nA. Δt is the postsynaptic AP's somatic
 * −30 mV crossing minus the presynaptic spike; positive means pre before post.
 */
package org.synplast.experiment.plan;
