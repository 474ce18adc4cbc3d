package org.synplast.report.html;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.synplast.report.AtomicFiles;
import org.synplast.report.chart.ChartExport;
import org.synplast.report.chart.Charts;
import org.synplast.report.data.MeanSem;
import org.synplast.report.data.RatioComparison;
import org.synplast.report.html.Table.Column;

/**
 * Renders a {@link RunReport} as one self-contained HTML page: settings, the summary and further
 * tables, and the figures as inline SVG.
 */
public final class HtmlReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1100px;\
            color:#222;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}
            .meta{color:#666;margin-top:0}
            table{border-collapse:collapse;margin:1em 0}
            th,td{border-bottom:1px solid #ddd;padding:.35em .8em;text-align:right}
            th:first-child,td:first-child{text-align:left}
            th{background:#f4f4f4}
            td.verdict{text-align:left;font-weight:600}
            td.text{text-align:left}
            p.note{color:#444;max-width:60em}
            figure{margin:1.5em 0}
            figcaption{color:#444;font-size:.95em;margin-top:.3em}
            svg{max-width:100%;height:auto}
            """;

    private HtmlReport() {
    }

    /**
     * Renders the report.
     *
     * @param report the report
     * @return the HTML page
     */
    public static String render(RunReport report) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(report.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(report.title())).append("</h1>\n")
                .append("<p class=\"meta\">").append(escape(report.source())).append(" · ")
                .append(TIME.format(report.created())).append("</p>\n");
        if (!report.settings().isEmpty()) {
            html.append("<h2>Settings</h2>\n<table class=\"settings\">\n");
            for (Map.Entry<String, String> e : report.settings().entrySet()) {
                html.append("<tr><td>").append(escape(e.getKey())).append("</td><td>").append(escape(e.getValue()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!report.rows().isEmpty()) {
            appendTable(html, summary(report));
        }
        for (Table t : report.tables()) {
            appendTable(html, t);
        }
        int index = 0;
        for (Figure f : report.figures()) {
            index++;
            html.append("<figure>\n")
                    .append(ChartExport.svgElement(f.chart(), f.widthPx(), f.heightPx(), "fig" + index))
                    .append("\n<figcaption>Figure ").append(index).append(". ").append(escape(f.caption()))
                    .append("</figcaption>\n</figure>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** The summary rows as a table: one row per experiment, the verdict in bold. */
    private static Table summary(RunReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (SummaryRow row : report.rows()) {
            RatioComparison c = row.comparison();
            MeanSem vitro = c.inVitro();
            rows.add(List.of(c.experiment(), c.inSilico().display(), Integer.toString(c.inSilico().n()),
                    vitro == null ? "–" : vitro.display(), vitro == null ? "–" : Integer.toString(vitro.n()),
                    Double.isNaN(c.pValue()) ? "–" : Charts.formatP(c.pValue()), row.verdict()));
        }
        return new Table("Summary", "", "summary", List.of(Column.of("experiment"),
                Column.of("in silico ratio (mean ± SEM)"), Column.of("n"), Column.of("in vitro ratio (mean ± SEM)"),
                Column.of("n"), Column.of("Welch p"), new Column("verdict", "verdict")), rows);
    }

    private static void appendTable(StringBuilder html, Table table) {
        html.append("<h2>").append(escape(table.heading())).append("</h2>\n");
        if (!table.note().isEmpty()) {
            html.append("<p class=\"note\">").append(escape(table.note())).append("</p>\n");
        }
        html.append("<table class=\"").append(escape(table.cssClass())).append("\">\n<thead><tr>");
        for (Column c : table.columns()) {
            html.append("<th>").append(escape(c.header())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cellClass = table.columns().get(i).cellClass();
                html.append(cellClass.isEmpty() ? "<td>" : "<td class=\"" + escape(cellClass) + "\">")
                        .append(escape(row.get(i))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /**
     * Writes the rendered report atomically.
     *
     * @param report the report
     * @param file   the target file
     * @throws IOException when the file cannot be written; the target is then untouched
     */
    public static void write(RunReport report, Path file) throws IOException {
        AtomicFiles.writeString(file, render(report));
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
