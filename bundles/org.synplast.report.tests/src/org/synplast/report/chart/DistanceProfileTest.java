package org.synplast.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.report.data.DistanceBand;
import org.synplast.report.data.MeanSem;

class DistanceProfileTest {

    @TempDir
    Path dir;

    private static final List<DistanceBand> BANDS = List.of(
            new DistanceBand("d_50_100", 50, 100, new MeanSem(1.2, 0.05, 10)),
            new DistanceBand("d_100_200", 100, 200, new MeanSem(1.1, Double.NaN, 1)),
            new DistanceBand("d_700_800", 700, 800, new MeanSem(0.9, 0.1, 8)));

    @Test
    void eachBandIsAPointAtItsCentreWithTheBandAndTheSemAsIntervals() {
        IntervalXYDataset data = (IntervalXYDataset) Charts.distanceProfile("distance", BANDS).getXYPlot()
                .getDataset();
        assertEquals(3, data.getItemCount(0));
        assertEquals(75.0, data.getXValue(0, 0));
        assertEquals(50.0, data.getStartXValue(0, 0));
        assertEquals(100.0, data.getEndXValue(0, 0));
        assertEquals(1.15, data.getStartYValue(0, 0), 1e-12);
        assertEquals(1.25, data.getEndYValue(0, 0), 1e-12);
        assertEquals(1.1, data.getStartYValue(0, 1), 1e-12, "a single pair: no error bar");
        assertEquals(750.0, data.getXValue(0, 2));
    }

    @Test
    void rendersToSvgWithItsAxes() throws IOException {
        JFreeChart chart = Charts.distanceProfile("L23PC_L5TTPC_distance", BANDS);
        Path svg = dir.resolve("distance.svg");
        ChartExport.writeSvg(chart, svg, 900, 480);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("synapse path distance from the soma [µm]"), "x axis");
        assertTrue(text.contains("L23PC_L5TTPC_distance"), "title");
        assertTrue(text.contains("mean ± SEM across valid pairs"), "legend");
    }

    @Test
    void needsABandAndAValidRange() {
        assertThrows(IllegalArgumentException.class, () -> Charts.distanceProfile("none", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new DistanceBand("x", 100, 50, new MeanSem(1, 0, 2)));
    }
}
