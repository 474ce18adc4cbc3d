/**
 * SynPlast's reports: charts of runs and sweeps rendered with JFreeChart to PNG and SVG
 * ({@link org.synplast.report.chart}), and self-contained HTML reports
 * ({@link org.synplast.report.html}) from the records of {@link org.synplast.report.data}. No SWT:
 * the IDE reuses the charts through AWT images or SVG.
 *
 * <p>This package holds {@link org.synplast.report.AtomicFiles}: every file a report writes appears
 * complete or not at all.
 */
package org.synplast.report;
