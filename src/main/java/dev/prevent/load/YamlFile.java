package dev.prevent.load;

import dev.prevent.model.Diagnostic;
import dev.prevent.output.Visible;
import dev.prevent.model.Rule;
import dev.prevent.model.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * One plan file read into a {@link YamlNode} tree from the parser's event stream. Reading from
 * events rather than constructing objects means no tag can instantiate a class, and building the
 * tree iteratively means deep nesting cannot exhaust the stack. Anything hostile or malformed ends
 * the read with one {@code yaml-syntax} error naming the file and, where there is one, the line.
 */
final class YamlFile {

    /** Far beyond any real plan file (the shipped ones are a few kilobytes), small enough to hold in memory. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    /** A plan file nests five deep (actions, an action, updates, an update); this leaves ample room. */
    static final int MAX_DEPTH = 64;

    private static final Set<String> PLAIN_TAGS = Set.of("!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq",
            "tag:yaml.org,2002:map");

    private final Path file;
    private final Consumer<Diagnostic> report;
    /** The text being read, for the lines shown under a mistake. */
    private String text = "";

    private YamlFile(Path file, Consumer<Diagnostic> report) {
        this.file = file;
        this.report = report;
    }

    /** The tree of a file; empty when the file could not be read as YAML. */
    record Read(Optional<YamlNode> root) {
    }

