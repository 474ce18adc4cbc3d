package org.synplast.experiment.run;

import org.synplast.engine.quiescence.QuiescenceSettings;
import org.synplast.experiment.ExperimentException;

/**
 * Whether pair simulations skip quiescent intervals (cell at rest, no activity ahead) and with
 * which tolerances; see {@link org.synplast.engine.quiescence.QuiescenceMonitor}. Traced pairs are
 * stepped in full within their traced window (the traces need every sample).
 *
 * @param enabled  skip quiescent intervals
 * @param settings the detection tolerances and margins
 */
public record QuiescenceSkipping(boolean enabled, QuiescenceSettings settings) {

    /** Plain fixed stepping throughout. */
    public static final QuiescenceSkipping OFF = new QuiescenceSkipping(false, QuiescenceSettings.DEFAULT);
    /** Skipping with {@link QuiescenceSettings#DEFAULT}. */
    public static final QuiescenceSkipping ON = new QuiescenceSkipping(true, QuiescenceSettings.DEFAULT);
    /** What runs use unless told otherwise (the pair simulation's accuracy tests justify it). */
    public static final QuiescenceSkipping DEFAULT = ON;

    /** Validates. */
    public QuiescenceSkipping {
        ExperimentException.require(settings != null, "quiescence settings", "set", null);
    }
}
