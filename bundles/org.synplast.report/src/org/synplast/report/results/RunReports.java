package org.synplast.report.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.synplast.experiment.plan.InVitroResult;
import org.synplast.experiment.plan.ProtocolPlan;
import org.synplast.experiment.plan.ProtocolSchedule;
import org.synplast.experiment.readout.PairStatus;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.results.PairResult;
import org.synplast.experiment.results.PairTrace;
import org.synplast.experiment.results.RunResults;
import org.synplast.experiment.results.SweepResult;
import org.synplast.experiment.stats.Summary;
import org.synplast.report.chart.Charts;
import org.synplast.report.data.DistanceBand;
import org.synplast.report.data.MeanLine;
import org.synplast.report.data.MeanSem;
import org.synplast.report.data.RatioComparison;
import org.synplast.report.data.SweepGrid;
import org.synplast.report.data.SynapseTrace;
import org.synplast.report.data.SynapseTraces;
import org.synplast.report.data.TimeCourse;
import org.synplast.report.html.Figure;
import org.synplast.report.html.RunReport;
import org.synplast.report.html.Table;
import org.synplast.report.html.SummaryRow;

/** Turns run results into report data and a complete {@link RunReport}. */
public final class RunReports {

    private static final double MS_PER_MIN = 60_000;
    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;

    private RunReports() {
    }

    /**
     * Builds the report of a run: the summary table, each sweep's grid of ratios
     * ({@link SweepTables}), the synapse outcomes by dendrite ({@link SynapseOutcomes}), the ratio
     * bars, each experiment's EPSP time course (where its protocol is known), the traced pair's
     * synapses and each sweep's heat maps.
     *
     * @param results   the run's results
     * @param title     the report title
     * @param source    the study file as the user named it
     * @param protocols each experiment's protocol by experiment name, for the test pulse times
     * @param settings  run settings to show, in order
     * @return the report
     */
    public static RunReport of(RunResults results, String title, String source, Map<String, ProtocolPlan> protocols,
            Map<String, String> settings) {
        List<SummaryRow> rows = new ArrayList<>();
        List<RatioComparison> comparisons = new ArrayList<>();
        for (ExperimentResult r : results.experiments()) {
            comparison(r).ifPresent(c -> {
                comparisons.add(c);
                rows.add(new SummaryRow(c, verdict(r)));
            });
        }
        List<Figure> figures = new ArrayList<>();
        if (!comparisons.isEmpty()) {
            figures.add(ratioFigure(comparisons));
        }
        for (ExperimentResult r : results.experiments()) {
            ProtocolPlan protocol = protocols.get(r.name());
            if (protocol != null) {
                timeCourse(r, protocol).ifPresent(t -> figures.add(new Figure(
                        r.name() + ": EPSP amplitude over the protocol, mean ± SEM across valid pairs; dashed: "
                                + "baseline and after-induction means of the read-out windows",
                        Charts.epspTimeCourse(t), WIDTH, HEIGHT)));
            }
            traces(r).ifPresent(t -> figures.add(new Figure(r.name() + ": ρ and effective calcium c* of the synapses "
                    + "of one pair", Charts.synapseTraces(t), WIDTH, HEIGHT)));
        }
        for (SweepResult s : results.sweeps()) {
            figures.add(heatMapFigure(s.name(), s.name() + ": mean EPSP ratio over frequency and Δt, one panel per "
                    + "[Ca²⁺]o", grids(s)));
        }
        Instant created = Instant.parse(results.provenance().startedUtc());
        return new RunReport(title, source, created, settings, rows, tables(results), figures);
    }

    /**
     * @param results a run's results
     * @return the tables of its report: each sweep's grids ({@link SweepTables}), then the synapse
     *         outcomes by dendrite of its experiments ({@link SynapseOutcomes}), where it has any
     */
    public static List<Table> tables(RunResults results) {
        List<Table> tables = new ArrayList<>(SweepTables.of(results.sweeps()));
        SynapseOutcomes.table(results.experiments()).ifPresent(tables::add);
        return tables;
    }

    /**
     * @param results a run's results
     * @return the pairs of its experiments and sweep points, valid or not
     */
    public static long pairs(RunResults results) {
        return results.experiments().stream().mapToLong(r -> r.pairs().size()).sum() + results.sweeps().stream()
                .flatMap(s -> s.points().stream()).mapToLong(p -> p.result().pairs().size()).sum();
    }

