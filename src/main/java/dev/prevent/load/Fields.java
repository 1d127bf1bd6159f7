package dev.prevent.load;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.IsoDate;
import dev.prevent.model.Rule;
import dev.prevent.model.SourceMap;
import dev.prevent.model.Timescale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads the values of one mapping of a plan file by key, as the format says each should be written,
 * reporting absent required keys, keys the format does not have, values of the wrong shape and
 * malformed dates and timescales. Records where each value was written.
 */
final class Fields {


    private final YamlNode.Mapping mapping;
    private final String what;
    private final Keys known;
    private final Consumer<Diagnostic> report;
    /** The value of each known key, at the key's index in {@code known}: no table per mapping. */
    private final YamlNode[] byKey;
    private final SourceMap.Builder values;

    /**
     * @param what  the mapping in words, for messages ("action 1.2", "plan.yaml")
     * @param known every key this kind of mapping may have; any other is reported at once
     */
    Fields(YamlNode.Mapping mapping, String what, Keys known, Consumer<Diagnostic> report) {
        this.mapping = mapping;
        this.what = what;
        this.known = known;
        this.report = report;
        // Sized for the mapping up front: a national plan has millions of these.
        this.byKey = new YamlNode[known.names().size()];
        this.values = new SourceMap.Builder(mapping.file(), mapping.start(), mapping.entries().size() * 2);
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            int index = known.indexOf(key);
            if (index >= 0) {
                byKey[index] = entry.value();
            } else {
                report.accept(new Diagnostic(Rule.UNKNOWN_KEY, entry.key().at(), "'" + key + "' is not a key of "
                        + what + DidYouMean.suggestion(key, known.names()) + "; the keys are " + String.join(", ", known.names())));
            }
        }
    }

    /** The keys one kind of mapping may have, in the format's order, each with its place for a quick lookup. */
    record Keys(List<String> names, Map<String, Integer> places) {
        static Keys of(String... names) {
            Map<String, Integer> places = new HashMap<>();
            for (String name : names) {
                places.put(name, places.size());
            }
            return new Keys(List.of(names), Map.copyOf(places));
        }

        /** The key's place, or -1 when the format has no such key. */
        int indexOf(String key) {
            return places.getOrDefault(key, -1);
        }
    }

    /** Reads a mapping that must be one, reporting what it is otherwise. */
    static Optional<YamlNode.Mapping> asMapping(YamlNode node, String what, Consumer<Diagnostic> report) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        report.accept(new Diagnostic(Rule.WRONG_TYPE, node.at(), what + " should be a mapping (key: value lines), not "
                + node.kind()));
        return Optional.empty();
    }

    /** Records where a value that is not one of the mapping's own keys was written, under a name of its own. */
    void position(String name, YamlNode node) {
        values.put(name, node.start(), node.start());
    }

    SourceMap source() {
        return values.build();
    }

    /** Text, or null when absent. */
    String text(String key) {
        YamlNode node = present(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            values.put(key, scalar.start(), scalar.end());
            return scalar.value();
        }
        wrongType(key, node, "text");
        return null;
    }

    /** Text that must be there, and not be blank. */
    String requiredText(String key) {
        YamlNode node = byKey[index(key)];
        if (node == null) {
            missing(key);
            return null;
        }
        String value = text(key);
        if (node instanceof YamlNode.Scalar scalar && (scalar.isNull() || scalar.value().isBlank())) {
            report.accept(new Diagnostic(Rule.MISSING_KEY, scalar.at(), "'" + key + "' of " + what
                    + " is empty; it needs a value"));
        }
        return value;
    }

    /** A list of texts; one text written bare counts as a list of one. */
    List<String> texts(String key) {
        YamlNode node = present(key);
        if (node == null) {
            return List.of();
        }
        // Recorded by item (key[0], key[1]): that is where a message about one points.
        if (node instanceof YamlNode.Scalar scalar) {
            values.put(itemKey(key, 0), scalar.start(), scalar.end());
            return List.of(scalar.value());
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            wrongType(key, node, "a list of texts");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                values.put(itemKey(key, texts.size()), scalar.start(), scalar.end());
                texts.add(scalar.value());
            } else if (!(item instanceof YamlNode.Scalar)) {
                report.accept(new Diagnostic(Rule.WRONG_TYPE, item.at(), "each item of '" + key + "' in " + what
                        + " should be text, not " + item.kind()));
            }
        }
        return texts;
    }

    /** A list of mappings, each handed back for reading; absent reads as empty. */
    List<YamlNode.Mapping> mappings(String key, String itemWhat) {
        YamlNode node = present(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            wrongType(key, node, "a list");
            return List.of();
        }
        values.put(key, sequence.start(), sequence.start());
        List<YamlNode.Mapping> items = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            asMapping(item, "each " + itemWhat, report).ifPresent(items::add);
        }
        return items;
    }

    /** A mapping, or null when absent. */
    YamlNode.Mapping mapping(String key) {
        YamlNode node = present(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        wrongType(key, node, "a mapping (key: value lines)");
        return null;
    }

    /** Whether the key's value is written as a list. */
    boolean isList(String key) {
        return present(key) instanceof YamlNode.Sequence;
    }

    /** A list of {@code YYYY-MM-DD} days; an item that is not a real day is reported and left out. */
    List<LocalDate> dates(String key) {
        List<String> texts = texts(key);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                days.add(IsoDate.parse(texts.get(i)));
            } catch (IsoDate.NotADate e) {
                report.accept(new Diagnostic(Rule.BAD_DATE, values.start(itemKey(key, i)), "'" + texts.get(i) + "' in '" + key
                        + "' of " + what + (e.shapedLikeOne() ? " is not a real day" : " is not a date; write dates as YYYY-MM-DD, e.g. 2015-09-14")));
            }
        }
        return days;
    }

    /** A {@code YYYY-MM-DD} date, or null when absent or not a real day (reported). */
    LocalDate date(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return IsoDate.parse(text);
        } catch (IsoDate.NotADate e) {
            report.accept(new Diagnostic(Rule.BAD_DATE, values.start(key), "'" + text + "' in '" + key + "' of "
                    + what + (e.shapedLikeOne() ? " is not a real day" : " is not a date; write dates as YYYY-MM-DD, e.g. 2015-09-14")));
            return null;
        }
    }

    /** A timescale, or null when absent or malformed (reported). */
    Timescale timescale(String key, boolean financialYearOnly) {
        String text = text(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return financialYearOnly ? Timescale.parseFinancialYear(text) : Timescale.parse(text);
        } catch (Timescale.InvalidTimescale e) {
            report.accept(new Diagnostic(e.notARealDate() ? Rule.BAD_DATE : Rule.BAD_TIMESCALE, values.start(key),
                    "'" + key + "' of " + what + ": " + e.getMessage()));
            return null;
        }
    }

    void missing(String key) {
        missing(key, "it is required");
    }

    void missing(String key, String advice) {
        report.accept(new Diagnostic(Rule.MISSING_KEY, mapping.at(), what + " has no '" + key + "'; " + advice));
    }

    boolean has(String key) {
        return byKey[index(key)] != null;
    }

    private int index(String key) {
        int index = known.indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException(key + " is not a key of " + what);
        }
        return index;
    }

    private YamlNode present(String key) {
        YamlNode node = byKey[index(key)];
        return node instanceof YamlNode.Scalar s && s.isNull() ? null : node;
    }

    private static final Map<String, String[]> ITEM_KEYS = new ConcurrentHashMap<>();

    /** {@code key[index]}, the same String each time for the first items: millions of values share a few keys. */
    static String itemKey(String key, int index) {
        if (index >= 16) {
            return key + "[" + index + "]";
        }
        String[] keys = ITEM_KEYS.computeIfAbsent(key, k -> new String[16]);
        String item = keys[index];
        if (item == null) {
            item = key + "[" + index + "]";
            keys[index] = item;
        }
        return item;
    }


    private void wrongType(String key, YamlNode node, String expected) {
        report.accept(new Diagnostic(Rule.WRONG_TYPE, node.at(), "'" + key + "' of " + what + " should be " + expected
                + ", not " + node.kind()));
    }
}
