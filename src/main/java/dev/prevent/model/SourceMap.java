package dev.prevent.model;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a mapping (an action, an objective, a plan header) and each of its values were written,
 * so every later message and report can point back to the source line. Values are recorded under
 * their key, list items under {@code key[index]}; keys written without a value are not recorded.
 * Texts are recorded with their full range; lists and mappings by where they start only
 * (an empty range), so searching every range searches each text once.
 */
public record SourceMap(SourcePosition at, Map<String, SourceRange> values) {

    public SourceMap {
        values = Map.copyOf(values);
    }

    public static SourceMap of(SourcePosition at) {
        return new SourceMap(at, Map.of());
    }

    /** The position of the value of {@code key}, or of the mapping when the key was not written. */
    public SourcePosition of(String key) {
        SourceRange range = values.get(key);
        return range == null ? at : range.start();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Path file() {
        return at.file();
    }
}
