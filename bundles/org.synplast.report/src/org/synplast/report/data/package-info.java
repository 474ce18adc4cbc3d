/**
 * The data a report shows, as immutable records independent of how a run produced them: a
 * statistic with its standard error ({@link org.synplast.report.data.MeanSem}), the EPSP time
 * course across a protocol, the in silico vs in vitro comparison of one experiment, a pair's
 * synaptic traces and a sweep grid.
 *
 * <p>Arrays are copied on construction, not on access: treat returned arrays as read-only. Units
 * are in the component names: {@code Min} minutes, {@code Ms} milliseconds, {@code Mv}
 * millivolts, {@code Hz} hertz, {@code MicroM} µM.
 */
package org.synplast.report.data;
