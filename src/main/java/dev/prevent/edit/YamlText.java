package dev.prevent.edit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import dev.prevent.load.WholeCharacters;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * A plan file's text and its YAML tree, each node with the character offsets where it starts and ends,
 * read by the YAML library's parser: what an edit needs to change only the text it must. The file is one
 * that validated, so it is well-formed and within the loader's limits. A byte-order mark is set aside
 * and put back; the line ending of the file (LF or CRLF) is the one new lines get.
 */
final class YamlText {

    /** A node of the tree: where it is in the text, from {@code start} to {@code end} (exclusive). */
    sealed interface Node {
        int start();

        int end();
    }

    /** A scalar, with its value and how it was written. */
    record Scalar(String value, ScalarStyle style, int start, int end) implements Node {
    }

    /** A list, written in block style (one item a line) or flow style ({@code [a, b]}). */
    record Sequence(List<Node> items, boolean flow, int start, int end) implements Node {
    }

    /** A mapping. */
    record Mapping(List<Entry> entries, boolean flow, int start, int end) implements Node {

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
        }

        Optional<Node> get(String key) {
            return entry(key).map(Entry::value);
        }
    }

    /** A key and its value. */
    record Entry(Scalar key, Node value) {
    }

    final String text;
    final boolean byteOrderMark;
    final String newline;
    final Node root;
    /** The char offset of each code point, only for a text with characters beyond the BMP (marks count code points). */
    private final int[] charOffsets;

    private YamlText(String text, boolean byteOrderMark) {
        this.text = text;
        this.byteOrderMark = byteOrderMark;
        int lf = text.indexOf('\n');
        this.newline = lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
        this.charOffsets = text.codePointCount(0, text.length()) == text.length() ? null : offsets(text);
        this.root = tree();
    }

    static YamlText of(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        return new YamlText(bom ? text.substring(1) : text, bom);
    }

    /** The bytes of a text as this file is written: its byte-order mark, if it had one, in front. */
    byte[] bytes(String edited) {
        return ((byteOrderMark ? "\uFEFF" : "") + edited).getBytes(StandardCharsets.UTF_8);
    }

    private static int[] offsets(String text) {
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int i = 0;
        for (int at = 0; at < text.length(); at = text.offsetByCodePoints(at, 1)) {
            offsets[i++] = at;
        }
        offsets[i] = text.length();
        return offsets;
    }

    private int offset(Optional<Mark> mark) {
        int index = mark.map(Mark::getIndex).orElse(0);
        return charOffsets == null ? Math.min(index, text.length()) : charOffsets[Math.min(index, charOffsets.length - 1)];
    }

    /** Builds the tree from the parser's events, as the loader does, keeping offsets and styles. */
    private Node tree() {
        Deque<List<Object>> open = new ArrayDeque<>();
        Deque<Event> starts = new ArrayDeque<>();
        Node top = null;
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        for (Event event : new Parse(settings).parseReader(new WholeCharacters(text))) {
            Node made = null;
            switch (event.getEventId()) {
                case Scalar -> {
                    ScalarEvent scalar = (ScalarEvent) event;
                    made = new Scalar(scalar.getValue(), scalar.getScalarStyle(), offset(event.getStartMark()),
                            offset(event.getEndMark()));
                }
                case SequenceStart, MappingStart -> {
                    open.push(new ArrayList<>());
                    starts.push(event);
                }
                case SequenceEnd, MappingEnd -> {
                    List<Object> children = open.pop();
                    CollectionStartEvent start = (CollectionStartEvent) starts.pop();
                    boolean flow = start.getFlowStyle() == FlowStyle.FLOW;
                    int from = offset(start.getStartMark());
                    int to = offset(event.getEndMark());
                    if (event.getEventId() == Event.ID.SequenceEnd) {
                        made = new Sequence(children.stream().map(Node.class::cast).toList(), flow, from, to);
                    } else {
                        List<Entry> entries = new ArrayList<>();
                        for (int i = 0; i + 1 < children.size(); i += 2) {
                            entries.add(new Entry((Scalar) children.get(i), (Node) children.get(i + 1)));
                        }
                        made = new Mapping(entries, flow, from, to);
                    }
                }
                default -> {
                    // stream and document events carry no value
                }
            }
            if (made != null) {
                if (open.isEmpty()) {
                    top = made;
                } else {
                    open.peek().add(made);
                }
            }
        }
        return top == null ? new Mapping(List.of(), false, 0, 0) : top;
    }

    /** The column (0-based, in chars) at which an offset stands on its line. */
    int column(int offset) {
        return offset - lineStart(offset);
    }

    int lineStart(int offset) {
        int lf = text.lastIndexOf('\n', offset - 1);
        return lf + 1;
    }

    /** The offset just after the end of the line that {@code offset} is on (after its line ending), or the text's end. */
    int nextLineStart(int offset) {
        int lf = text.indexOf('\n', offset);
        return lf < 0 ? text.length() : lf + 1;
    }
}
