package org.synplast.cli;

import java.util.Comparator;
import java.util.Locale;

/**
 * One problem in a file, printed as {@code file:line:col: severity: message [code]} (the format
 * compilers use, so editors and CI logs link it to the position).
 *
 * @param file     the file as the user named it
 * @param line     1-based line
 * @param column   1-based column
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param message  what is wrong and how to fix it
 * @param code     the issue code, empty when the problem has none
 */
public record Diagnostic(String file, int line, int column, String severity, String message, String code) {

    /** Orders diagnostics by position. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    /** Returns whether this is an error. */
    public boolean isError() {
        return "error".equals(severity);
    }

    @Override
    public String toString() {
        String text = String.format(Locale.ROOT, "%s:%d:%d: %s: %s", file, line, column, severity,
                message.replace('\n', ' '));
        return code.isEmpty() ? text : text + " [" + code + "]";
    }
}
