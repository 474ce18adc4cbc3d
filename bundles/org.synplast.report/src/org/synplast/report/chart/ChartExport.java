package org.synplast.report.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.synplast.report.AtomicFiles;

/** Renders charts to PNG and SVG files, and to SVG elements for inline use in HTML. */
public final class ChartExport {

    private ChartExport() {
    }

    /**
     * Writes the chart as a PNG image, atomically.
     *
     * @param chart  the chart
     * @param file   the target file
     * @param width  image width // [px]
     * @param height image height // [px]
     * @throws IOException when the file cannot be written
     */
    public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height);
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
    }

    /**
     * Writes the chart as a standalone SVG document, atomically.
     *
     * @param chart  the chart
     * @param file   the target file
     * @param width  drawing width // [px]
     * @param height drawing height // [px]
     * @throws IOException when the file cannot be written
     */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        String document = draw(chart, width, height, "").getSVGDocument();
        AtomicFiles.write(file, out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Renders the chart as an {@code <svg>} element for inline use; the id prefixes every
     * definition (clip paths, gradients) so several charts can share one HTML page.
     *
     * @param chart  the chart
     * @param width  drawing width // [px]
     * @param height drawing height // [px]
     * @param id     the element id, unique within the page, usable as an XML name
     * @return the SVG element
     */
    public static String svgElement(JFreeChart chart, int width, int height, String id) {
        return draw(chart, width, height, id + "-").getSVGElement(id);
    }

    private static SVGGraphics2D draw(JFreeChart chart, int width, int height, String defsPrefix) {
        checkSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(defsPrefix);
        chart.draw(g, new Rectangle(0, 0, width, height));
        g.dispose();
        return g;
    }

    private static void checkSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
        }
    }
}
