package org.synplast.report.html;

import org.synplast.report.data.RatioComparison;

/**
 * One row of a run's summary table: the experiment's comparison and its verdict.
 *
 * @param comparison in silico against in vitro, with the Welch p-value
 * @param verdict    the outcome as the run judged it, for example "reproduced"
 */
public record SummaryRow(RatioComparison comparison, String verdict) {

    /** Validates the components. */
    public SummaryRow {
        if (comparison == null || verdict == null) {
            throw new IllegalArgumentException("a summary row needs a comparison and a verdict");
        }
    }
}