    /**
     * @param results a run's results
     * @return where its pairs came from: simulated by the process that wrote the results (on how
     *         many threads), taken from a pair journal, or both
     */
    public static String origin(RunResults results) {
        long pairs = pairs(results);
        int resumed = results.provenance().resumedPairs();
        int count = results.provenance().threads();
        String threads = " on " + count + (count == 1 ? " thread" : " threads");
        if (resumed == 0) {
            return "all simulated" + threads;
        }
        String journal = "taken from the pair journal (simulated by earlier or parallel runs)";
        return resumed == pairs ? "all " + journal : (pairs - resumed) + " simulated" + threads + ", " + resumed + " "
                + journal;
    }

    /**
     * The in silico against in vitro ratio bars of experiments, sized for their number.
     *
     * @param comparisons the experiments' comparisons, at least one
     * @return the figure
     */
    public static Figure ratioFigure(List<RatioComparison> comparisons) {
        return new Figure("EPSP ratio in silico (mean ± SEM over valid pairs) and in vitro, with Welch p-values",
                Charts.ratioBars("EPSP ratio per experiment", comparisons), Math.max(WIDTH, 24 * comparisons.size()),
                Math.max(HEIGHT, 300 + 12 * comparisons.size()));
    }

    /**
     * Heat maps side by side on one colour scale, sized for their number.
     *
     * @param title   the chart title
     * @param caption the figure caption
     * @param grids   the grids, left to right, with the same axes
     * @return the figure
     */
    public static Figure heatMapFigure(String title, String caption, List<SweepGrid> grids) {
        return new Figure(caption, Charts.sweepHeatMaps(title, grids), Math.max(WIDTH, 480 * grids.size()), HEIGHT);
    }

    /**
     * The EPSP ratio of a distance series against its bands of synapse path distance.
     *
     * @param series  the series
     * @param results each band's experiment result by name (null where it did not run)
     * @return the figure, empty when no band has a valid pair
     */
    public static Optional<Figure> distanceFigure(DistanceSeries series, Function<String, ExperimentResult> results) {
        List<DistanceBand> bands = new ArrayList<>();
        for (DistanceSeries.Band b : series.bands()) {
            Optional.ofNullable(results.apply(b.experiment())).flatMap(RunReports::comparison).ifPresent(c -> bands
                    .add(new DistanceBand(b.experiment(), b.fromUm(), b.toUm(), c.inSilico())));
        }
        if (bands.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Figure(series.name() + ": EPSP ratio (mean ± SEM over valid pairs) against the band of "
                + "synapse path distance from the soma (horizontal bars)", Charts.distanceProfile(series.name()
                        + ": EPSP ratio against synapse path distance", bands), WIDTH, HEIGHT));
    }

    /**
     * The in silico against in vitro comparison of an experiment.
     *
     * @param r the experiment's result
     * @return the comparison, empty when no pair was valid
     */
    public static Optional<RatioComparison> comparison(ExperimentResult r) {
        Summary s = r.inSilico();
        if (s.n() < 1 || !Double.isFinite(s.mean())) {
            return Optional.empty();
        }
        InVitroResult v = r.inVitro();
        MeanSem vitro = v == null ? null : new MeanSem(v.meanRatio(), v.sem(), v.n());
        double p = r.test() == null ? Double.NaN : r.test().p();
        return Optional.of(new RatioComparison(r.name(), new MeanSem(s.mean(), s.n() < 2 ? Double.NaN : s.sem(), s.n()),
                vitro, p));
    }

    /**
     * The verdict of an experiment in words.
     *
     * @param r the experiment's result
     * @return "consistent", "different", "undetermined" or "no in vitro data"
     */
    public static String verdict(ExperimentResult r) {
        return r.test() == null ? "no in vitro data" : r.test().verdict().name().toLowerCase(Locale.ROOT);
    }

