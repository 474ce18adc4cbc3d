package org.synplast.report.html;

import java.util.List;

/**
 * A table of a report, rendered as HTML and as Markdown: already formatted cells, one header per
 * column.
 *
 * @param heading  the section heading above the table
 * @param note     a sentence or two under the heading saying how to read it; empty for none
 * @param cssClass the HTML class of the table, for example {@code summary}
 * @param columns  the columns, left to right
 * @param rows     the rows, each with one cell per column
 */
public record Table(String heading, String note, String cssClass, List<Column> columns, List<List<String>> rows) {

    /**
     * One column.
     *
     * @param header    its header
     * @param cellClass the HTML class of its cells, empty for none
     */
    public record Column(String header, String cellClass) {

        /** Validates the components. */
        public Column {
            if (header == null || cellClass == null) {
                throw new IllegalArgumentException("a column needs a header and a cell class (empty for none)");
            }
        }

        /**
         * @param header the header
         * @return a column whose cells have no class
         */
        public static Column of(String header) {
            return new Column(header, "");
        }
    }

    /** Validates the shape and copies the lists. */
    public Table {
        if (heading == null || note == null || cssClass == null || columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a heading, a note (empty for none), a class and columns");
        }
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("row " + i + " has " + rows.get(i).size() + " cells, expected "
                        + columns.size());
            }
        }
    }

    /**
     * Renders the table (without its heading and note) as a GitHub-flavoured Markdown table: the
     * first column and columns whose cells have a class (text) left-aligned, the others (numbers)
     * right-aligned; a {@code |} in a cell is escaped.
     *
     * @return the Markdown lines, each ending in a newline
     */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append('|');
        columns.forEach(c -> md.append(' ').append(cell(c.header())).append(" |"));
        md.append("\n|");
        for (int i = 0; i < columns.size(); i++) {
            md.append(i == 0 || !columns.get(i).cellClass().isEmpty() ? ":---|" : "---:|");
        }
        md.append('\n');
        for (List<String> row : rows) {
            md.append('|');
            row.forEach(v -> md.append(' ').append(cell(v)).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
