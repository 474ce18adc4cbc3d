/**
 * Cell descriptions and their discretisation: {@link org.synplast.engine.cell.CellModel}
 * (morphology, {@link org.synplast.engine.cell.Discretization} rule, per-region
 * {@link org.synplast.engine.cell.RegionProperties}, mechanism
 * {@link org.synplast.engine.cell.Insertion}s by region with parameters as functions of path
 * distance, temperature, v_init, spike threshold) and {@link org.synplast.engine.cell.Cell},
 * the immutable compartment tree built from it exactly as NEURON builds its nodes (areas, axial
 * resistances, zero-area end nodes, path distances) with the mechanisms resolved into
 * {@link org.synplast.engine.cell.MechanismPlacement}s.
 *
 * <p>Mechanism order: whatever the order of insertion, a cell's placements are in NEURON's
 * registration order ({@link org.synplast.engine.cell.Cell#REGISTRATION_ORDER}: built-ins
 * {@code pas}, {@code hh}, then the other names in C-locale {@code String} order, as
 * {@code nrnivmodl} registers the exported .mod files), and the simulation evaluates currents and
 * advances states in that order. The order matters where one mechanism reads what another
 * writes in the same step: NEURON updates the calcium pools {@code CaDynamics_*} before
 * {@code SK_E2} reads the new cai, and so does the engine.
 *
 * <p>Units: µm, µm², µS, µF/cm², Ω·cm, mV, °C.
 */
package org.synplast.engine.cell;
