/**
 * Membrane mechanisms: the {@link org.synplast.engine.mechanism.DensityMechanism} contract
 * (vectorised over the compartments where a mechanism is inserted, NEURON's fixed-step order),
 * the shared {@link org.synplast.engine.mechanism.Membrane} and
 * {@link org.synplast.engine.mechanism.IonState} arrays, and the built-in
 * {@link org.synplast.engine.mechanism.Pas} and {@link org.synplast.engine.mechanism.Hh}.
 *
 * <p>Units: v [mV], current densities [mA/cm²] positive outward, conductance densities
 * [S/cm²], concentrations [mM], reversal potentials [mV], t and dt [ms], celsius [°C].
 *
 * <p>To add a channel: extend {@link org.synplast.engine.mechanism.AbstractDensityMechanism},
 * read parameters in the constructor, register states with {@code state(name)}, accumulate
 * current and conductance in {@code current}, add ionic currents to the ion arrays, and integrate
 * gates in {@code advance} by exponential Euler ({@code x += (1 − exp(−dt/τ))(x∞ − x)}); expose a
 * {@link org.synplast.engine.mechanism.MechanismKind} constant. A calcium pool returns true from
 * {@code writesCalcium()}, reads {@code ica} in {@code advance} and writes {@code cai}.
 */
package org.synplast.engine.mechanism;
