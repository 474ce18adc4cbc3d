package org.synplast.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

import org.jfree.chart.renderer.PaintScale;

/**
 * A blue–white–red scale centred on an EPSP ratio of 1 (no change): depression blue, potentiation
 * red, {@code NaN} grey. The bounds are symmetric around 1 so equal changes get equal colour.
 */
final class DivergingPaintScale implements PaintScale, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Color LOW = new Color(33, 102, 172);
    private static final Color MID = Color.WHITE;
    private static final Color HIGH = new Color(178, 24, 43);
    private static final Color MISSING = new Color(200, 200, 200);

    private final double halfWidth;

    /**
     * Creates the scale spanning {@code [1 - halfWidth, 1 + halfWidth]}.
     *
     * @param halfWidth the largest deviation from 1 shown in full colour, positive
     */
    DivergingPaintScale(double halfWidth) {
        if (!(halfWidth > 0)) {
            throw new IllegalArgumentException("half width must be positive, was " + halfWidth);
        }
        this.halfWidth = halfWidth;
    }

    /** Returns a scale wide enough for every finite value, at least ±0.05 around 1. */
    static DivergingPaintScale covering(double[][]... grids) {
        double widest = 0.05;
        for (double[][] grid : grids) {
            for (double[] row : grid) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        widest = Math.max(widest, Math.abs(v - 1));
                    }
                }
            }
        }
        return new DivergingPaintScale(widest);
    }

    @Override
    public double getLowerBound() {
        return 1 - halfWidth;
    }

    @Override
    public double getUpperBound() {
        return 1 + halfWidth;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double t = Math.max(-1, Math.min(1, (value - 1) / halfWidth));
        return t < 0 ? mix(MID, LOW, -t) : mix(MID, HIGH, t);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}
