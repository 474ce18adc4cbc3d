package org.synplast.report.data;

/**
 * A mean value drawn as a horizontal line over the window it was taken from.
 *
 * @param startMin window start // [min]
 * @param endMin   window end // [min]
 * @param valueMv  the mean EPSP amplitude over the window // [mV]
 */
public record MeanLine(double startMin, double endMin, double valueMv) {

    /** Validates the window. */
    public MeanLine {
        if (!(endMin >= startMin) || !Double.isFinite(valueMv)) {
            throw new IllegalArgumentException(
                    "mean line needs start <= end and a finite value: " + startMin + ", " + endMin + ", " + valueMv);
        }
    }
}
