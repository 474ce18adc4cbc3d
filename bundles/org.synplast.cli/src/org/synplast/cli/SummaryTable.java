package org.synplast.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synplast.experiment.results.ExperimentResult;
import org.synplast.report.chart.Charts;
import org.synplast.report.data.RatioComparison;
import org.synplast.report.data.SweepGrid;
import org.synplast.report.results.CsvTables;
import org.synplast.report.results.RunReports;

/** The plain-text tables {@code run} and {@code sweep} print. */
final class SummaryTable {

    private SummaryTable() {
    }

    /**
     * One row per experiment: in silico mean ± SEM and n, in vitro mean ± SEM and n, Welch p, verdict;
     * below it, one line per experiment with failed pairs: how many of its pairs and why.
     *
     * @param results the experiments' results
     * @return the table, columns aligned, and the failures
     */
    static String experiments(List<ExperimentResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"experiment", "in silico", "n", "in vitro", "n", "Welch p", "verdict"});
        for (ExperimentResult r : results) {
            RatioComparison c = RunReports.comparison(r).orElse(null);
            if (c == null) {
                rows.add(new String[] {r.name(), "no valid pair", "0", "", "", "", ""});
                continue;
            }
            rows.add(new String[] {r.name(), c.inSilico().display(), Integer.toString(c.inSilico().n()),
                c.inVitro() == null ? "–" : c.inVitro().display(),
                c.inVitro() == null ? "–" : Integer.toString(c.inVitro().n()),
                Double.isNaN(c.pValue()) ? "–" : Charts.formatP(c.pValue()), RunReports.verdict(r)});
        }
        StringBuilder out = new StringBuilder(align(rows));
        for (ExperimentResult r : results) {
            if (r.failed() > 0) {
                out.append(r.name()).append(": ").append(r.failed()).append(" of ").append(r.pairs().size())
                        .append(" pairs failed: ").append(String.join("; ", r.failures())).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * A sweep grid: frequencies down, Δt across, mean EPSP ratio in the cells.
     *
     * @param grid the grid
     * @return the table, columns aligned
     */
    static String grid(SweepGrid grid) {
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[grid.deltaTMs().length + 1];
        header[0] = "f [Hz] \\ Δt [ms]";
        for (int j = 0; j < grid.deltaTMs().length; j++) {
            header[j + 1] = CsvTables.number(grid.deltaTMs()[j]);
        }
        rows.add(header);
        for (int i = 0; i < grid.frequencyHz().length; i++) {
            String[] row = new String[header.length];
            row[0] = CsvTables.number(grid.frequencyHz()[i]);
            for (int j = 0; j < grid.deltaTMs().length; j++) {
                double v = grid.ratio()[i][j];
                row[j + 1] = Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
            }
            rows.add(row);
        }
        return grid.label() + ": mean EPSP ratio\n" + align(rows);
    }

    private static String align(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 ? String.format("%-" + width[i] + "s", row[i])
                        : "  " + String.format("%" + width[i] + "s", row[i]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
