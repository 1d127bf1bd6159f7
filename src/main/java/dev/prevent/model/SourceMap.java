package dev.prevent.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Where a mapping (an action, an objective, a plan header) and each of its values were written,
 * so every later message and report can point back to the source line. Values are recorded under
 * their key, list items under {@code key[index]}; keys written without a value are not recorded.
 * Texts are recorded with their full range; lists and mappings by where they start only
 * (an empty range), so searching every range searches each text once.
 *
 * <p>Positions are packed into longs and the file is held once: a national plan has millions of
 * values, and an object per position would fill the heap.
 */
public final class SourceMap {

    private final Path file;
    private final long at;
    private final String[] keys;
    private final long[] starts;
    private final long[] ends;

    public SourceMap(SourcePosition at, Map<String, SourceRange> values) {
        this.file = at.file();
        this.at = pack(at);
        this.keys = new String[values.size()];
        this.starts = new long[values.size()];
        this.ends = new long[values.size()];
        int i = 0;
        for (Map.Entry<String, SourceRange> value : values.entrySet()) {
            keys[i] = value.getKey();
            starts[i] = pack(value.getValue().start());
            ends[i] = pack(value.getValue().end());
            i++;
        }
    }

    public static SourceMap of(SourcePosition at) {
        return new SourceMap(at, Map.of());
    }

    public SourcePosition at() {
        return unpack(at);
    }

    /** The position of the value of {@code key}, or of the mapping when the key was not written. */
    public SourcePosition of(String key) {
        int i = indexOf(key);
        return i < 0 ? at() : unpack(starts[i]);
    }

    public boolean has(String key) {
        return indexOf(key) >= 0;
    }

    public Path file() {
        return file;
    }

    /** Each recorded value's key and range. */
    public void forEach(BiConsumer<String, SourceRange> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], new SourceRange(unpack(starts[i]), unpack(ends[i])));
        }
    }

    private int indexOf(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static long pack(SourcePosition position) {
        return ((long) position.line() << 32) | (position.column() & 0xffffffffL);
    }

    private SourcePosition unpack(long packed) {
        return new SourcePosition(file, (int) (packed >>> 32), (int) packed);
    }

    @Override
    public String toString() {
        return "SourceMap[" + at() + "]";
    }
}
