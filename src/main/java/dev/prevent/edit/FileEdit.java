package dev.prevent.edit;

import dev.prevent.edit.YamlText.Entry;
import dev.prevent.edit.YamlText.Mapping;
import dev.prevent.edit.YamlText.Node;
import dev.prevent.edit.YamlText.Scalar;
import dev.prevent.edit.YamlText.Sequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Changes to one plan file's text, as splices: a value replaced where it stands, a key or a list item
 * inserted on lines of its own in the style of the file (its indentation, its line ending, flow or block
 * lists as they were). Every byte outside the splices stays as it was: comments, order, quoting, blank
 * lines. New values are written as the YAML library writes them, so quotes appear only where YAML needs them.
 */
final class FileEdit {

    /*
     * Every value of a plan is read as the text written (1.10 stays "1.10", NO stays "NO"), so a value needs
     * quotes only where YAML's syntax does, or where the loader would read nothing (~, null): the failsafe
     * schema, which types nothing, writes exactly that.
     */
    private static final Dump DUMP = new Dump(DumpSettings.builder().setSchema(new FailsafeSchema()).setWidth(100_000)
            .setSplitLines(false).build());

    private record Splice(int start, int end, String text) {
    }

    final YamlText file;
    private final List<Splice> splices = new ArrayList<>();
    /** Whether a line break was already added at the end of a file that had none. */
    private boolean endBroken;

    FileEdit(YamlText file) {
        this.file = file;
    }

    /**
     * The edited text: the splices applied from the end of the file back, so earlier offsets stay true. Of two
     * insertions at one place, the one asked for first ends up first (an update's lines before a status after them).
     */
    String text() {
        StringBuilder text = new StringBuilder(file.text);
        List<Splice> ordered = new ArrayList<>(splices);
        Collections.reverse(ordered);
        ordered.stream().sorted(Comparator.comparingInt(Splice::start).reversed())
                .forEach(s -> text.replace(s.start(), s.end(), s.text()));
        return text.toString();
    }

    /** Sets a key of a mapping to a text, in place when the key is there, else on a new line at the mapping's end. */
    void set(Mapping mapping, String key, String value) {
        var entry = mapping.entry(key);
        if (entry.isPresent() && entry.get().value() instanceof Scalar scalar) {
            if (!scalar.value().equals(value) || isBlank(scalar)) {
                splices.add(replacing(entry.get(), scalar, mapping.flow() ? flowValue(value)
                        : inline(value, scalar.style(), keyColumn(mapping) + 2)));
            }
            return;
        }
        if (entry.isPresent()) {
            replaceValue(entry.get(), mapping.flow() ? flowValue(value) : inline(value, ScalarStyle.PLAIN, keyColumn(mapping) + 2));
            return;
        }
        append(mapping, key, mapping.flow() ? flowValue(value) : inline(value, ScalarStyle.PLAIN, keyColumn(mapping) + 2));
    }

    /** Renames a key where it stands ({@code HR: ...} to {@code HROD: ...}): its value, comments and place kept. */
    void renameKey(Entry entry, String key) {
        splices.add(new Splice(entry.key().start(), entry.key().end(), inline(key, entry.key().style(), file.column(entry.key().start()))));
    }

    /** Sets an entry's text value where it stands ({@code HR: Human resources} to a new name). */
    void setValue(Mapping mapping, Entry entry, String value) {
        if (entry.value() instanceof Scalar scalar) {
            splices.add(replacing(entry, scalar, mapping.flow() ? flowValue(value) : inline(value, scalar.style(), keyColumn(mapping) + 2)));
        } else {
            replaceValue(entry, mapping.flow() ? flowValue(value) : inline(value, ScalarStyle.PLAIN, keyColumn(mapping) + 2));
        }
    }

    /** Removes an entry of a block mapping: its lines, from its key's line to the end of its value. */
    void removeEntry(Entry entry) {
        int start = file.lineStart(entry.key().start());
        int end = file.nextLineStart(contentEnd(entry.value()) - 1);
        splices.add(new Splice(start, end, ""));
    }

    /** A key written with nothing after it ({@code status:}), the format's way to say absent. */
    private static boolean isBlank(Scalar scalar) {
        return scalar.style() == ScalarStyle.PLAIN && scalar.value().isEmpty();
    }

