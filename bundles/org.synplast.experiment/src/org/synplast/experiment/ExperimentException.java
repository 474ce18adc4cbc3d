package org.synplast.experiment;

import java.util.List;

/** The experiment layer's unchecked exception: a message from {@link ExperimentMessage} with its arguments. */
public class ExperimentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExperimentMessage kind;
    private final transient List<Object> arguments;

    /**
     * @param kind the message
     * @param args its arguments
     */
    public ExperimentException(ExperimentMessage kind, Object... args) {
        super(kind.format(args));
        this.kind = kind;
        this.arguments = List.of(args);
    }

    /**
     * @param cause the underlying failure
     * @param kind  the message
     * @param args  its arguments
     */
    public ExperimentException(Throwable cause, ExperimentMessage kind, Object... args) {
        super(kind.format(args), cause);
        this.kind = kind;
        this.arguments = List.of(args);
    }

    /** @return the kind of error */
    public ExperimentMessage kind() {
        return kind;
    }

    /** @return the arguments of the message */
    public List<Object> arguments() {
        return arguments;
    }

    /**
     * Checks an argument.
     *
     * @param ok       the condition
     * @param what     the argument's name
     * @param expected what it must be, e.g. "positive"
     * @param value    the value
     */
    public static void require(boolean ok, String what, String expected, Object value) {
        if (!ok) {
            throw new ExperimentException(ExperimentMessage.INVALID_ARGUMENT, what, expected, value);
        }
    }
}
