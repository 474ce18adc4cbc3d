package org.synplast.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class DivergingPaintScaleTest {

    @Test
    void noChangeIsWhiteAndTheEndsAreFullColour() {
        DivergingPaintScale scale = new DivergingPaintScale(0.5);
        assertEquals(Color.WHITE, scale.getPaint(1.0));
        Color low = (Color) scale.getPaint(0.5);
        Color high = (Color) scale.getPaint(1.5);
        assertTrue(low.getBlue() > low.getRed(), "depression is blue");
        assertTrue(high.getRed() > high.getBlue(), "potentiation is red");
        assertEquals(low, scale.getPaint(0.1), "values beyond the bounds saturate");
        assertEquals(new Color(200, 200, 200), scale.getPaint(Double.NaN));
    }

    @Test
    void coveringIsSymmetricAroundOneAndIgnoresNaN() {
        DivergingPaintScale scale = DivergingPaintScale.covering(new double[][] {{0.7, Double.NaN, 1.1}});
        assertEquals(0.7, scale.getLowerBound(), 1e-12);
        assertEquals(1.3, scale.getUpperBound(), 1e-12);
        DivergingPaintScale flat = DivergingPaintScale.covering(new double[][] {{1.0}});
        assertEquals(1.05, flat.getUpperBound(), 1e-12);
    }

    @Test
    void rejectsANonPositiveWidth() {
        assertThrows(IllegalArgumentException.class, () -> new DivergingPaintScale(0));
    }
}
