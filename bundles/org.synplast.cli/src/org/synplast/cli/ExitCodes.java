package org.synplast.cli;

/** The exit codes of the {@code synplast} command. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** A user error: missing or invalid input file, failed validation, unwritable output. */
    public static final int USER_ERROR = 1;
    /** A usage error: unknown command or option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** Interrupted (Ctrl-C) and stopped cleanly. */
    public static final int INTERRUPTED = 3;

    private ExitCodes() {
    }
}
