/**
 * The performance benchmark (issue 8): engine throughput and pair wall time with and without
 * quiescence skipping, as numbers for the CLI's {@code synplast bench}.
 */
package org.synplast.experiment.bench;
