package org.synplast.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.synplast.report.data.DistanceBand;
import org.synplast.report.data.MeanSem;
import org.synplast.report.data.RatioComparison;
import org.synplast.report.data.SweepGrid;
import org.synplast.report.data.SynapseTrace;
import org.synplast.report.data.SynapseTraces;
import org.synplast.report.data.TimeCourse;

/** Builds SynPlast's charts from report data. Every method returns a new, independent chart. */
public final class Charts {

    private static final Color IN_SILICO = new Color(31, 119, 180);
    private static final Color IN_VITRO = new Color(127, 127, 127);
    private static final Color MEAN_LINE = new Color(214, 39, 40);
    private static final Color INDUCTION = new Color(255, 200, 80);
    private static final Color GRID = new Color(220, 220, 220);
    private static final Paint[] PALETTE = {
        new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
        new Color(188, 189, 34), new Color(23, 190, 207),
    };
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);
    private static final Font CELL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    /** Grids with more cells than this are drawn without their values written in. */
    private static final int MAX_LABELLED_CELLS = 150;

    private Charts() {
    }

    /**
     * The EPSP amplitude across the protocol: mean across pairs with a ±SEM band, the induction
     * period shaded, and the baseline and after-induction means as dashed lines over their windows.
     *
     * @param course the time course
     * @return the chart
     */
    public static JFreeChart epspTimeCourse(TimeCourse course) {
        YIntervalSeries series = new YIntervalSeries("mean ± SEM across pairs");
        double[] t = course.timeMin();
        double[] mean = course.meanMv();
        double[] sem = course.semMv();
        for (int i = 0; i < t.length; i++) {
            double s = Double.isNaN(sem[i]) ? 0 : sem[i];
            series.add(t[i], mean[i], mean[i] - s, mean[i] + s);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);

        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, IN_SILICO);
        renderer.setSeriesFillPaint(0, IN_SILICO);
        renderer.setAlpha(0.25f);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));

        XYPlot plot = new XYPlot(data, axis("time from induction onset [min]", false),
                axis("EPSP amplitude [mV]", true), renderer);
        style(plot);

        IntervalMarker induction = new IntervalMarker(course.inductionStartMin(), course.inductionEndMin());
        induction.setPaint(INDUCTION);
        induction.setAlpha(0.4f);
        induction.setLabel("induction");
        induction.setLabelAnchor(RectangleAnchor.TOP);
        induction.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        plot.addDomainMarker(induction, Layer.BACKGROUND);
        plot.addAnnotation(meanLine(course.baseline().startMin(), course.baseline().endMin(),
                course.baseline().valueMv()));
        plot.addAnnotation(meanLine(course.after().startMin(), course.after().endMin(), course.after().valueMv()));
        XYTextAnnotation ratio = new XYTextAnnotation(
                String.format(Locale.ROOT, "ratio %.3f", course.ratio()),
                course.after().endMin(), course.after().valueMv());
        ratio.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        ratio.setPaint(MEAN_LINE);
        plot.addAnnotation(ratio);

        return chart(course.title(), plot, true);
    }

    private static XYLineAnnotation meanLine(double fromMin, double toMin, double valueMv) {
        return new XYLineAnnotation(fromMin, valueMv, toMin, valueMv, DASHED, MEAN_LINE);
    }

    /**
     * In silico against in vitro EPSP ratios per experiment, as bars with ±SEM error bars, the
     * Welch p-value above each experiment and a reference line at ratio 1 (no change).
     *
     * @param title       the chart title
     * @param comparisons one entry per experiment, in display order
     * @return the chart
     */
    public static JFreeChart ratioBars(String title, List<RatioComparison> comparisons) {
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("ratio bars need at least one experiment");
        }
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double top = 1;
        for (RatioComparison c : comparisons) {
            data.add(c.inSilico().mean(), c.inSilico().semOrZero(), "in silico", c.experiment());
            top = Math.max(top, c.inSilico().mean() + c.inSilico().semOrZero());
            MeanSem vitro = c.inVitro();
            if (vitro != null) {
                data.add(vitro.mean(), vitro.semOrZero(), "in vitro", c.experiment());
                top = Math.max(top, vitro.mean() + vitro.semOrZero());
            } else {
                data.add(null, null, "in vitro", c.experiment());
            }
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setSeriesPaint(0, IN_SILICO);
        renderer.setSeriesPaint(1, IN_VITRO);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setItemMargin(0.05);

        CategoryAxis experiments = new CategoryAxis("experiment");
        if (comparisons.size() > 6) {
            experiments.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis ratio = new NumberAxis("EPSP ratio (after / before)");
        ratio.setUpperBound(top * 1.15);
        ratio.setLowerBound(0);
        CategoryPlot plot = new CategoryPlot(data, experiments, ratio, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        style(plot);
        ValueMarker unity = new ValueMarker(1.0, Color.DARK_GRAY, DASHED);
        plot.addRangeMarker(unity, Layer.FOREGROUND);
        for (RatioComparison c : comparisons) {
            if (!Double.isNaN(c.pValue())) {
                CategoryTextAnnotation p = new CategoryTextAnnotation(formatP(c.pValue()), c.experiment(),
                        top * 1.07);
                p.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(p);
            }
        }
        return chart(title, plot, true);
    }

    /**
     * Formats a p-value as shown on charts and in reports: three significant digits, or
     * {@code p < 0.001}.
     *
     * @param p the p-value, in [0, 1]
     * @return the text, for example {@code "p = 0.0312"}
     */
    public static String formatP(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3g", p);
    }

    /**
     * ρ (top) and calcium (bottom) of a pair's synapses over time, sharing the time axis; each
     * synapse keeps its colour in both panels.
     *
     * @param traces the pair's traces
     * @return the chart
     */
    public static JFreeChart synapseTraces(SynapseTraces traces) {
        XYSeriesCollection rho = new XYSeriesCollection();
        XYSeriesCollection calcium = new XYSeriesCollection();
        double[] t = traces.timeMs();
        for (SynapseTrace s : traces.synapses()) {
            XYSeries r = new XYSeries(s.label(), false, true);
            XYSeries c = new XYSeries(s.label(), false, true);
            double[] rv = s.rho();
            double[] cv = s.calcium();
            for (int i = 0; i < t.length; i++) {
                r.add(t[i], rv[i], false);
                c.add(t[i], cv[i], false);
            }
            rho.addSeries(r);
            calcium.addSeries(c);
        }
        NumberAxis rhoAxis = new NumberAxis("ρ");
        rhoAxis.setRange(-0.05, 1.05);
        XYPlot rhoPlot = new XYPlot(rho, null, rhoAxis, lines(traces.synapses().size(), true));
        XYPlot caPlot = new XYPlot(calcium, null, new NumberAxis(traces.calciumLabel()),
                lines(traces.synapses().size(), false));
        NumberAxis time = axis("time [ms]", false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(8);
        plot.add(rhoPlot, 1);
        plot.add(caPlot, 1);
        style(rhoPlot);
        style(caPlot);
        return chart(traces.title(), plot, true);
    }

    private static XYLineAndShapeRenderer lines(int count, boolean inLegend) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < count; i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.2f));
        }
        renderer.setDefaultSeriesVisibleInLegend(inLegend);
        return renderer;
    }

    /**
     * Sweep heat maps (Δt across, frequency up) side by side, typically in vitro and in vivo
     * [Ca²⁺]o, on one diverging colour scale centred on ratio 1, with the ratio written in each cell
     * when the grids are small enough to read.
     *
     * @param title the chart title
     * @param grids the grids, left to right; all with the same axes
     * @return the chart
     */
    public static JFreeChart sweepHeatMaps(String title, List<SweepGrid> grids) {
        if (grids.isEmpty()) {
            throw new IllegalArgumentException("heat maps need at least one grid");
        }
        SweepGrid first = grids.get(0);
        for (SweepGrid g : grids) {
            if (!first.sameAxes(g)) {
                throw new IllegalArgumentException("heat maps side by side need the same axes: " + first.label()
                        + " and " + g.label() + " differ");
            }
        }
        DivergingPaintScale scale = DivergingPaintScale.covering(
                grids.stream().map(SweepGrid::ratio).toArray(double[][][]::new));
        SymbolAxis frequency = new SymbolAxis("frequency [Hz]", labels(first.frequencyHz()));
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(frequency);
        plot.setGap(12);
        boolean labelled = first.frequencyHz().length * first.deltaTMs().length <= MAX_LABELLED_CELLS;
        for (SweepGrid g : grids) {
            plot.add(heatMap(g, scale, labelled), 1);
        }
        JFreeChart chart = chart(title, plot, false);
        NumberAxis legendAxis = new NumberAxis("EPSP ratio");
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(14);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * The EPSP ratio against synapse path distance: one point per band at the band's centre, the
     * band's extent as a horizontal bar, ±SEM as a vertical bar, and a reference line at ratio 1.
     *
     * @param title the chart title
     * @param bands the bands, in any order
     * @return the chart
     */
    public static JFreeChart distanceProfile(String title, List<DistanceBand> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a distance profile needs at least one band");
        }
        XYIntervalSeries series = new XYIntervalSeries("mean ± SEM across valid pairs");
        for (DistanceBand b : bands) {
            MeanSem r = b.ratio();
            series.add(b.centreUm(), b.fromUm(), b.toUm(), r.mean(), r.mean() - r.semOrZero(),
                    r.mean() + r.semOrZero());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setSeriesPaint(0, IN_SILICO);
        renderer.setErrorPaint(IN_SILICO);
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        XYPlot plot = new XYPlot(data, axis("synapse path distance from the soma [µm]", true),
                axis("EPSP ratio (after / before)", false), renderer);
        style(plot);
        plot.addRangeMarker(new ValueMarker(1.0, Color.DARK_GRAY, DASHED), Layer.FOREGROUND);
        return chart(title, plot, true);
    }

    private static XYPlot heatMap(SweepGrid grid, DivergingPaintScale scale, boolean labelled) {
        int rows = grid.frequencyHz().length;
        int cols = grid.deltaTMs().length;
        double[][] xyz = new double[3][rows * cols];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                xyz[0][k] = j;
                xyz[1][k] = i;
                xyz[2][k] = grid.ratio()[i][j];
                k++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(grid.label(), xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        SymbolAxis deltaT = new SymbolAxis("Δt [ms] · " + grid.label(), labels(grid.deltaTMs()));
        XYPlot plot = new XYPlot(data, deltaT, null, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (labelled) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    double v = grid.ratio()[i][j];
                    XYTextAnnotation text = new XYTextAnnotation(
                            Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v), j, i);
                    text.setFont(CELL_FONT);
                    plot.addAnnotation(text);
                }
            }
        }
        return plot;
    }

    private static String[] labels(double[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            out[i] = v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
        }
        return out;
    }

    /** @return a number axis whose automatic range includes zero or not */
    private static NumberAxis axis(String label, boolean includesZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includesZero);
        return axis;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
    }

    private static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
    }

    private static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
