/**
 * Per-synapse parameter generation of a connection (model.md §3.3): a Gaussian copula over
 * (U, D, F, Nrrp, gsyn, spine volume) with beta, gamma and shifted Poisson margins, the initial
 * efficacy ρ0 ~ Bernoulli(U) and the depressed/potentiated values derived from it.
 *
 * <p>{@link org.synplast.engine.sampling.PathwayPhysiology} holds the mean ± SD of a pathway, with
 * the table of model.md §3.4 as named constants. Units: conductances [nS], times [ms],
 * volumes [µm³].
 */
package org.synplast.engine.sampling;
