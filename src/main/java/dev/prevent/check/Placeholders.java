package dev.prevent.check;

import dev.prevent.load.SourceText;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import dev.prevent.model.SourceMap;
import java.util.Locale;
import dev.prevent.model.Action;
import dev.prevent.model.Update;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.function.Consumer;

/**
 * Text left from a draft ({@code xxx}, {@code TBC}, {@code TBA}, {@code TODO}, {@code Insert details}),
 * pointed at exactly: each value's text is searched as it stands in the file, so the line is the
 * placeholder's own even inside a long block of notes. Comments are not plan text and are not searched.
 * Each file's text is read once, when its values are searched, and dropped after.
 */
final class Placeholders implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        var plan = context.plan();
        context.loaded().text(plan.source().file()).ifPresent(text -> scan(text, plan.source(), "plan.yaml", report));
        // The model's own text is searched first; a file is read again only for the mappings where
        // something was found, to point at the placeholder's own line. One objective per thread.
        plan.objectives().parallelStream().map(o -> {
            List<Diagnostic> found = new ArrayList<>();
            Lazy file = new Lazy(context, o.source().file());
            check(file, o.source(), "objective " + o.id(), List.of(), found, o.id(), o.name(), o.aim(), o.summary());
            for (Action a : o.actions()) {
                check(file, a.source(), "action " + a.id(), List.of(a.lead(), a.successCriteria(), a.resources()), found,
                        a.id(), a.title(), a.theme(), a.action(), a.status(), a.notes(),
                        a.timescale() == null ? null : a.timescale().written());
                for (Update u : a.updates()) {
                    check(file, u.source(), "an update of action " + a.id(), List.of(), found, u.status(), u.note());
                }
            }
            return found;
        }).toList().forEach(found -> found.forEach(report));
    }

    /** A file's text, read the first time it is needed. */
    private static final class Lazy {
        private final CheckContext context;
        private final java.nio.file.Path file;
        private Optional<SourceText> text;

        Lazy(CheckContext context, java.nio.file.Path file) {
            this.context = context;
            this.file = file;
        }

        Optional<SourceText> get() {
            if (text == null) {
                text = context.loaded().text(file);
            }
            return text;
        }
    }

    /** The first of a mapping's texts with a placeholder in it, or null: a plain loop, run for every action. */
    private static String firstHit(List<List<String>> lists, String... texts) {
        for (String t : texts) {
            if (t != null && find(t, 0, t.length()) >= 0) {
                return t;
            }
        }
        for (List<String> list : lists) {
            for (String t : list) {
                if (find(t, 0, t.length()) >= 0) {
                    return t;
                }
            }
        }
        return null;
    }

    private static void check(Lazy file, SourceMap source, String what, List<List<String>> lists, List<Diagnostic> found,
            String... texts) {
        Optional<String> hit = Optional.ofNullable(firstHit(lists, texts));
        if (hit.isEmpty()) {
            return;
        }
        int before = found.size();
        file.get().ifPresent(text -> scan(text, source, what, found::add));
        if (found.size() == before) {
            // Written so that the file's text does not show it as one word (an escape, a folded line).
            String text = hit.get();
            int at = find(text, 0, text.length());
            found.add(new Diagnostic(Rule.PLACEHOLDER, source.at(), "'" + text.substring(at, at + length(text, at, text.length()))
                    + "' in " + what + " looks like a placeholder left from a draft; write the real text"));
        }
    }

    private static void scan(SourceText text, SourceMap source, String what, Consumer<Diagnostic> report) {
        source.forEach((key, range) -> {
            if (range.start().equals(range.end())) {
                return;
            }
            int from = text.offset(range.start());
            int to = Math.max(from, text.offset(range.end()));
            for (int at = find(text.text(), from, to); at >= 0; at = find(text.text(), at + 1, to)) {
                String found = text.text().substring(at, at + length(text.text(), at, to));
                report.accept(new Diagnostic(Rule.PLACEHOLDER, text.position(source.file(), at), "'" + found
                        + "' in the " + field(key) + " of " + what + " looks like a placeholder left from a draft; "
                        + "write the real text"));
            }
        });
    }

    /**
     * Where the next placeholder starts in text[from, to), or -1: a linear scan that stops only at x, t
     * and i, since every value of a national plan goes through here.
     */
    static int find(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            // Most letters start no placeholder, and most that do are inside a word: test those cheaply first.
            if ((c == 'x' || c == 'X' || c == 't' || c == 'T' || c == 'i' || c == 'I')
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && length(text, i, to) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The length of the placeholder at {@code at}, standing alone as a word, or 0 when there is none. */
    static int length(String text, int at, int to) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return 0;
        }
        int end;
        char c = Character.toLowerCase(text.charAt(at));
        if (c == 'x') {
            end = at;
            while (end < to && Character.toLowerCase(text.charAt(end)) == 'x') {
                end++;
            }
            if (end - at < 3) {
                return 0;
            }
        } else if (c == 't') {
            end = text.regionMatches(true, at, "tbc", 0, 3) || text.regionMatches(true, at, "tba", 0, 3) ? at + 3
                    : text.regionMatches(true, at, "todo", 0, 4) ? at + 4 : -1;
        } else {
            end = text.regionMatches(true, at, "insert details", 0, 14) ? at + 14 : -1;
        }
        if (end < 0 || end > to || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return 0;
        }
        return end - at;
    }

    private static String field(String key) {
        return key.replaceAll("\\[\\d+]$", "").replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
