package dev.prevent.load;

import dev.prevent.model.SourcePosition;
import java.nio.file.Path;
import java.util.List;

/** A YAML value with where it was written; scalars are always the text as written, never typed. */
sealed interface YamlNode {

    /** The file the node was written in. */
    Path file();

    /** Where the node starts, {@link SourcePosition#pack packed}: a national plan has millions of nodes. */
    long start();

    /** Where the node ends, packed. */
    long end();

    default SourcePosition at() {
        return SourcePosition.unpack(file(), start());
    }

    /** What the node is, in words for a message ("text", "a list", "a mapping"). */
    String kind();

    /** A scalar: its text exactly as written, whatever it looks like (1.10, NO, off). */
    record Scalar(String value, boolean plain, Path file, long start, long end) implements YamlNode {
        /** An unquoted empty value, {@code ~} or {@code null}: the key is as good as absent. */
        public boolean isNull() {
            // Asked of every value: a length test first, no set lookup.
            return plain && (value.isEmpty() || value.length() <= 4 && (value.equals("~") || value.equals("null")
                    || value.equals("Null") || value.equals("NULL")));
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, Path file, long start, long end) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping whose keys are unique (a repeated key is reported and dropped when read). */
    record Mapping(List<Entry> entries, Path file, long start, long end) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping (key: value lines)";
        }
    }

    /** One key and its value. */
    record Entry(Scalar key, YamlNode value) {
    }
}
