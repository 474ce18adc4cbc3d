package org.synplast.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.report.data.SweepGrid;

class ChartsTest {

    private static final int W = 900;
    private static final int H = 500;

    @TempDir
    Path dir;

    @Test
    void epspTimeCourseRendersToPngAndSvg() throws IOException {
        assertRenders(Charts.epspTimeCourse(SampleData.timeCourse()), "timecourse");
    }

    @Test
    void ratioBarsRenderToPngAndSvg() throws IOException {
        assertRenders(Charts.ratioBars("EPSP ratios", SampleData.comparisons()), "ratios");
    }

    @Test
    void synapseTracesRenderToPngAndSvg() throws IOException {
        assertRenders(Charts.synapseTraces(SampleData.traces()), "traces");
    }

    @Test
    void sweepHeatMapsRenderToPngAndSvg() throws IOException {
        JFreeChart chart = Charts.sweepHeatMaps("sweep", List.of(
                SampleData.grid("[Ca2+]o = 2.0 mM", 0.4), SampleData.grid("[Ca2+]o = 1.2 mM", 0.1)));
        assertRenders(chart, "heatmaps");
    }

    @Test
    void ratioBarsShowPValuesAndBothSeries() throws IOException {
        Path svg = dir.resolve("ratios.svg");
        ChartExport.writeSvg(Charts.ratioBars("EPSP ratios", SampleData.comparisons()), svg, W, H);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("p = 0.0310"), "p-value of mrk97_02 drawn");
        assertTrue(text.contains("p = 0.980"), "p-value of mrk97_01 drawn");
        assertTrue(text.contains("in vitro") && text.contains("in silico"), "legend names both series");
    }

    @Test
    void heatMapsRejectDifferentAxes() {
        var a = SampleData.grid("a", 0.4);
        var b = new SweepGrid("b", new double[] {1}, a.deltaTMs(),
                new double[][] {a.ratio()[0]});
        assertThrows(IllegalArgumentException.class, () -> Charts.sweepHeatMaps("x", List.of(a, b)));
    }

    @Test
    void formatPUsesThreeSignificantDigitsAndAFloor() {
        assertEquals("p = 0.0312", Charts.formatP(0.03123));
        assertEquals("p = 0.500", Charts.formatP(0.5));
        assertEquals("p < 0.001", Charts.formatP(0.0004));
    }

    @Test
    void svgElementsOfOnePageDoNotShareDefinitionIds() {
        JFreeChart chart = Charts.synapseTraces(SampleData.traces());
        String a = ChartExport.svgElement(chart, W, H, "figA");
        String b = ChartExport.svgElement(chart, W, H, "figB");
        assertTrue(a.startsWith("<svg id='figA'"), a.substring(0, 40));
        assertTrue(a.contains("clip-path='url(#figA-"), "clip paths carry the figure prefix");
        assertTrue(!b.contains("#figA-"), "the second figure does not refer to the first's definitions");
    }

    private void assertRenders(JFreeChart chart, String name) throws IOException {
        Path png = dir.resolve(name + ".png");
        ChartExport.writePng(chart, png, W, H);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(W, image.getWidth());
        assertEquals(H, image.getHeight());
        long size = Files.size(png);
        // A blank 900x500 PNG compresses to a few kB; a chart with text, axes and data is larger.
        assertTrue(size > 15_000 && size < 2_000_000, name + ".png has " + size + " bytes");
        assertTrue(distinctColours(image) > 20, name + ".png is not a near-blank image");

        Path svg = dir.resolve(name + ".svg");
        ChartExport.writeSvg(chart, svg, W, H);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("<svg [^>]*width=['\"]" + W + "(\\.0)?['\"]").matcher(text).find(),
                name + ".svg is an SVG of the size");
        assertTrue(text.contains(chart.getTitle().getText()), name + ".svg contains the title");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files left");
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
