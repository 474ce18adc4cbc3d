/**
 * EPSP read-out (model.md §5), computed on the fly from the somatic voltage:
 * {@link org.synplast.experiment.readout.EpspMeter} (amplitude max V in [s, s + 100 ms] − V(s),
 * spike detection in the window, mean traces for the slope), {@link org.synplast.experiment.readout.EpspSlope}
 * (30–75 % of the rising phase) and {@link org.synplast.experiment.readout.PairReadOut} (the EPSP
 * ratio over the last N EPSPs after vs before induction, and the pair's status).
 *
 * <p>Units: mV, ms, mV/ms.
 */
package org.synplast.experiment.readout;
