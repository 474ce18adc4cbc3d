package org.synplast.report.results;

/**
 * What a suite report shows about an experiment beyond its results: where it is defined and what
 * the paper's own simulations gave.
 *
 * @param file          the file that defines it (its name within the suite's folder)
 * @param role          {@code training} (the paper fitted its parameters to it) or {@code held_out}
 * @param paperInSilico the paper's in silico mean EPSP ratio, {@code NaN} where the file gives none
 */
public record SuiteEntry(String file, String role, double paperInSilico) {

    /** Validates the components. */
    public SuiteEntry {
        if (file == null || role == null) {
            throw new IllegalArgumentException("a suite entry needs a file and a role");
        }
    }
}
