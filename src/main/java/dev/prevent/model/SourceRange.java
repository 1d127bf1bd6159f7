package dev.prevent.model;

/** Where a value starts and ends in its file, so a message can point inside a long text. */
public record SourceRange(SourcePosition start, SourcePosition end) {
}
