/**
 * The experiment layer of SynPlast: turns immutable experiment plans into numbers comparable
 * with the literature. Subpackages: {@code plan} (protocols, connections, experiments, sweeps and
 * the exact event schedule), {@code readout} (EPSP amplitude and slope), {@code stats} (summary
 * statistics and Welch's t-test), {@code results} (results records and the JSON results file) and
 * {@code run} (pair simulation, calibration and the parallel runner). Errors are
 * {@link org.synplast.experiment.ExperimentException}s with an {@link org.synplast.experiment.ExperimentMessage}.
 *
 * <p>Units: time [ms], voltage [mV], current [nA], concentration [mM], path distance [µm],
 * frequency [Hz].
 */
package org.synplast.experiment;