    /** A file's text, read again and decoded as the loader did; empty when it is too large or not UTF-8. */
    static Optional<String> text(PlanFiles files, Path file) {
        try {
            if (files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return new YamlFile(file, d -> { }).decode(files.read(file)).map(t -> t.startsWith("\uFEFF") ? t.substring(1) : t);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a file. An empty file, or one holding only comments, reads as an empty mapping
     * at line 1, so its missing keys are reported like any other.
     */
    static Read read(PlanFiles files, Path file, Consumer<Diagnostic> report) {
        return new YamlFile(file, report).read(files);
    }

    private Read read(PlanFiles files) {
        byte[] bytes;
        try {
            long size = files.size(file);
            if (size > MAX_BYTES) {
                fail(SourcePosition.ofFile(file), String.format(Locale.ROOT,
                        "the file is %.1f MB; a plan file may be at most %d MB", size / 1e6, MAX_BYTES >> 20));
                return new Read(Optional.empty());
            }
            bytes = files.read(file);
        } catch (IOException e) {
            fail(SourcePosition.ofFile(file), "the file cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
            return new Read(Optional.empty());
        }
        Optional<String> decoded = decode(bytes);
        if (decoded.isEmpty()) {
            return new Read(Optional.empty());
        }
        String text = decoded.get();
        if (text.startsWith("\uFEFF")) {
            // A byte-order mark from Windows editors is allowed; drop it so columns count from the first real character.
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            fail(SourceText.of(text).position(file, nul), "the file holds binary data (a NUL character), not YAML text");
            return new Read(Optional.empty());
        }
        return new Read(tree(text));
    }

    private Optional<String> decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Bytes that are not UTF-8 come out as U+FFFD: only then is the file decoded again, strictly, to
        // say where (a file may also hold U+FFFD itself, which is fine).
        return text.indexOf('\uFFFD') < 0 || strictlyUtf8(bytes) ? Optional.of(text) : Optional.empty();
    }

    private boolean strictlyUtf8(byte[] bytes) {
        // Through a small window: no second full-size copy of a large file.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer window = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, window, true);
            if (result.isError()) {
                int offset = in.position();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < offset; i++) {
                    // LF, CRLF or a lone CR ends a line, as YAML says.
                    // bytes[i + 1] is there: i is before the offending byte, which is in the file.
                    if (bytes[i] == '\n' || bytes[i] == '\r' && bytes[i + 1] != '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                fail(new SourcePosition(file, line, offset - lineStart + 1),
                        "the file is not UTF-8 text (byte 0x" + String.format("%02X", bytes[offset] & 0xff)
                                + " here); save it as UTF-8");
                return false;
            }
            if (result.isUnderflow()) {
                break;
            }
            window.clear();
        }
        return true;
    }

    private Optional<YamlNode> tree(String text) {
        this.text = text;
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setCodePointLimit(MAX_BYTES)
                .setBufferSize(1 << 16)
                .build();
        Deque<Builder> open = new ArrayDeque<>();
        YamlNode root = null;
        int documents = 0;
        try {
            for (Event event : new Parse(settings).parseReader(new WholeCharacters(text))) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            fail(at(event), "a plan file holds one YAML document; a second one starts here (after '---')");
                            return Optional.empty();
                        }
                    }
                    case Alias -> {
                        fail(at(event), "aliases (*name) are not allowed in a plan file; write the value out in full");
                        return Optional.empty();
                    }
                    case Scalar -> {
                        ScalarEvent scalar = (ScalarEvent) event;
                        if (!allowedTag(scalar.getTag(), event)) {
                            return Optional.empty();
                        }
                        anchor(scalar);
                        controlCharacters(scalar);
                        listInText(scalar);
                        YamlNode node = new YamlNode.Scalar(scalar.getValue(), scalar.isPlain() && scalar.getTag().isEmpty(),
                                file, start(event), end(event));
                        if (open.isEmpty()) {
                            root = node;
                        } else if (!open.peek().add(node)) {
                            return Optional.empty();
                        }
                    }
                    case SequenceStart, MappingStart -> {
                        if (!allowedTag(((CollectionStartEvent) event).getTag(), event)) {
                            return Optional.empty();
                        }
                        anchor((CollectionStartEvent) event);
                        if (open.size() >= MAX_DEPTH) {
                            fail(at(event), "the file nests deeper than " + MAX_DEPTH
                                    + " levels; a plan file needs no more than five");
                            return Optional.empty();
                        }
                        open.push(new Builder(event.getEventId() == Event.ID.MappingStart, start(event),
                                !open.isEmpty() && !open.peek().mapping));
                    }
                    case SequenceEnd, MappingEnd -> {
                        YamlNode node = open.pop().build(end(event));
                        if (open.isEmpty()) {
                            root = node;
                        } else if (!open.peek().add(node)) {
                            return Optional.empty();
                        }
                    }
                    default -> {
                        // stream start and end, document end: nothing to build
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            Optional<YamlMistake.Told> told = YamlMistake.of(text, e);
            if (told.isPresent()) {
                YamlMistake.Told t = told.get();
                report.accept(new Diagnostic(Rule.YAML_SYNTAX, new SourcePosition(file, t.line(), t.column()), t.sentence(),
                        new Diagnostic.Excerpt(YamlMistake.line(text, t.line()), t.fixed(), YamlMistake.parserSaid(e))));
                return Optional.empty();
            }
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourcePosition at = mark == null ? SourcePosition.ofFile(file) : position(mark);
            report.accept(new Diagnostic(Rule.YAML_SYNTAX, at, syntaxMessage(e, mark),
                    at.hasLine() ? new Diagnostic.Excerpt(YamlMistake.line(text, at.line()), List.of(), null) : null));
            return Optional.empty();
        } catch (ReaderException e) {
            // A character YAML does not allow: the reader knows where only as a count of code points.
            int offset = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
            fail(SourceText.of(text).position(file, offset), String.format(Locale.ROOT,
                    "the file holds a control character (U+%04X) that YAML does not allow; delete it", e.getCodePoint()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            fail(SourcePosition.ofFile(file), "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null || root instanceof YamlNode.Scalar s && s.isNull()) {
            long start = SourcePosition.pack(1, 1);
            return Optional.of(new YamlNode.Mapping(List.of(), file, start, start));
        }
        return Optional.of(root);
    }

    /** An anchor is harmless alone (aliases are refused) but has no use in a plan and hides text: warned. */
    private void anchor(NodeEvent event) {
        event.getAnchor().ifPresent(anchor -> report.accept(new Diagnostic(Rule.YAML_ANCHOR, at(event), "'&"
                + Visible.line(anchor.getValue()) + "' is a YAML anchor; anchors have no use in a plan file and the name is "
                + "not part of the text: delete it")));
    }

    /** Control characters reach a scalar through escapes ("\e", "\u202E") or raw; they would reach terminals and reports. */
    private void controlCharacters(ScalarEvent scalar) {
        String value = scalar.getValue();
        int index = Visible.firstControl(value);
        if (index >= 0) {
            report.accept(new Diagnostic(Rule.CONTROL_CHARACTER, at(scalar), "'" + Visible.line(excerpt(value, index))
                    + "' holds the control character " + Visible.shown(value.codePointAt(index))
                    + ", which has no place in a plan's text (it can hide or rewrite what a reader sees); delete it"));
        }
    }

    /**
     * A plain text that runs over several lines, one of them a {@code - item}: the writer meant a list,
     * YAML read one text. Valid YAML, so a warning; only multi-line plain texts are looked at.
     */
    private void listInText(ScalarEvent scalar) {
        int first = scalar.getStartMark().map(Mark::getLine).orElse(0);
        int last = scalar.getEndMark().map(Mark::getLine).orElse(0);
        if (!scalar.isPlain() || last <= first) {
            return;
        }
        YamlMistake.listInText(text, first, last).ifPresent(t -> report.accept(new Diagnostic(Rule.LIST_IN_TEXT,
                new SourcePosition(file, t.line(), t.column()), t.sentence(),
                new Diagnostic.Excerpt(YamlMistake.line(text, t.line()), t.fixed(), null))));
    }

    private static String excerpt(String value, int index) {
        int from = Math.max(0, index - 20);
        int to = Math.min(value.length(), index + 20);
        return (from > 0 ? "…" : "") + value.substring(from, to) + (to < value.length() ? "…" : "");
    }

    private boolean allowedTag(Optional<String> tag, Event event) {
        if (tag.isEmpty() || PLAIN_TAGS.contains(tag.get())) {
            return true;
        }
        String shown = tag.get().replace("tag:yaml.org,2002:", "!!");
        fail(at(event), "tags such as '" + shown + "' are not allowed in a plan file; write the plain value");
        return false;
    }

    private static String syntaxMessage(MarkedYamlEngineException e, Mark problemMark) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip() + ": ";
        String started = e.getContextMark()
                .filter(m -> problemMark == null || m.getLine() != problemMark.getLine())
                .map(m -> " (it started at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")")
                .orElse("");
        return "not valid YAML: " + context + problem + started;
    }

    private void fail(SourcePosition at, String message) {
        report.accept(new Diagnostic(Rule.YAML_SYNTAX, at, message));
    }

    private SourcePosition at(Event event) {
        // The parser's settings keep marks: every event has one.
        return position(event.getStartMark().orElseThrow());
    }

    /** Where an event starts, packed; the parser always has marks, as its settings ask. */
    private static long start(Event event) {
        return packed(event.getStartMark());
    }

    private static long end(Event event) {
        return packed(event.getEndMark());
    }

    private static long packed(Optional<Mark> mark) {
        return mark.isPresent() ? SourcePosition.pack(mark.get().getLine() + 1, mark.get().getColumn() + 1) : 0;
    }

    private SourcePosition position(Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Collects the children of an open list or mapping. */
    private final class Builder {
        private final boolean mapping;
        private final long start;
        /** A mapping that is an item of a list: a key given twice in one is often a new item missing its '- '. */
        private final boolean item;
        private final List<YamlNode> items = new ArrayList<>();
        private final List<YamlNode.Entry> entries = new ArrayList<>();
        /** Keys by name, made only for a mapping of many keys: an action has a dozen, scanned faster than hashed. */
        private Map<String, YamlNode.Scalar> keys;
        private YamlNode.Scalar pendingKey;
        private boolean skipNext;

        Builder(boolean mapping, long start, boolean item) {
            this.mapping = mapping;
            this.start = start;
            this.item = item;
        }

        /** Adds a child; false when the file cannot be read further. */
        boolean add(YamlNode node) {
            if (!mapping) {
                items.add(node);
                return true;
            }
            if (pendingKey == null && !skipNext) {
                if (!(node instanceof YamlNode.Scalar key)) {
                    fail(node.at(), "a key must be plain text, not " + node.kind());
                    return false;
                }
                YamlNode.Scalar first = earlier(key.value());
                if (first != null) {
                    report.accept(duplicate(key, first));
                    skipNext = true;
                } else {
                    pendingKey = key;
                }
                return true;
            }
            if (skipNext) {
                skipNext = false;
            } else {
                entries.add(new YamlNode.Entry(pendingKey, node));
                if (keys != null) {
                    keys.put(pendingKey.value(), pendingKey);
                }
                pendingKey = null;
            }
            return true;
        }

        /**
         * A key given twice. When it is the first key of a list item, the second is most likely the start
         * of the next item without its {@code - } (an update copied and pasted), and the fix says so.
         */
        private Diagnostic duplicate(YamlNode.Scalar key, YamlNode.Scalar first) {
            String line = YamlMistake.line(text, key.at().line());
            int at = key.at().column() > 2 ? line.offsetByCodePoints(0, Math.min(key.at().column() - 1,
                    line.codePointCount(0, line.length()))) : 0;
            boolean nextItem = item && !entries.isEmpty() && entries.get(0).key() == first && at >= 2
                    && line.substring(0, at).isBlank();
            String message = "'" + key.value() + "' is given twice in this " + (item ? "item" : "mapping")
                    + " (first at line " + first.at().line() + "); "
                    + (nextItem ? "if this starts the next item of the list, begin it with '- '; if not, keep one: the first is used"
                            : "keep one: the first is used");
            List<String> fixed = List.of();
            if (nextItem) {
                fixed = List.of(line.substring(0, at - 2) + "- " + line.substring(at));
            }
            return new Diagnostic(Rule.DUPLICATE_KEY, key.at(), message, new Diagnostic.Excerpt(line, fixed, null));
        }

        private YamlNode.Scalar earlier(String key) {
            if (keys == null && entries.size() > 16) {
                keys = new HashMap<>();
                entries.forEach(entry -> keys.put(entry.key().value(), entry.key()));
            }
            if (keys != null) {
                return keys.get(key);
            }
            for (YamlNode.Entry entry : entries) {
                if (entry.key().value().equals(key)) {
                    return entry.key();
                }
            }
            return null;
        }

        YamlNode build(long end) {
            return mapping ? new YamlNode.Mapping(List.copyOf(entries), file, start, end)
                    : new YamlNode.Sequence(List.copyOf(items), file, start, end);
        }
    }
}
