/**
 * The calcium-based plastic glutamatergic synapse of Chindemi et al. 2022 (GluSynapse,
 * model.md §2–5) as a point process of the cable solver.
 *
 * <p>Configuration is immutable records: {@link org.synplast.engine.synapse.MechanismConstants}
 * (§3.1), {@link org.synplast.engine.synapse.PlasticityParameters} (the fitted set of §3.2),
 * {@link org.synplast.engine.synapse.SynapseParameters} (one synapse, §3.3),
 * {@link org.synplast.engine.synapse.Conditions} ([Ca²⁺]o, [Mg²⁺]o, temperature) and
 * {@link org.synplast.engine.synapse.Switches} (blockers, plasticity off, deterministic full release).
 * {@link org.synplast.engine.synapse.GluSynapse} holds the state and integrates it.
 *
 * <p>Units: v [mV], t [ms], conductances in records [nS] (internally [µS]), currents [nA] positive
 * outward, concentrations [mM], volumes [µm³], c* [mM·ms].
 */
package org.synplast.engine.synapse;
