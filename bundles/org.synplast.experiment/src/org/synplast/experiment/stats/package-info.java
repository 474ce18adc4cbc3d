/**
 * Statistics of an experiment (model.md §5): {@link org.synplast.experiment.stats.Summary}
 * (mean, SD, SEM, n) and {@link org.synplast.experiment.stats.WelchTest} (Welch's unequal-variance
 * t-test of in silico vs in vitro, in vitro SD = SEM·√n, and a {@link org.synplast.experiment.stats.Verdict}
 * at α).
 */
package org.synplast.experiment.stats;
