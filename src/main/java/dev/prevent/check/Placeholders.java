package dev.prevent.check;

import dev.prevent.load.SourceText;
import dev.prevent.model.Action;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Objective;
import dev.prevent.model.Rule;
import dev.prevent.model.SourceMap;
import dev.prevent.model.SourcePosition;
import dev.prevent.model.Update;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Text left from a draft ({@code xxx}, {@code TBC}, {@code TBA}, {@code TBD}, {@code TODO}, {@code to be
 * confirmed}, {@code Insert details}, in any case; and what init and import wrote for the council to replace,
 * {@link DraftText}), pointed at exactly: each value's text is searched as it stands in the file, so the line is
 * the placeholder's own even inside a long block of notes. Comments are not plan text and are not searched.
 * Each file's text is read once, when its values are searched, and dropped after.
 */
final class Placeholders implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        var plan = context.plan();
        context.loaded().text(plan.source().file()).ifPresent(text -> scan(text, plan.source(), "plan.yaml", report));
        if (DraftText.PLAN_TITLE.equals(plan.title())) {
            report.accept(new Diagnostic(Rule.PLACEHOLDER, plan.source().of("title"), "the title '" + plan.title()
                    + "' is still as prevent init wrote it; put the area's name in it, as the paper's first line will show it"));
        }
        plan.agencies().stream().filter(a -> DraftText.COUNCIL.equals(a.name())).forEach(a -> report.accept(new Diagnostic(
                Rule.PLACEHOLDER, agencyLine(context, a.code()), "agency " + a.code() + " is still named '" + a.name()
                        + "', as prevent init wrote it; write the council's name")));
        for (var framework : plan.frameworks()) {
            framework.items().stream().filter(item -> item.name().contains(DraftText.BENCHMARK_NAME)).forEach(item -> report.accept(
                    new Diagnostic(Rule.PLACEHOLDER, plan.source().of("frameworks." + framework.id() + "." + item.key()), "item '"
                            + item.key() + "' of framework '" + framework.id() + "' is still named as prevent init wrote it; "
                            + "write its name from the council's own copy")));
        }
        // The model's own text is searched first; a file is read again only for the mappings where
        // something was found, to point at the placeholder's own line. One objective per thread.
        plan.objectives().parallelStream().map(o -> new Search(context, o).found).toList()
                .forEach(found -> found.forEach(report));
    }

    /** The search of one objective file: its values, and its text read when needed. */
    private static final class Search {
        private final CheckContext context;
        private final Path file;
        private final List<Diagnostic> found = new ArrayList<>();
        private Optional<SourceText> text;

        Search(CheckContext context, Objective o) {
            this.context = context;
            this.file = o.source().file();
            mapping(o.source(), "objective ", o.id(), List.of(), o.id(), o.name(), o.aim(), o.summary());
            for (Action a : o.actions()) {
                if (DraftText.EXAMPLE_TITLE.equals(a.title()) && a.action() != null
                        && DraftText.EXAMPLE_ACTION.equals(a.action().strip())) {
                    found.add(new Diagnostic(Rule.PLACEHOLDER, a.source().at(), "action " + a.id() + " ('" + a.title()
                            + "') is still the example prevent init wrote; replace it with one of the plan's own actions, or delete it"));
                }
                mapping(a.source(), "action ", a.id(), List.of(a.lead(), a.successCriteria(), a.resources()),
                        a.id(), a.title(), a.theme(), a.action(), a.status(), a.notes(),
                        a.timescale() == null ? null : a.timescale().written());
                for (Update u : a.updates()) {
                    mapping(u.source(), "an update of action ", a.id(), List.of(), u.status(), u.note());
                }
            }
        }

        /** Searches one mapping's texts; {@code what} and {@code id} name it in a message, made only when one is needed. */
        private void mapping(SourceMap source, String what, String id, List<List<String>> lists, String... texts) {
            String hit = firstHit(lists, texts);
            if (hit == null) {
                return;
            }
            int before = found.size();
            fileText().ifPresent(text -> scan(text, source, what + id, found::add));
            if (found.size() == before) {
                // Written so that the file's text does not show it as one word (an escape, a folded line).
                int at = find(hit, 0, hit.length());
                String shown = at >= 0 ? hit.substring(at, at + length(hit, at, hit.length())) : sentence(hit, 0, hit.length());
                found.add(new Diagnostic(Rule.PLACEHOLDER, source.at(), "'" + shown
                        + "' in " + what + id + " looks like a placeholder left from a draft; write the real text"));
            }
        }

        /** The first of a mapping's texts with a placeholder in it, or null: a plain loop, run for every action. */
        private String firstHit(List<List<String>> lists, String... texts) {
            for (String t : texts) {
                if (t != null && has(t)) {
                    return t;
                }
            }
            for (List<String> list : lists) {
                for (String t : list) {
                    if (has(t)) {
                        return t;
                    }
                }
            }
            return null;
        }

        /** {@code find(text) >= 0 || sentence(text) != null}, in one pass: every value of a national plan comes here. */
        private static boolean has(String text) {
            int to = text.length();
            for (int i = 0; i < to; i++) {
                char c = text.charAt(i);
                if (c < STARTS.length && STARTS[c] && (startsPlaceholder(text, i, to) || startsSentence(text, i))) {
                    return true;
                }
            }
            return false;
        }

        private Optional<SourceText> fileText() {
            if (text == null) {
                text = context.loaded().text(file);
            }
            return text;
        }
    }

    /** Where an agency is named in plan.yaml: its code's line under 'agencies:', found in the file's text. */
    private static SourcePosition agencyLine(CheckContext context, String code) {
        var source = context.plan().source();
        return context.loaded().text(source.file()).map(text -> {
            int agencies = text.text().indexOf("\nagencies:");
            int at = agencies < 0 ? -1 : text.text().indexOf(code + ":", agencies);
            return at < 0 ? source.at() : text.position(source.file(), at);
        }).orElse(source.at());
    }

    private static void scan(SourceText text, SourceMap source, String what, Consumer<Diagnostic> report) {
        String chars = text.text();
        source.forEach((key, range) -> {
            if (range.isEmpty()) {
                return;
            }
            int from = text.offset(range.start());
            int to = Math.max(from, text.offset(range.end()));
            String sentence = sentence(chars, from, to);
            if (sentence != null) {
                int at = chars.indexOf(sentence, from);
                report.accept(new Diagnostic(Rule.PLACEHOLDER, text.position(source.file(), at), "'" + sentence
                        + "' in the " + field(key) + " of " + what + (sentence.equals(DraftText.AIM_TO_WRITE)
                        ? " is what prevent import wrote where the table gave no aim; write the objective's aim"
                        : " is the example text prevent init wrote; write the plan's own")));
            }
            for (int at = find(chars, from, to); at >= 0; at = find(chars, at + 1, to)) {
                String found = chars.substring(at, at + length(chars, at, to));
                report.accept(new Diagnostic(Rule.PLACEHOLDER, text.position(source.file(), at), "'" + found
                        + "' in the " + field(key) + " of " + what + " looks like a placeholder left from a draft; "
                        + "write the real text"));
            }
        });
    }

    /** The first of init's and import's draft sentences written in text[from, to), or null. */
    static String sentence(String text, int from, int to) {
        if (to - from < SHORTEST_SENTENCE) {
            return null;
        }
        for (String sentence : SENTENCES) {
            int at = text.indexOf(sentence, from);
            if (at >= 0 && at + sentence.length() <= to) {
                return sentence;
            }
        }
        return null;
    }

    private static final int SHORTEST_SENTENCE = DraftText.SENTENCES.stream().mapToInt(String::length).min().orElse(0);

    /**
     * Where the next placeholder starts in text[from, to), or -1: a linear scan, since every value of a
     * national plan goes through here.
     */
    static int find(String text, int from, int to) {
        for (int i = from; i < to - 2; i++) {
            if (startsPlaceholder(text, i, to)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a placeholder starts at {@code i} and ends by {@code to}. */
    private static boolean startsPlaceholder(String text, int i, int to) {
        if (i >= to - 2) {
            return false;
        }
        // Most letters start no placeholder: only x, t and i followed by the next letter of one
        // (xx, tb, to, in) are looked at further. Every placeholder is at least three characters.
        char second = switch (text.charAt(i)) {
            case 'x', 'X' -> 'x';
            case 't', 'T' -> (text.charAt(i + 1) | 0x20) == 'o' ? 'o' : 'b';
            case 'i', 'I' -> 'n';
            default -> 0;
        };
        return second != 0 && (text.charAt(i + 1) | 0x20) == second && length(text, i, to) > 0;
    }

    private static boolean startsSentence(String text, int i) {
        // An array, not the list: its iterator would be made for every W, P and w of the plan.
        for (String sentence : SENTENCES) {
            if (sentence.charAt(0) == text.charAt(i) && text.startsWith(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the placeholder at {@code at}, standing alone as a word, or 0 when there is none. */
    static int length(String text, int at, int to) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return 0;
        }
        int end = at;
        if ((text.charAt(at) | 0x20) == 'x') {
            while (end < to && (text.charAt(end) | 0x20) == 'x') {
                end++;
            }
            if (end - at < 3) {
                return 0;
            }
        } else {
            // The third letter first: "to" and "in" start a placeholder rarely and a word of the plan's text often.
            // (Only an ASCII letter is ruled out this way: some others are the same as one, case aside.)
            char third = at + 2 < to ? text.charAt(at + 2) : 0;
            for (String word : WORDS) {
                if (at + word.length() <= to && (third >= 128 || (third | 0x20) == (word.charAt(2) | 0x20))
                        && text.regionMatches(true, at, word, 0, word.length())) {
                    end = at + word.length();
                    break;
                }
            }
        }
        if (end == at || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            return 0;
        }
        return end - at;
    }

    private static final String[] WORDS = {"tbc", "tba", "tbd", "todo", "to be confirmed", "insert details"};
    private static final String[] SENTENCES = DraftText.SENTENCES.toArray(String[]::new);

    /** The characters a placeholder (xxx, or one of the words, any case) or a draft sentence can start with: all ASCII. */
    private static final boolean[] STARTS = new boolean[128];

    static {
        STARTS['x'] = STARTS['X'] = true;
        for (String word : WORDS) {
            STARTS[Character.toLowerCase(word.charAt(0))] = STARTS[Character.toUpperCase(word.charAt(0))] = true;
        }
        for (String sentence : SENTENCES) {
            STARTS[sentence.charAt(0)] = true;
        }
    }

    private static String field(String key) {
        return key.replaceAll("\\[\\d+]$", "").replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
