package org.synplast.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synplast.report.chart.Charts;
import org.synplast.report.chart.SampleData;
import org.synplast.report.data.MeanSem;
import org.synplast.report.data.RatioComparison;

class HtmlReportTest {

    @TempDir
    Path dir;

    private static RunReport report() {
        List<SummaryRow> rows = SampleData.comparisons().stream()
                .map(c -> new SummaryRow(c, c.inVitro() == null ? "no in vitro data" : "reproduced"))
                .toList();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("pairs", "50");
        settings.put("seed", "7");
        return new RunReport("Markram 1997 <STDP>", "dsl-examples/chindemi2022/markram1997.synplast",
                Instant.parse("2026-11-27T20:00:00Z"), settings, rows, List.of(
                        new Figure("EPSP ratios", Charts.ratioBars("EPSP ratios", SampleData.comparisons()), 800, 450),
                        new Figure("time course", Charts.epspTimeCourse(SampleData.timeCourse()), 800, 450),
                        new Figure("synapses", Charts.synapseTraces(SampleData.traces()), 800, 500)));
    }

    @Test
    void containsOneTableRowPerExperimentWithItsNumbers() {
        String html = HtmlReport.render(report());
        assertTrue(html.contains("<tr><td>mrk97_01</td><td>0.988 ± 0.020</td><td>50</td><td>0.989 ± 0.040</td>"
                + "<td>2</td><td>p = 0.980</td><td class=\"verdict\">reproduced</td></tr>"), html);
        assertTrue(html.contains("<tr><td>mrk97_02</td><td>0.943 ± 0.030</td><td>50</td><td>1.016 ± 0.073</td>"));
        assertTrue(html.contains("<tr><td>sweep_point</td><td>1.210 ± 0.050</td><td>50</td><td>–</td><td>–</td>"
                + "<td>–</td><td class=\"verdict\">no in vitro data</td></tr>"));
        assertTrue(html.contains("<tr><td>seed</td><td>7</td></tr>"));
        assertTrue(html.contains("2026-11-27 20:00:00 UTC"));
    }

    @Test
    void embedsEveryFigureInlineAndReferencesNoOtherFile() {
        String html = HtmlReport.render(report());
        assertEquals(3, count(html, "<svg "), "one inline SVG per figure");
        assertEquals(3, count(html, "<figcaption>"));
        for (String id : List.of("fig1", "fig2", "fig3")) {
            assertTrue(html.contains("<svg id='" + id + "'"), id + " present");
        }
        Matcher external = Pattern.compile("(src|href)=\"(?!#)").matcher(html);
        assertFalse(external.find(), "no external resources: " + (external.find(0) ? html.substring(
                external.start(), Math.min(html.length(), external.start() + 80)) : ""));
        assertFalse(html.contains("<script"), "no scripts");
    }

    @Test
    void escapesUserText() {
        String html = HtmlReport.render(report());
        assertTrue(html.contains("<title>Markram 1997 &lt;STDP&gt;</title>"));
        assertFalse(html.contains("<STDP>"));
        assertEquals("a&amp;b &quot;c&quot; &#39;d&#39;", HtmlReport.escape("a&b \"c\" 'd'"));
    }

    @Test
    void writesTheRenderedPageAtomically() throws IOException {
        Path file = dir.resolve("report.html");
        RunReport report = new RunReport("t", "s", Instant.EPOCH, Map.of(), List.of(new SummaryRow(
                new RatioComparison("e", new MeanSem(1.1, Double.NaN, 1), null, Double.NaN), "inconclusive")),
                List.of());
        HtmlReport.write(report, file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
        assertTrue(html.contains("<td>e</td><td>1.100</td><td>1</td>"), "a single sample shows without SEM");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the report, no temporary file");
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
