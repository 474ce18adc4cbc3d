/**
 * The results model, {@link org.synplast.experiment.results.RunResults} (per experiment the
 * summary and Welch's test, per pair the EPSP series, synapse parameters, calibration peaks,
 * thresholds, final ρ and optional decimated traces; sweeps; provenance), and the versioned JSON
 * {@link org.synplast.experiment.results.ResultsFile}, written atomically.
 */
package org.synplast.experiment.results;
