/**
 * The charts of a run ({@link org.synplast.report.chart.Charts}) and their export to PNG and SVG
 * ({@link org.synplast.report.chart.ChartExport}). Charts are plain JFreeChart objects, so the IDE
 * can show them as they are; exports are written atomically.
 */
package org.synplast.report.chart;
