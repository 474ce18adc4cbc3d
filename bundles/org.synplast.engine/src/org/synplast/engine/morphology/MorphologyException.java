package org.synplast.engine.morphology;

import org.synplast.engine.EngineException;
import org.synplast.engine.EngineMessage;

/** An error in a morphology file, naming the file and line. */
public class MorphologyException extends EngineException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /**
     * @param source the file name
     * @param line   the 1-based line, 0 if the error concerns the whole file
     * @param kind   the message
     * @param args   its arguments
     */
    public MorphologyException(String source, int line, EngineMessage kind, Object... args) {
        super(source + (line > 0 ? ":" + line : "") + ": " + kind.format(args), kind, args);
        this.source = source;
        this.line = line;
    }

    /** @return the file name */
    public String source() {
        return source;
    }

    /** @return the 1-based line, 0 if none */
    public int line() {
        return line;
    }
}
