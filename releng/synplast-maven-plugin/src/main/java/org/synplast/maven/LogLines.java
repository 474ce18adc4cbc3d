package org.synplast.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands every complete line to a consumer, for example a Maven log level. */
final class LogLines extends Writer {

    private final Consumer<String> sink;
    private final StringBuilder line = new StringBuilder();

    /** @param sink receives each line without its terminator */
    LogLines(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    private void emit() {
        sink.accept(line.toString());
        line.setLength(0);
    }

    @Override
    public void flush() {
        // lines are handed on as they complete
    }

    @Override
    public synchronized void close() {
        if (line.length() > 0) {
            emit();
        }
    }
}
