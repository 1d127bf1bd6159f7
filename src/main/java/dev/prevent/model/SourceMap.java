package dev.prevent.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Where a mapping (an action, an objective, a plan header) and each of its values were written,
 * so every later message and report can point back to the source line. Values are recorded under
 * their key, list items under {@code key[index]}; keys written without a value are not recorded.
 * Texts are recorded with their full range (a list of texts by its items); lists of mappings and
 * mappings by where they start only (an empty range), so searching every range searches each text once.
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
    /** Keys to indexes, made only for a long list's mapping (a list of 100,000 items has that many keys). */
    private final Map<String, Integer> index;

    private SourceMap(Path file, long at, String[] keys, long[] starts, long[] ends, Map<String, Integer> index) {
        this.file = file;
        this.at = at;
        this.keys = keys;
        this.starts = starts;
        this.ends = ends;
        this.index = index;
    }

    public static SourceMap of(SourcePosition at) {
        return new SourceMap(at.file(), at.packed(), new String[0], new long[0], new long[0], null);
    }

    public SourcePosition at() {
        return SourcePosition.unpack(file, at);
    }

    /** The position of the value of {@code key}, or of the mapping when the key was not written. */
    public SourcePosition of(String key) {
        int i = indexOf(keys, keys.length, index, key);
        return i < 0 ? at() : SourcePosition.unpack(file, starts[i]);
    }

    public boolean has(String key) {
        return indexOf(keys, keys.length, index, key) >= 0;
    }

    public Path file() {
        return file;
    }

    /** Each recorded value's key and range. */
    public void forEach(BiConsumer<String, SourceRange> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], new SourceRange(SourcePosition.unpack(file, starts[i]), SourcePosition.unpack(file, ends[i])));
        }
    }

    /** Past this many keys a scan per look-up would make reading a long list quadratic: keys are hashed. */
    private static final int SCANNED = 16;

    private static int indexOf(String[] keys, int size, Map<String, Integer> index, String key) {
        if (index != null) {
            return index.getOrDefault(key, -1);
        }
        // A mapping has a dozen keys: a scan beats hashing, and needs no table per mapping.
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Records a mapping's values as they are read, with {@link SourcePosition#pack packed} positions.
     * Recording a key again replaces its range.
     */
    public static final class Builder {
        private final Path file;
        private final long at;
        private String[] keys;
        private long[] starts;
        private long[] ends;
        private int size;
        private Map<String, Integer> index;

        public Builder(Path file, long at, int expected) {
            this.file = file;
            this.at = at;
            int capacity = Math.max(expected, 4);
            keys = new String[capacity];
            starts = new long[capacity];
            ends = new long[capacity];
        }

        public void put(String key, long start, long end) {
            int i = indexOf(keys, size, index, key);
            if (i < 0) {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                    starts = Arrays.copyOf(starts, size * 2);
                    ends = Arrays.copyOf(ends, size * 2);
                }
                i = size++;
                keys[i] = key;
                if (index != null) {
                    index.put(key, i);
                } else if (size > SCANNED) {
                    index = new HashMap<>();
                    for (int k = 0; k < size; k++) {
                        index.put(keys[k], k);
                    }
                }
            }
            starts[i] = start;
            ends[i] = end;
        }

        /** Where the value of {@code key} starts, or where the mapping does when it was not recorded. */
        public SourcePosition start(String key) {
            int i = indexOf(keys, size, index, key);
            return SourcePosition.unpack(file, i < 0 ? at : starts[i]);
        }

        public SourceMap build() {
            return new SourceMap(file, at, Arrays.copyOf(keys, size), Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
                    index == null ? null : Map.copyOf(index));
        }
    }

    @Override
    public String toString() {
        return "SourceMap[" + at() + "]";
    }
}
