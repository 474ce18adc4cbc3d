package org.synplast.experiment.results;

import org.synplast.engine.synapse.SynapseParameters;

/**
 * One synapse of a pair after the run.
 *
 * @param compartment    the compartment holding the spine
 * @param dendrite       BASAL or APICAL
 * @param pathDistanceUm its path distance from the soma [µm]
 * @param parameters     its drawn parameters
 * @param cPre           peak c* after one presynaptic spike [mM·ms]
 * @param cPost          peak c* after one postsynaptic spike [mM·ms], NaN without a somatic step
 * @param thetaD         depression threshold [mM·ms], +∞ without plasticity
 * @param thetaP         potentiation threshold [mM·ms], +∞ without plasticity
 * @param rhoFinal       efficacy ρ at the end of the run
 */
public record SynapseRecord(int compartment, String dendrite, double pathDistanceUm, SynapseParameters parameters,
        double cPre, double cPost, double thetaD, double thetaP, double rhoFinal) {
}
