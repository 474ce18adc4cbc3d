package org.synplast.cli;

/** A problem with the user's input or environment, reported as one line with exit code 1. */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message what is wrong, as one line the user can act on
     */
    public UserError(String message) {
        super(message);
    }
}