    /**
     * The splice that puts {@code written} where a scalar's text is: after the key's colon for a key left blank (the
     * parser places an empty value at the next token), and for a block text ({@code |}, {@code >}) up to its last
     * character, so the line break that ends it stays.
     */
    private Splice replacing(Entry entry, Scalar scalar, String written) {
        if (isBlank(scalar)) {
            int colon = file.text.indexOf(':', entry.key().end()) + 1;
            return new Splice(colon, colon, " " + written);
        }
        int end = scalar.end();
        if (scalar.style() == ScalarStyle.LITERAL || scalar.style() == ScalarStyle.FOLDED) {
            while (end > scalar.start() && (file.text.charAt(end - 1) == '\n' || file.text.charAt(end - 1) == '\r')) {
                end--;
            }
        }
        return new Splice(scalar.start(), end, written);
    }

    /** Sets a key to a list of codes: a flow list stays a flow list, a block list a block list, one bare code bare. */
    void setList(Mapping mapping, String key, List<String> values) {
        var entry = mapping.entry(key);
        String flow = flowList(values);
        if (entry.isEmpty()) {
            append(mapping, key, flow);
            return;
        }
        Node value = entry.get().value();
        if (value instanceof Scalar scalar) {
            String written = values.size() == 1 && !isBlank(scalar) && !mapping.flow()
                    ? inline(values.get(0), scalar.style(), keyColumn(mapping) + 2) : flow;
            splices.add(replacing(entry.get(), scalar, written));
        } else if (value instanceof Sequence sequence && sequence.flow()) {
            splices.add(new Splice(sequence.start(), sequence.end(), flow));
        } else if (value instanceof Sequence sequence && !sequence.items().isEmpty()) {
            int column = file.column(sequence.start());
            String indent = " ".repeat(column);
            StringBuilder block = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                block.append(i == 0 ? "" : file.newline + indent).append("- ").append(inline(values.get(i), ScalarStyle.PLAIN, column + 2));
            }
            splices.add(new Splice(sequence.start(), contentEnd(sequence), block.toString()));
        } else {
            replaceValue(entry.get(), flow);
        }
    }

    /**
     * Inserts an item (a mapping of keys to texts, in order) into the list under {@code key} before the item at
     * {@code index} (at the end when there is none), making the list when there is none. The item is written as the
     * list's other items are (a block list indented as they are, a list on one line inside its brackets), or as the
     * file indents its lists.
     */
    void insertItem(Mapping mapping, String key, Map<String, ?> item, int sequenceIndent, int index) {
        insertItems(mapping, key, List.of(item), sequenceIndent, index);
    }

    /** Inserts items one after another, as {@link #insertItem} inserts one. */
    void insertItems(Mapping mapping, String key, List<? extends Map<String, ?>> items, int sequenceIndent, int index) {
        var entry = mapping.entry(key);
        int keyColumn = keyColumn(mapping);
        if (entry.isPresent() && entry.get().value() instanceof Sequence sequence && !sequence.flow() && !sequence.items().isEmpty()) {
            int dash = file.column(sequence.start());
            Node first = sequence.items().get(0);
            int itemKeys = first instanceof Mapping m && !m.entries().isEmpty() ? file.column(m.entries().get(0).key().start()) : dash + 2;
            int at = index < sequence.items().size() ? file.lineStart(dashOf(sequence.items().get(index)))
                    : lineAfter(contentEnd(sequence));
            insertLines(at, items(items, dash, itemKeys));
            return;
        }
        if (entry.isPresent() && entry.get().value() instanceof Sequence flow && flow.flow() && !flow.items().isEmpty()) {
            // A list written on one line ([{date: ..., note: a}]) gains the items inside its brackets, on that line.
            String written = String.join(", ", items.stream().map(this::flowMapping).toList());
            Node last = flow.items().get(flow.items().size() - 1);
            splices.add(index < flow.items().size() ? new Splice(flow.items().get(index).start(), flow.items().get(index).start(),
                    written + ", ") : new Splice(last.end(), last.end(), ", " + written));
            return;
        }
        if (mapping.flow() && (entry.isEmpty() || entry.get().value() instanceof Scalar)) {
            String written = "[" + String.join(", ", items.stream().map(this::flowMapping).toList()) + "]";
            if (entry.isPresent()) {
                splices.add(replacing(entry.get(), (Scalar) entry.get().value(), written));
            } else {
                append(mapping, key, written);
            }
            return;
        }
        int dash = keyColumn + sequenceIndent;
        String lines = items(items, dash, dash + 2);
        if (entry.isPresent()) {
            // An empty list, written [] or left blank: the key stays, the items go under it.
            Entry e = entry.get();
            int from = file.text.indexOf(':', e.key().end()) + 1;
            int to = e.value() instanceof Scalar s && s.value().isEmpty() ? from : e.value().end();
            splices.add(new Splice(from, to, file.newline + lines.substring(0, lines.length() - file.newline.length())));
            return;
        }
        insertLines(lineAfter(contentEnd(mapping)), " ".repeat(keyColumn) + key + ":" + file.newline + lines);
    }

    private String items(List<? extends Map<String, ?>> items, int dash, int keys) {
        StringBuilder lines = new StringBuilder();
        items.forEach(item -> lines.append(item(item, dash, keys)));
        return lines.toString();
    }

    /**
     * Appends a new item to a block list of mappings (an action to an objective's actions), after its last item,
     * each field written as {@code sample} (an item already there) writes it: its quotes, flow or block lists.
     */
    void appendMapping(Sequence sequence, Map<String, Object> item, Mapping sample) {
        int dash = file.column(sequence.start());
        int keys = sample != null && !sample.entries().isEmpty() ? file.column(sample.entries().get(0).key().start()) : dash + 2;
        StringBuilder lines = new StringBuilder();
        boolean first = true;
        for (var field : item.entrySet()) {
            Node like = sequence.items().stream().filter(Mapping.class::isInstance).map(Mapping.class::cast)
                    .map(m -> m.get(field.getKey()).orElse(null)).filter(Objects::nonNull).findFirst().orElse(null);
            boolean words = field.getValue() instanceof List<?> l && l.stream().noneMatch(v -> v.toString().contains(" "));
            lines.append(" ".repeat(first ? dash : keys)).append(first ? "- " + " ".repeat(Math.max(0, keys - dash - 2)) : "")
                    .append(field.getKey()).append(':');
            // A list written as the file writes that key, else codes as [A, B] and sentences one a line.
            if (field.getValue() instanceof List<?> list && (like instanceof Sequence s ? s.flow() : words)) {
                lines.append(' ').append(flowList(list.stream().map(Object::toString).toList())).append(file.newline);
            } else if (field.getValue() instanceof List<?> list) {
                int itemDash = like instanceof Sequence s && !s.items().isEmpty() ? file.column(s.start()) : keys + 2;
                for (Object value : list) {
                    lines.append(file.newline).append(" ".repeat(itemDash)).append("- ")
                            .append(inline(value.toString(), ScalarStyle.PLAIN, itemDash + 2));
                }
                lines.append(file.newline);
            } else {
                ScalarStyle style = like instanceof Scalar scalar ? scalar.style() : ScalarStyle.PLAIN;
                lines.append(' ').append(inline(field.getValue().toString(), style, keys + 2)).append(file.newline);
            }
            first = false;
        }
        insertLines(lineAfter(contentEnd(sequence)), lines.toString());
    }

    /**
     * Removes items of a list: a block list's by their lines; a list on one line ({@code [a, b, c]}) by each run of
     * neighbouring items with the comma that parts the run from the items kept.
     */
    void removeItems(Sequence sequence, List<Integer> indexes) {
        List<Integer> sorted = indexes.stream().sorted().distinct().toList();
        if (!sequence.flow()) {
            sorted.forEach(index -> removeItem(sequence, index));
            return;
        }
        List<Node> items = sequence.items();
        if (sorted.size() == items.size()) {
            splices.add(new Splice(items.get(0).start(), items.get(items.size() - 1).end(), ""));
            return;
        }
        for (int i = 0; i < sorted.size(); ) {
            int first = sorted.get(i);
            int last = first;
            while (i + 1 < sorted.size() && sorted.get(i + 1) == last + 1) {
                last = sorted.get(++i);
            }
            i++;
            splices.add(last + 1 < items.size() ? new Splice(items.get(first).start(), items.get(last + 1).start(), "")
                    : new Splice(items.get(first - 1).end(), items.get(last).end(), ""));
        }
    }

    /** Removes an item of a block list: its lines, from the start of its first to the start of the next item's. */
    private void removeItem(Sequence sequence, int index) {
        Node item = sequence.items().get(index);
        int from = file.lineStart(dashOf(item));
        int to = index + 1 < sequence.items().size() ? file.lineStart(dashOf(sequence.items().get(index + 1)))
                : lineAfter(contentEnd(sequence));
        splices.add(new Splice(from, to, ""));
    }

    /**
     * The dash that starts a block list's item: the last before it that is the first character of its line (after
     * indentation) and stands alone or before a space; a dash inside a comment or a value above it is not one.
     */
    private int dashOf(Node item) {
        for (int at = file.text.lastIndexOf('-', item.start()); at >= 0; at = file.text.lastIndexOf('-', at - 1)) {
            int lineStart = file.lineStart(at);
            boolean first = file.text.substring(lineStart, at).isBlank();
            boolean alone = at + 1 >= file.text.length() || Character.isWhitespace(file.text.charAt(at + 1));
            if (first && alone) {
                return at;
            }
        }
        return file.lineStart(item.start());
    }

    /** A mapping as the lines of a list's item; a list value ({@code lead}) on one line, {@code [COLC, NHS]}. */
    private String item(Map<String, ?> fields, int dash, int keys) {
        StringBuilder lines = new StringBuilder();
        boolean first = true;
        for (var field : fields.entrySet()) {
            lines.append(" ".repeat(first ? dash : keys)).append(first ? "- " + " ".repeat(Math.max(0, keys - dash - 2)) : "")
                    .append(field.getKey()).append(": ").append(field.getValue() instanceof List<?> list
                            ? flowList(list.stream().map(Object::toString).toList())
                            : inline(field.getValue().toString(), ScalarStyle.PLAIN, keys + 2))
                    .append(file.newline);
            first = false;
        }
        return lines.toString();
    }

    private void replaceValue(Entry entry, String written) {
        splices.add(new Splice(entry.value().start(), contentEnd(entry.value()), written));
    }

    /** Adds {@code key: value} as the last line of a block mapping, at its keys' indentation. */
    private void append(Mapping mapping, String key, String written) {
        if (mapping.flow()) {
            // A mapping on one line ({id: 1.1, title: T}) gains the key inside its braces.
            int close = file.text.lastIndexOf('}', mapping.end() - 1);
            splices.add(new Splice(close, close, (mapping.entries().isEmpty() ? "" : ", ") + key + ": " + written));
            return;
        }
        insertLines(lineAfter(contentEnd(mapping)), " ".repeat(keyColumn(mapping)) + key + ": " + written + file.newline);
    }

    private void insertLines(int at, String lines) {
        // A file that does not end with a line break gets one before the first lines added at its end, once:
        // a status and then an update log both go there.
        boolean needsBreak = at > 0 && at == file.text.length() && file.text.charAt(at - 1) != '\n' && !endBroken;
        if (needsBreak) {
            // A block text that ends the file without a line break has none in its value ('|' keeps one only if it is
            // there): with lines after it, it would gain one. Its header says so instead: '|' becomes '|-'.
            blockScalarEndingAt(file.root, at).filter(scalar -> !header(scalar).contains("-") && !header(scalar).contains("+"))
                    .ifPresent(scalar -> splices.add(new Splice(scalar.start() + 1, scalar.start() + 1, "-")));
        }
        endBroken |= needsBreak;
        splices.add(new Splice(at, at, (needsBreak ? file.newline : "") + lines));
    }

    private int keyColumn(Mapping mapping) {
        return mapping.entries().isEmpty() ? file.column(mapping.start()) : file.column(mapping.entries().get(0).key().start());
    }

    /** Where a node's own text ends: a block list or mapping ends at its last child, not at the next token. */
    static int contentEnd(Node node) {
        if (node instanceof Sequence s && !s.flow()) {
            return s.items().isEmpty() ? s.start() : contentEnd(s.items().get(s.items().size() - 1));
        }
        if (node instanceof Mapping m && !m.flow()) {
            return m.entries().isEmpty() ? m.start() : contentEnd(m.entries().get(m.entries().size() - 1).value());
        }
        return node.end();
    }

    /**
     * Where lines go after a node that ends at {@code offset}: the start of the next line, or of this one when
     * only indentation precedes the offset; and above any blank lines a block text ends with (they part this
     * entry from the next in the file's layout), unless the text keeps them ({@code |+}) as part of its value.
     */
    private int lineAfter(int offset) {
        int lineStart = file.lineStart(offset);
        int at = file.text.substring(lineStart, offset).isBlank() ? lineStart : file.nextLineStart(offset);
        if (keepsTrailingLines(offset)) {
            return at;
        }
        // Up over blank lines; a node's own text is above them, so this stops before the file's start.
        while (at > 0) {
            int previous = file.lineStart(at - 1);
            if (!file.text.substring(previous, at).isBlank()) {
                break;
            }
            at = previous;
        }
        return at;
    }

    /** Whether the block scalar that ends at {@code offset}, if one does, keeps its trailing blank lines. */
    private boolean keepsTrailingLines(int offset) {
        return blockScalarEndingAt(file.root, offset).map(scalar -> header(scalar).contains("+")).orElse(false);
    }

    /** A block text's header line: its indicator, chomping and indentation ({@code |}, {@code |-}, {@code >2+}). */
    private String header(Scalar scalar) {
        int headerEnd = file.text.indexOf('\n', scalar.start());
        String header = file.text.substring(scalar.start(), headerEnd < 0 ? file.text.length() : headerEnd);
        int comment = header.indexOf('#');
        return (comment < 0 ? header : header.substring(0, comment)).strip();
    }

    private static Optional<Scalar> blockScalarEndingAt(Node node, int offset) {
        if (node instanceof Scalar scalar) {
            return scalar.end() == offset && (scalar.style() == ScalarStyle.LITERAL || scalar.style() == ScalarStyle.FOLDED)
                    ? Optional.of(scalar) : Optional.empty();
        }
        List<Node> children = node instanceof Sequence s ? s.items() : node instanceof Mapping m
                ? m.entries().stream().map(Entry::value).toList() : List.of();
        for (Node child : children) {
            if (child.start() <= offset && offset <= Math.max(child.end(), contentEnd(child))) {
                var found = blockScalarEndingAt(child, offset);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A value as YAML text at a column: plain where YAML allows, quoted as the library quotes otherwise, and a
     * literal block (indented past the key) for text of several lines. A value that was quoted stays quoted
     * in the same way when the new text allows it.
     */
    String inline(String value, ScalarStyle was, int column) {
        if (value.chars().anyMatch(c -> c == 0x85 || c == 0x2028 || c == 0x2029)) {
            // Line separators YAML 1.1 readers (PyYAML, yamllint) break lines at: escaped in double quotes, never raw.
            Dump quoted = new Dump(DumpSettings.builder().setSchema(new FailsafeSchema()).setWidth(100_000).setSplitLines(false)
                    .setDefaultScalarStyle(ScalarStyle.DOUBLE_QUOTED).build());
            return strip(quoted.dumpToString(value)).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        }
        if (was == ScalarStyle.DOUBLE_QUOTED || was == ScalarStyle.SINGLE_QUOTED) {
            Dump quoted = new Dump(DumpSettings.builder().setSchema(new FailsafeSchema()).setWidth(100_000).setSplitLines(false)
                    .setDefaultScalarStyle(was).build());
            String written = strip(quoted.dumpToString(value));
            if (!written.contains("\n")) {
                return written;
            }
        }
        if (NOTHING.contains(value)) {
            return "'" + value + "'";
        }
        if (value.contains("\n") && BLOCK_UNSAFE.matcher(value).find()) {
            // Leading line breaks, lines of spaces alone, or line breaks at the end: a block text would change them or
            // take the blank lines after it; double quotes keep the value exactly.
            return inline(value, ScalarStyle.DOUBLE_QUOTED, column);
        }
        String written = strip(DUMP.dumpToString(value));
        if (!written.contains("\n")) {
            return written;
        }
        // A literal block from the library: its header, then each line moved from two spaces to the column.
        String[] lines = written.split("\n", -1);
        StringBuilder block = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            block.append(file.newline).append(line.isEmpty() ? "" : " ".repeat(column) + line.substring(Math.min(2, line.length())));
        }
        return block.toString();
    }

    /** A mapping on one line, {@code {date: 2016-05-01, note: "Done, at last"}}: any text but a plain word is double-quoted. */
    private String flowMapping(Map<String, ?> fields) {
        return "{" + fields.entrySet().stream().map(f -> f.getKey() + ": " + (f.getValue() instanceof List<?> list
                ? flowList(list.stream().map(Object::toString).toList()) : flowValue(f.getValue().toString())))
                .collect(Collectors.joining(", ")) + "}";
    }

    /** A value inside braces or brackets: a plain word or day as it is, any other text double-quoted. */
    private String flowValue(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}|[A-Za-z][A-Za-z0-9_./-]*") && !value.matches("(?i)null|true|false|yes|no|on|off|y|n")
                ? value : inline(value, ScalarStyle.DOUBLE_QUOTED, 0);
    }

    /** A flow list of texts, {@code [A, B]}: a text of several lines in it is double-quoted, as no block may stand there. */
    private String flowList(List<String> values) {
        return "[" + String.join(", ", values.stream().map(v -> v.contains("\n") ? inline(v, ScalarStyle.DOUBLE_QUOTED, 0)
                : inline(v, ScalarStyle.PLAIN, 0)).toList()) + "]";
    }

    /** What a block text cannot hold as written: a leading line break or space, a line of spaces, trailing line breaks. */
    private static final Pattern BLOCK_UNSAFE = Pattern.compile("\\A[\\n ]|(?m)^[ \\t]+$|\\n\\s*\\n\\s*\\z|\\n\\z");

    /** Plain values the loader reads as no value at all. */
    private static final Set<String> NOTHING = Set.of("", "~", "null", "Null", "NULL");

    private static String strip(String dumped) {
        return dumped.endsWith("\n") ? dumped.substring(0, dumped.length() - 1) : dumped;
    }
}
