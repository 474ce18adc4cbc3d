package org.synplast.compiler;

import org.synplast.compiler.canonical.SourceLocation;

/**
 * A problem the compiler found in the user's files.
 *
 * @param severity error or warning
 * @param location where
 * @param message  what is wrong and how to fix it
 * @param stage    the lowering stage that reported it
 */
public record CompilerDiagnostic(Severity severity, SourceLocation location, String message, String stage) {

    /** How bad a diagnostic is. */
    public enum Severity {
        /** The affected experiment cannot be compiled. */
        ERROR,
        /** Compiled, but the user should look. */
        WARNING
    }

    @Override
    public String toString() {
        return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " [" + stage + "]";
    }
}
