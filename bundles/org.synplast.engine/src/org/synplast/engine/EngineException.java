package org.synplast.engine;

import java.util.List;

/** The engine's unchecked exception: a message from {@link EngineMessage} with its arguments. */
public class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final EngineMessage kind;
    private final transient List<Object> arguments;

    /**
     * @param kind the message
     * @param args its arguments
     */
    public EngineException(EngineMessage kind, Object... args) {
        this(kind.format(args), kind, args);
    }

    /**
     * @param message the full message (for subclasses that add a location)
     * @param kind    the message kind
     * @param args    its arguments
     */
    protected EngineException(String message, EngineMessage kind, Object... args) {
        super(message);
        this.kind = kind;
        this.arguments = List.of(args);
    }

    /** @return the kind of error, for tests and callers that translate messages */
    public EngineMessage kind() {
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
            throw new EngineException(EngineMessage.INVALID_ARGUMENT, what, expected, value);
        }
    }
}
