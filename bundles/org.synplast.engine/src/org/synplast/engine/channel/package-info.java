/**
 * The BBP/Hay ion-channel library of ../shared/reference/channels.md as vectorised
 * {@link org.synplast.engine.mechanism.DensityMechanism}s: NaTa_t, NaTs2_t, NaTg
 * ({@link org.synplast.engine.channel.NaT}), Nap_Et2, K_Pst, K_Tst, SKv3_1, SK_E2, Ca_HVA and
 * Ca_HVA2 ({@link org.synplast.engine.channel.CaHva}), Ca_LVAst, Ih, Im, and the calcium pools
 * CaDynamics_E2 and CaDynamics_DC0. {@link org.synplast.engine.channel.ChannelLibrary} lists
 * them by NMODL suffix.
 *
 * <p>Conventions (as the NMODL sources, so that exported NMODL matches): mechanism names are the
 * NMODL suffixes and parameter names the RANGE names without suffix (e.g. {@code gNaTa_tbar},
 * {@code vshiftm}, {@code gamma}); temperature enters only through the hard-coded
 * {@link org.synplast.engine.channel.Rates#QT} = 2.3^1.3 (celsius is not read); gates start at
 * their steady state and advance by exponential Euler ({@code cnexp}); rates are evaluated
 * exactly with the analytic limits at removable singularities; Ca channels are ohmic with eca
 * from the Nernst equation wherever a pool writes cai. No allocation in the time loop.
 *
 * <p>Units: v [mV], τ [ms], ḡ [S/cm²], currents [mA/cm²] outward positive, concentrations [mM],
 * lengths [µm].
 */
package org.synplast.engine.channel;
