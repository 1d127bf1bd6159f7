package dev.prevent.model;

import java.nio.file.Path;

/** Where a value was written: a file, and a 1-based line and column in it (0 when unknown). */
public record SourcePosition(Path file, int line, int column) {

    /** The position of a whole file, for messages that are about the file rather than a line in it. */
    public static SourcePosition ofFile(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    /**
     * A line and column as one {@code long}, for readers that record millions of positions (a
     * national plan): no object per position until one is asked for.
     */
    public static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    /** The position a {@link #pack packed} line and column stand for in {@code file}. */
    public static SourcePosition unpack(Path file, long packed) {
        return new SourcePosition(file, (int) (packed >>> 32), (int) packed);
    }

    public long packed() {
        return pack(line, column);
    }

    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public String toString() {
        return hasLine() ? file + ":" + line + ":" + column : file.toString();
    }
}
