package org.synplast.report.html;

import org.jfree.chart.JFreeChart;

/**
 * A chart placed in a report with its caption and drawing size.
 *
 * @param caption  the caption under the chart
 * @param chart    the chart
 * @param widthPx  drawing width // [px]
 * @param heightPx drawing height // [px]
 */
public record Figure(String caption, JFreeChart chart, int widthPx, int heightPx) {

    /** Validates the components. */
    public Figure {
        if (caption == null || chart == null || widthPx < 1 || heightPx < 1) {
            throw new IllegalArgumentException("a figure needs a caption, a chart and a positive size");
        }
    }
}
