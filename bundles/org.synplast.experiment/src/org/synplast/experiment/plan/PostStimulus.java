package org.synplast.experiment.plan;

import org.synplast.experiment.ExperimentException;

/**
 * How each postsynaptic action potential of the induction is evoked: one somatic square current
 * pulse per action potential (model.md §5).
 */
public sealed interface PostStimulus {

    /** @return the pulse width [ms] */
    double widthMs();

    /**
     * The smallest amplitude that gives exactly one action potential, found per pair by
     * calibration.
     *
     * @param widthMs pulse width [ms], positive (the paper: 3 ms)
     */
    record Calibrated(double widthMs) implements PostStimulus {
        /** Validates. */
        public Calibrated {
            ExperimentException.require(widthMs > 0 && Double.isFinite(widthMs), "post pulse width [ms]", "positive",
                    widthMs);
        }
    }

    /**
     * A given amplitude.
     *
     * @param widthMs     pulse width [ms], positive
     * @param amplitudeNa injected current [nA], positive
     */
    record Given(double widthMs, double amplitudeNa) implements PostStimulus {
        /** Validates. */
        public Given {
            ExperimentException.require(widthMs > 0 && Double.isFinite(widthMs), "post pulse width [ms]", "positive",
                    widthMs);
            ExperimentException.require(amplitudeNa > 0 && Double.isFinite(amplitudeNa), "post pulse amplitude [nA]",
                    "positive", amplitudeNa);
        }
    }
}
