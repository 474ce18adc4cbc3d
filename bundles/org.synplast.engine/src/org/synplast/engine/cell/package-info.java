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
 * <p>Units: µm, µm², µS, µF/cm², Ω·cm, mV, °C.
 */
package org.synplast.engine.cell;
