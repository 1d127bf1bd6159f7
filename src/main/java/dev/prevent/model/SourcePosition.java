package dev.prevent.model;

import java.nio.file.Path;

/** Where a value was written: a file, and a 1-based line and column in it (0 when unknown). */
public record SourcePosition(Path file, int line, int column) {

    /** The position of a whole file, for messages that are about the file rather than a line in it. */
    public static SourcePosition ofFile(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public String toString() {
        return hasLine() ? file + ":" + line + ":" + column : file.toString();
    }
}
