package org.synplast.compiler.canonical;

/**
 * Where something was written.
 *
 * @param file   the file's URI or path as the resource set knows it
 * @param line   1-based line, or 0 if unknown
 * @param column 1-based column, or 0 if unknown
 */
public record SourceLocation(String file, int line, int column) {

    /** A location for a file without a position. */
    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
