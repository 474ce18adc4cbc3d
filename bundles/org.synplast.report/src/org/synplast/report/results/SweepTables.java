package org.synplast.report.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;

import org.synplast.experiment.results.SweepResult;
import org.synplast.experiment.stats.Summary;
import org.synplast.report.html.Table;
import org.synplast.report.html.Table.Column;

/**
 * The numbers behind a sweep's heat maps: per sweep and [Ca²⁺]o, the mean ± SEM EPSP ratio at every
 * frequency (rows) and Δt (columns), the pairs behind them, and the range of the point means, by
 * which grids at two calcium levels compare (a flatter grid has a narrower range).
 */
public final class SweepTables {

    private static final String DASH = "–";

    private SweepTables() {
    }

    /**
     * @param sweeps the sweeps, in run order
     * @return one table per sweep and [Ca²⁺]o, by increasing [Ca²⁺]o within a sweep
     */
    public static List<Table> of(List<SweepResult> sweeps) {
        List<Table> tables = new ArrayList<>();
        for (SweepResult sweep : sweeps) {
            double[] frequencies = RunReports.distinct(sweep, SweepResult.Point::frequencyHz);
            double[] deltaTs = RunReports.distinct(sweep, SweepResult.Point::deltaTMs);
            for (double ca : RunReports.distinct(sweep, SweepResult.Point::caOMm)) {
                tables.add(table(sweep, ca, frequencies, deltaTs));
            }
        }
        return tables;
    }

    /**
     * @param sweep       the sweep
     * @param ca          one of its [Ca²⁺]o
     * @param frequencies its frequencies, ascending
     * @param deltaTs     its Δt, ascending
     * @return the EPSP ratio's summary at each frequency (rows) and Δt (columns) at that [Ca²⁺]o,
     *         null where the sweep has no point
     */
    static Summary[][] grid(SweepResult sweep, double ca, double[] frequencies, double[] deltaTs) {
        Summary[][] grid = new Summary[frequencies.length][deltaTs.length];
        for (SweepResult.Point p : sweep.points()) {
            if (p.caOMm() == ca) {
                grid[Arrays.binarySearch(frequencies, p.frequencyHz())][Arrays.binarySearch(deltaTs, p.deltaTMs())] =
                        p.result().inSilico();
            }
        }
        return grid;
    }

    private static Table table(SweepResult sweep, double ca, double[] frequencies, double[] deltaTs) {
        Summary[][] grid = grid(sweep, ca, frequencies, deltaTs);
        List<List<String>> rows = new ArrayList<>(frequencies.length);
        for (int i = 0; i < frequencies.length; i++) {
            List<String> row = new ArrayList<>(deltaTs.length + 1);
            row.add(CsvTables.number(frequencies[i]) + " Hz");
            for (Summary s : grid[i]) {
                row.add(cell(s));
            }
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>(deltaTs.length + 1);
        columns.add(Column.of("frequency"));
        for (double dt : deltaTs) {
            columns.add(Column.of("Δt " + (dt > 0 ? "+" : dt < 0 ? "−" : "") + CsvTables.number(Math.abs(dt)) + " ms"));
        }
        return new Table(String.format(Locale.ROOT, "%s at [Ca²⁺]o = %s mM", sweep.name(), CsvTables.number(ca)),
                "EPSP ratio, mean ± SEM over the valid pairs of each grid point (" + pairs(grid) + "); rows: "
                        + "intra-burst frequency, columns: Δt (post − pre). " + range(grid),
                "sweep", columns, rows);
    }

    private static String cell(Summary s) {
        if (s == null || s.n() == 0) {
            return DASH;
        }
        return Double.isNaN(s.sem()) ? decimals(s.mean()) : decimals(s.mean()) + " ± " + decimals(s.sem());
    }

    /** @return how many valid pairs each point has, for example {@code n = 10 at every point} */
    private static String pairs(Summary[][] grid) {
        IntSummaryStatistics n = Arrays.stream(grid).flatMap(Arrays::stream)
                .mapToInt(s -> s == null ? 0 : s.n()).summaryStatistics();
        return n.getMin() == n.getMax() ? "n = " + n.getMin() + " at every point"
                : "n = " + n.getMin() + " to " + n.getMax();
    }

    /** @return the range of the point means, for example {@code Point means from 0.91 to 1.89 (range 0.98).} */
    private static String range(Summary[][] grid) {
        double[] means = Arrays.stream(grid).flatMap(Arrays::stream).filter(s -> s != null && s.n() > 0)
                .mapToDouble(Summary::mean).toArray();
        if (means.length == 0) {
            return "No point has a valid pair yet.";
        }
        double min = DoubleStream.of(means).min().orElseThrow();
        double max = DoubleStream.of(means).max().orElseThrow();
        return "Point means from " + decimals(min) + " to " + decimals(max) + " (range " + decimals(max - min) + ").";
    }

    private static String decimals(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
