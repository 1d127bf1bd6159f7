package dev.prevent.model;

/** Where a value starts and ends in its file, so a message can point inside a long text. */
public record SourceRange(SourcePosition start, SourcePosition end) {

    /** Whether the range covers nothing, as a list's or mapping's does (it is recorded by where it starts). */
    public boolean isEmpty() {
        return start.line() == end.line() && start.column() == end.column();
    }
}