    /**
     * The EPSP amplitude over the protocol, mean ± SEM across valid pairs at each test spike, with
     * the means over the read-out windows (the last N test EPSPs of each phase).
     *
     * @param r        the experiment's result
     * @param protocol its protocol, for the test spike times
     * @return the time course, empty when fewer than one valid pair has EPSPs
     */
    public static Optional<TimeCourse> timeCourse(ExperimentResult r, ProtocolPlan protocol) {
        List<PairResult> valid = r.pairs().stream().filter(p -> p.status() == PairStatus.VALID).toList();
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        ProtocolSchedule schedule = ProtocolSchedule.of(protocol, 0);
        double[] before = schedule.baselineTestMs();
        double[] after = schedule.afterTestMs();
        double origin = schedule.inductionStartMs();
        int n = before.length + after.length;
        double[] t = new double[n];
        double[] mean = new double[n];
        double[] sem = new double[n];
        for (int i = 0; i < n; i++) {
            boolean base = i < before.length;
            int k = base ? i : i - before.length;
            t[i] = ((base ? before[k] : after[k]) - origin) / MS_PER_MIN;
            double[] values = new double[valid.size()];
            for (int p = 0; p < values.length; p++) {
                double[] epsp = base ? valid.get(p).baselineEpspMv() : valid.get(p).afterEpspMv();
                values[p] = k < epsp.length ? epsp[k] : Double.NaN;
            }
            Summary s = Summary.of(Arrays.stream(values).filter(Double::isFinite).toArray());
            mean[i] = s.mean();
            sem[i] = s.n() < 2 ? Double.NaN : s.sem();
        }
        int last = protocol.readOut().lastN();
        MeanLine baseline = window(t, mean, before.length - last, before.length);
        MeanLine afterMean = window(t, mean, n - last, n);
        if (!Double.isFinite(baseline.valueMv()) || !Double.isFinite(afterMean.valueMv())) {
            return Optional.empty();
        }
        return Optional.of(new TimeCourse(r.name(), t, mean, sem, baseline, afterMean, 0,
                (schedule.inductionEndMs() - origin) / MS_PER_MIN));
    }

    private static MeanLine window(double[] t, double[] mean, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += mean[i];
        }
        return new MeanLine(t[from], t[to - 1], sum / (to - from));
    }

    /**
     * The ρ and c* traces of the first traced pair of an experiment.
     *
     * @param r the experiment's result
     * @return the traces, empty when no pair was traced
     */
    public static Optional<SynapseTraces> traces(ExperimentResult r) {
        for (PairResult p : r.pairs()) {
            PairTrace trace = p.trace();
            if (trace == null || trace.rho().length == 0) {
                continue;
            }
            double[][] rho = trace.rho();
            double[][] cStar = trace.cStar();
            double[] t = new double[rho[0].length];
            for (int i = 0; i < t.length; i++) {
                t[i] = trace.t0Ms() + i * trace.intervalMs();
            }
            List<SynapseTrace> synapses = new ArrayList<>(rho.length);
            for (int s = 0; s < rho.length; s++) {
                String where = s < p.synapses().size() ? " (" + p.synapses().get(s).dendrite() + ")" : "";
                synapses.add(new SynapseTrace("synapse " + s + where, rho[s], cStar[s]));
            }
            return Optional.of(new SynapseTraces(r.name() + ", pair " + p.index(), t, synapses, "effective calcium c* [mM·ms]"));
        }
        return Optional.empty();
    }

    /**
     * A sweep's grids of mean EPSP ratio, one per extracellular calcium concentration.
     *
     * @param sweep the sweep's result
     * @return the grids, by increasing [Ca²⁺]o
     */
    public static List<SweepGrid> grids(SweepResult sweep) {
        double[] cas = distinct(sweep, SweepResult.Point::caOMm);
        double[] fs = distinct(sweep, SweepResult.Point::frequencyHz);
        double[] dts = distinct(sweep, SweepResult.Point::deltaTMs);
        List<SweepGrid> grids = new ArrayList<>(cas.length);
        for (double ca : cas) {
            double[][] ratio = Arrays.stream(SweepTables.grid(sweep, ca, fs, dts))
                    .map(row -> Arrays.stream(row).mapToDouble(s -> s != null && s.n() > 0 ? s.mean() : Double.NaN)
                            .toArray())
                    .toArray(double[][]::new);
            grids.add(new SweepGrid(String.format(Locale.ROOT, "[Ca²⁺]o = %s mM", CsvTables.number(ca)), fs, dts,
                    ratio));
        }
        return grids;
    }

    /** @return the distinct values of one axis of a sweep's points, ascending */
    static double[] distinct(SweepResult sweep, ToDoubleFunction<SweepResult.Point> axis) {
        TreeSet<Double> values = new TreeSet<>();
        sweep.points().forEach(p -> values.add(axis.applyAsDouble(p)));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
