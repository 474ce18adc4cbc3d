package org.synplast.report.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;
import org.synplast.report.chart.Charts;
import org.synplast.report.data.MeanSem;
import org.synplast.report.data.RatioComparison;
import org.synplast.report.data.SweepGrid;
import org.synplast.report.html.Figure;
import org.synplast.report.html.RunReport;
import org.synplast.report.html.Table;
import org.synplast.report.html.Table.Column;

/**
 * The report of a whole suite (every experiment and sweep of a folder of study files): the in
 * silico table with the in vitro values, Welch p-values and the paper's own in silico values; the
 * in silico against in vitro ratio bars; the sweeps' heat maps, sweeps with the same axes side by
 * side on one colour scale (the frequency × Δt grid at in vitro and in vivo [Ca²⁺]o), and the
 * numbers behind them with the range of each grid; each distance series' EPSP ratio against
 * synapse path distance; and where plasticity happened, the synapses potentiated and depressed
 * per experiment and dendrite. Rendered as an HTML report, as
 * Markdown for {@code REPRODUCTION.md}, and as CSV tables; the figures are also written as files.
 */
public final class SuiteReport {

    private static final String DASH = "–";

    /**
     * A figure and the file name (without extension) it is written under.
     *
     * @param stem   the file name without extension, for example {@code heatmaps}
     * @param figure the figure
     */
    public record FigureFile(String stem, Figure figure) {
    }

    private final RunResults results;
    private final Map<String, SuiteEntry> entries;
    private final List<DistanceSeries> distances;
    private final Map<String, ExperimentResult> byName;

