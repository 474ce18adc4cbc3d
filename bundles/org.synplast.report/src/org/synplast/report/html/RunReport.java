package org.synplast.report.html;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run's HTML report shows.
 *
 * @param title    the report title
 * @param source   the file or folder the run came from, as the user named it
 * @param created  when the run finished
 * @param settings run settings in display order (pairs, seed, threads, …)
 * @param rows     the summary table, one row per experiment
 * @param tables   further tables, shown after the summary
 * @param figures  the figures, in display order
 */
public record RunReport(String title, String source, Instant created, Map<String, String> settings,
        List<SummaryRow> rows, List<Table> tables, List<Figure> figures) {

    /** Validates and copies the components, keeping the order of the settings. */
    public RunReport {
        if (title == null || source == null || created == null) {
            throw new IllegalArgumentException("a report needs a title, a source and a time");
        }
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        rows = List.copyOf(rows);
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }

    /**
     * A report with the summary table and no further tables.
     *
     * @param title    the report title
     * @param source   the file the run came from, as the user named it
     * @param created  when the run finished
     * @param settings run settings in display order
     * @param rows     the summary table, one row per experiment
     * @param figures  the figures, in display order
     */
    public RunReport(String title, String source, Instant created, Map<String, String> settings,
            List<SummaryRow> rows, List<Figure> figures) {
        this(title, source, created, settings, rows, List.of(), figures);
    }
}
