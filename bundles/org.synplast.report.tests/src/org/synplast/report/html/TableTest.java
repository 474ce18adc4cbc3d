package org.synplast.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synplast.report.html.Table.Column;

class TableTest {

    private static final Table TABLE = new Table("Results <all>", "How to read it.", "suite",
            List.of(Column.of("experiment"), new Column("file", "text"), Column.of("mean")),
            List.of(List.of("a|b", "x.synplast", "1.000"), List.of("c", "y.synplast", "–")));

    @Test
    void rendersInAReportAfterTheSummaryWithHeadingNoteAndCellClasses() {
        String html = HtmlReport.render(new RunReport("t", "s", Instant.EPOCH, Map.of(), List.of(), List.of(TABLE),
                List.of()));
        assertTrue(html.contains("<h2>Results &lt;all&gt;</h2>\n<p class=\"note\">How to read it.</p>\n"
                + "<table class=\"suite\">\n<thead><tr><th>experiment</th><th>file</th><th>mean</th></tr></thead>\n"
                + "<tbody>\n<tr><td>a|b</td><td class=\"text\">x.synplast</td><td>1.000</td></tr>\n"), html);
    }

    @Test
    void rendersAsMarkdownWithTextLeftAndNumbersRight() {
        assertEquals("| experiment | file | mean |\n|:---|:---|---:|\n| a\\|b | x.synplast | 1.000 |\n"
                + "| c | y.synplast | – |\n", TABLE.markdown());
    }

    @Test
    void everyRowHasOneCellPerColumn() {
        assertThrows(IllegalArgumentException.class, () -> new Table("h", "", "c", List.of(Column.of("a")),
                List.of(List.of("1", "2"))));
    }
}