    /**
     * @param results   the suite's results
     * @param entries   every experiment's file, role and the paper's value, by experiment name
     * @param distances the distance series among the experiments
     * @throws IllegalArgumentException when an experiment has no entry or a series names an
     *                                  experiment that did not run
     */
    public SuiteReport(RunResults results, Map<String, SuiteEntry> entries, List<DistanceSeries> distances) {
        this.results = results;
        this.entries = Map.copyOf(entries);
        this.distances = List.copyOf(distances);
        this.byName = results.experiments().stream()
                .collect(Collectors.toMap(ExperimentResult::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (ExperimentResult r : results.experiments()) {
            if (!entries.containsKey(r.name())) {
                throw new IllegalArgumentException("no suite entry for experiment " + r.name());
            }
        }
        for (DistanceSeries s : distances) {
            for (DistanceSeries.Band b : s.bands()) {
                if (!byName.containsKey(b.experiment())) {
                    throw new IllegalArgumentException("distance series " + s.name() + " names " + b.experiment()
                            + ", which did not run");
                }
            }
        }
    }

    /**
     * The in silico table: one row per experiment, in run order.
     *
     * @return the table
     */
    public Table table() {
        List<List<String>> rows = new ArrayList<>();
        for (ExperimentResult r : results.experiments()) {
            SuiteEntry e = entries.get(r.name());
            Optional<RatioComparison> c = RunReports.comparison(r);
            MeanSem silico = c.map(RatioComparison::inSilico).orElse(null);
            rows.add(List.of(r.name(), e.file(), r.connection(), r.measure().toLowerCase(Locale.ROOT), e.role(),
                    Integer.toString(r.valid()), silico == null ? DASH : decimals(silico.mean()),
                    silico == null || Double.isNaN(silico.sem()) ? DASH : decimals(silico.sem()),
                    r.inVitro() == null ? DASH : String.format(Locale.ROOT, "%.3f ± %.3f (%d)", r.inVitro().meanRatio(),
                            r.inVitro().sem(), r.inVitro().n()),
                    c.isEmpty() || Double.isNaN(c.get().pValue()) ? DASH : Charts.formatP(c.get().pValue()),
                    c.isEmpty() ? "no valid pair" : RunReports.verdict(r),
                    Double.isNaN(e.paperInSilico()) ? DASH : decimals(e.paperInSilico())));
        }
        return new Table("In silico table", "EPSP ratio (after / before induction) over the valid pairs of each "
                + "experiment: mean, SEM and n; the in vitro mean ± SEM (n) where the file gives one, Welch's "
                + "unequal-variance t-test against it and the verdict at the experiment's α; the paper's own in "
                + "silico mean where the file gives one.", "suite",
                List.of(Column.of("experiment"), text("file"), text("pathway"), text("read-out"), text("role"),
                        Column.of("n"), Column.of("in silico mean"), Column.of("SEM"),
                        Column.of("in vitro mean ± SEM (n)"), Column.of("Welch p"), new Column("verdict", "verdict"),
                        Column.of("paper in silico")),
                rows);
    }

    /**
     * The distance table: one row per band of every distance series.
     *
     * @return the table, empty when the suite has no distance series
     */
    public Optional<Table> distanceTable() {
        if (distances.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (DistanceSeries s : distances) {
            for (DistanceSeries.Band b : s.bands()) {
                Optional<MeanSem> ratio = RunReports.comparison(byName.get(b.experiment()))
                        .map(RatioComparison::inSilico);
                rows.add(List.of(s.name(), b.experiment(), CsvTables.number(b.fromUm()) + " – "
                        + CsvTables.number(b.toUm()), Integer.toString(byName.get(b.experiment()).valid()),
                        ratio.map(m -> decimals(m.mean())).orElse(DASH),
                        ratio.filter(m -> !Double.isNaN(m.sem())).map(m -> decimals(m.sem())).orElse(DASH)));
            }
        }
        return Optional.of(new Table("EPSP ratio against synapse path distance", "Experiments that differ only in the "
                + "band of path distance from the soma their synapses are placed in.", "distance",
                List.of(text("series"), text("experiment"), Column.of("path distance [µm]"), Column.of("n"),
                        Column.of("in silico mean"), Column.of("SEM")), rows));
    }

    /** @return the synapse outcomes by experiment and dendrite ({@link SynapseOutcomes#table}) */
    public Optional<Table> synapseTable() {
        return SynapseOutcomes.table(results.experiments());
    }

    /**
     * The figures, each with the file name it is written under: {@code ratios} (in silico against
     * in vitro), {@code heatmaps} (one chart per set of sweeps with the same axes; further sets
     * {@code heatmaps-2}, …) and {@code distance} (likewise per series).
     *
     * @return the figures, in report order
     */
    public List<FigureFile> figures() {
        List<FigureFile> figures = new ArrayList<>();
        List<RatioComparison> comparisons = results.experiments().stream().map(RunReports::comparison)
                .flatMap(Optional::stream).toList();
        if (!comparisons.isEmpty()) {
            figures.add(new FigureFile("ratios", RunReports.ratioFigure(comparisons)));
        }
        List<List<SweepResult>> groups = sweepGroups();
        for (int i = 0; i < groups.size(); i++) {
            List<SweepResult> group = groups.get(i);
            List<SweepGrid> grids = panels(group);
            String names = group.stream().map(SweepResult::name).collect(Collectors.joining(", "));
            figures.add(new FigureFile(numbered("heatmaps", i), RunReports.heatMapFigure("EPSP ratio: " + names,
                    names + ": mean EPSP ratio over intra-burst frequency and Δt, panels side by side on one colour "
                            + "scale (" + grids.stream().map(SweepGrid::label).collect(Collectors.joining(", "))
                            + ")", grids)));
        }
        for (int i = 0; i < distances.size(); i++) {
            String stem = numbered("distance", i);
            RunReports.distanceFigure(distances.get(i), byName::get)
                    .ifPresent(f -> figures.add(new FigureFile(stem, f)));
        }
        return figures;
    }

    /**
     * The HTML report: settings, the in silico table, the distance table, the sweeps' grids of
     * ratios ({@link SweepTables}), the synapse outcomes and every figure.
     *
     * @param title    the report title
     * @param source   the folder as the user named it
     * @param settings run settings in display order
     * @return the report
     */
    public RunReport report(String title, String source, Map<String, String> settings) {
        List<Table> tables = new ArrayList<>();
        tables.add(table());
        distanceTable().ifPresent(tables::add);
        tables.addAll(SweepTables.of(results.sweeps()));
        synapseTable().ifPresent(tables::add);
        return new RunReport(title, source, Instant.parse(results.provenance().startedUtc()), settings, List.of(),
                tables, figures().stream().map(FigureFile::figure).toList());
    }

    /**
     * The run as a Markdown section for {@code REPRODUCTION.md}: what ran, how long it took, the
     * tables, and links to the figures' SVG files next to the Markdown file.
     *
     * @param command           the command line that produced the run
     * @param pairsPerCondition the pairs per experiment and sweep point, as shown to the reader
     * @return the Markdown
     */
    public String markdown(String command, String pairsPerCondition) {
        int points = results.sweeps().stream().mapToInt(s -> s.points().size()).sum();
        int bands = distances.stream().mapToInt(s -> s.bands().size()).sum();
        long pairs = RunReports.pairs(results);
        double wall = results.provenance().wallTimeSeconds();
        int resumed = results.provenance().resumedPairs();
        StringBuilder md = new StringBuilder();
        md.append("## Latest run\n\n")
                .append("Produced by `").append(command).append("` with SynPlast ")
                .append(results.provenance().synplastVersion()).append(", started ")
                .append(results.provenance().startedUtc()).append(".\n\n")
                .append("- Pairs per condition: ").append(pairsPerCondition).append('\n')
                .append("- Conditions: ").append(results.experiments().size()).append(" experiments (")
                .append(bands).append(" of them distance bands), ").append(results.sweeps().size())
                .append(" sweeps with ").append(points).append(" points in all\n")
                .append("- Pairs: ").append(pairs).append(", ").append(RunReports.origin(results))
                .append(", time step ").append(CsvTables.number(results.provenance().dtMs())).append(" ms\n")
                .append(String.format(Locale.ROOT, "- Wall time: %.0f s (%.2f h)%s\n", wall, wall / 3600,
                        resumed == 0 ? "" : " of the process that wrote this report"))
                .append("- Every number below is in `results.json` (with the source files' SHA-256 and every "
                        + "resolved parameter) and the CSV tables of the run's directory.\n\n");
        append(md, table());
        distanceTable().ifPresent(t -> append(md, t));
        SweepTables.of(results.sweeps()).forEach(t -> append(md, t));
        synapseTable().ifPresent(t -> append(md, t));
        md.append("### Figures\n\n");
        for (FigureFile f : figures()) {
            md.append("![").append(f.stem()).append("](").append(f.stem())
                    .append(".svg)\n\n*").append(f.figure().caption()).append("* (also `").append(f.stem())
                    .append(".png`)\n\n");
        }
        return md.toString();
    }

    /**
     * The experiments' CSV table ({@link CsvTables#experiments(RunResults)}) with each experiment's
     * file, role and the paper's in silico mean.
     *
     * @return the table
     */
    public String experimentsCsv() {
        return CsvTables.experiments(results.experiments(), List.of("file", "role", "paper_in_silico_mean"), r -> {
            SuiteEntry e = entries.get(r.name());
            return List.of(e.file(), e.role(), CsvTables.number(e.paperInSilico()));
        });
    }

    /**
     * One row per band of every distance series.
     *
     * @return the table, with only its header when the suite has no distance series
     */
    public String distanceCsv() {
        StringBuilder csv = new StringBuilder("series,experiment,from_um,to_um,valid,ratio_mean,ratio_sem\n");
        for (DistanceSeries s : distances) {
            for (DistanceSeries.Band b : s.bands()) {
                ExperimentResult r = byName.get(b.experiment());
                csv.append(CsvTables.text(s.name())).append(',').append(CsvTables.text(b.experiment())).append(',')
                        .append(CsvTables.number(b.fromUm())).append(',').append(CsvTables.number(b.toUm()))
                        .append(',').append(r.valid()).append(',').append(CsvTables.number(r.inSilico().mean()))
                        .append(',').append(CsvTables.number(r.inSilico().sem())).append('\n');
            }
        }
        return csv.toString();
    }

    /** Sweeps whose grids have the same axes, in run order. */
    private List<List<SweepResult>> sweepGroups() {
        List<List<SweepResult>> groups = new ArrayList<>();
        for (SweepResult s : results.sweeps()) {
            SweepGrid first = RunReports.grids(s).get(0);
            groups.stream().filter(g -> RunReports.grids(g.get(0)).get(0).sameAxes(first)).findFirst()
                    .ifPresentOrElse(g -> g.add(s), () -> groups.add(new ArrayList<>(List.of(s))));
        }
        return groups;
    }

    /** The panels of sweeps shown side by side; labelled by sweep as well where a [Ca²⁺]o repeats. */
    private static List<SweepGrid> panels(List<SweepResult> group) {
        List<SweepGrid> grids = new ArrayList<>();
        for (SweepResult s : group) {
            grids.addAll(RunReports.grids(s));
        }
        boolean repeated = grids.stream().map(SweepGrid::label).distinct().count() < grids.size();
        if (!repeated) {
            return grids;
        }
        List<SweepGrid> labelled = new ArrayList<>();
        for (SweepResult s : group) {
            for (SweepGrid g : RunReports.grids(s)) {
                labelled.add(new SweepGrid(s.name() + " · " + g.label(), g.frequencyHz(), g.deltaTMs(), g.ratio()));
            }
        }
        return labelled;
    }

    private static void append(StringBuilder md, Table t) {
        md.append("### ").append(t.heading()).append("\n\n");
        if (!t.note().isEmpty()) {
            md.append(t.note()).append("\n\n");
        }
        md.append(t.markdown()).append('\n');
    }

    private static String numbered(String stem, int index) {
        return index == 0 ? stem : stem + "-" + (index + 1);
    }

    private static Column text(String header) {
        return new Column(header, "text");
    }

    private static String decimals(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
