package org.synplast.engine.celltype;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An experimental target of cells.md: mean ± SD.
 *
 * @param mean the mean
 * @param sd   the standard deviation
 */
record Target(double mean, double sd) {

    /**
     * Asserts {@code |value − mean| ≤ k·SD}.
     *
     * @param value the model's value
     * @param k     allowed SDs
     * @param what  for the message
     */
    void assertWithin(double value, double k, String what) {
        assertEquals(mean, value, k * sd, what + ": " + value + " vs " + mean + " ± " + sd);
    }
}
