package org.synplast.maven;

import java.util.Locale;

import org.synplast.experiment.plan.InVitroResult;
import org.synplast.experiment.results.ExperimentResult;
import org.synplast.experiment.stats.Summary;
import org.synplast.experiment.stats.WelchTest;

/**
 * What one checked experiment says about its stated in vitro expectation, decided by the
 * experiment's Welch test at its own α.
 *
 * @param experiment the experiment's name
 * @param status     the decision
 * @param detail     the numbers behind it, one line
 */
record CheckOutcome(String experiment, Status status, String detail) {

    /** The decision for one experiment. */
    enum Status {
        /** p ≥ α: in silico is consistent with in vitro. */
        CONSISTENT,
        /** p &lt; α: the outcome contradicts the in vitro expectation. */
        CONTRADICTED,
        /** The test cannot be done, for example fewer than two valid pairs. */
        UNDETERMINED,
        /** The experiment states no in vitro result, so there is nothing to check. */
        NO_EXPECTATION
    }

    /**
     * Decides an experiment's outcome.
     *
     * @param result the experiment's result
     * @return the decision with its numbers
     */
    static CheckOutcome of(ExperimentResult result) {
        String silico = summary(result.inSilico(), result.valid());
        InVitroResult vitro = result.inVitro();
        WelchTest test = result.test();
        if (vitro == null || test == null) {
            return new CheckOutcome(result.name(), Status.NO_EXPECTATION,
                    "in silico " + silico + "; the experiment states no in vitro result to check against");
        }
        String numbers = String.format(Locale.ROOT, "in silico %s vs in vitro %.3f ± %.3f (n = %d, %s)", silico,
                vitro.meanRatio(), vitro.sem(), vitro.n(), vitro.citation());
        return switch (test.verdict()) {
            case CONSISTENT -> new CheckOutcome(result.name(), Status.CONSISTENT,
                    numbers + String.format(Locale.ROOT, ": Welch p = %.3g ≥ α = %s", test.p(), test.alpha()));
            case DIFFERENT -> new CheckOutcome(result.name(), Status.CONTRADICTED,
                    numbers + String.format(Locale.ROOT, ": Welch p = %.3g < α = %s", test.p(), test.alpha()));
            case UNDETERMINED -> new CheckOutcome(result.name(), Status.UNDETERMINED,
                    numbers + ": Welch's test cannot be done (fewer than two valid pairs or no variance)");
        };
    }

    /**
     * Returns whether this outcome fails the build.
     *
     * @param undeterminedFails whether an experiment that cannot be decided fails it
     * @return true for a contradicted expectation, a check without expectation, and, if asked, an
     *         undetermined one
     */
    boolean failsBuild(boolean undeterminedFails) {
        return switch (status) {
            case CONSISTENT -> false;
            case CONTRADICTED, NO_EXPECTATION -> true;
            case UNDETERMINED -> undeterminedFails;
        };
    }

    @Override
    public String toString() {
        return experiment + ": " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + detail;
    }

    private static String summary(Summary s, int valid) {
        return valid == 0 ? "no valid pair"
                : String.format(Locale.ROOT, "%.3f ± %.3f (n = %d)", s.mean(), s.sem(), s.n());
    }
}
