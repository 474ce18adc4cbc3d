package org.synplast.experiment;

import java.util.Locale;

/**
 * Every error message of the experiment layer, as a format pattern (Hipparchus' localized-formats
 * style). Arguments are substituted with {@link String#format(Locale, String, Object...)}.
 */
public enum ExperimentMessage {
    /** An argument is out of its valid range. */
    INVALID_ARGUMENT("%s must be %s, got %s"),
    /** Events of a protocol overlap or fall outside their phase. */
    SCHEDULE_CONFLICT("protocol %s: %s"),
    /** A placement rule selects no compartment of the cell. */
    NO_COMPARTMENT("placement rule %s selects no compartment of the cell"),
    /** No pulse amplitude in the search range evokes one action potential per pulse of a burst. */
    NO_POST_CURRENT("no burst of %d pulses of %s ms between %s and %s nA gives one action potential per pulse"),
    /** A results file has a format this version cannot read. */
    UNSUPPORTED_FORMAT("results file format %s is not supported (this version reads up to %s)"),
    /** A line of a pair journal is not an entry. */
    JOURNAL_ENTRY("%s:%d: not a pair journal entry (%s); delete the line to simulate its pair again"),
    /** A results file could not be read or written. */
    IO_ERROR("cannot %s %s: %s");

    private final String pattern;

    ExperimentMessage(String pattern) {
        this.pattern = pattern;
    }

    /**
     * @param args the arguments
     * @return the message
     */
    public String format(Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
