package dev.prevent.adopt;

import dev.prevent.model.Agency;
import dev.prevent.model.Code;
import dev.prevent.model.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A LEAD cell as plans write it ({@code COLC/COLP}, {@code COLC & COLP}, {@code Police and NHS},
 * {@code City of London Police}, one per line) read into the plan's agency codes: split at {@code /}, {@code &},
 * {@code +}, {@code and}, commas, semicolons and line breaks, except inside an agency's own name
 * ({@code NHS and public health}), then the longest run of words that is an agency's code or full name.
 */
final class LeadWords {

    /**
     * What a cell names.
     *
     * @param codes   the agencies, in the order written, each once
     * @param byName  for each agency found by its full name rather than its code: "name → CODE", a guess to show
     * @param unknown the runs of words that name no agency, as written
     */
    record Reading(List<String> codes, List<String> byName, List<String> unknown) {
    }

    private static final String SEPARATORS = "/&+,;";

    private final Map<String, Agency> byWords = new HashMap<>();
    private final int longest;

    LeadWords(Plan plan) {
        for (Agency agency : plan.agencies()) {
            byWords.putIfAbsent(key(words(agency.name())), agency);
        }
        for (Agency agency : plan.agencies()) {
            byWords.put(key(words(agency.code())), agency);
        }
        longest = plan.agencies().stream().flatMap(a -> Stream.of(a.code(), a.name()))
                .mapToInt(name -> words(name).size()).max().orElse(1);
    }

    Reading read(String cell) {
        List<String> codes = new ArrayList<>();
        List<String> byName = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> words = words(cell);
        int i = 0;
        while (i < words.size()) {
            Agency agency = null;
            // No agency's name is longer than its longest name: a longer run is never tried, so a cell of a
            // thousand words costs a thousand short look-ups, not a million long ones.
            int end = Math.min(words.size(), i + longest);
            while (end > i && (agency = byWords.get(key(words.subList(i, end)))) == null) {
                end--;
            }
            if (agency != null) {
                unknown(run, unknown);
                if (!codes.contains(agency.code())) {
                    codes.add(agency.code());
                }
                String phrase = String.join(" ", words.subList(i, end));
                if (!Code.same(phrase, agency.code())) {
                    byName.add("'" + phrase + "' → " + agency.code());
                }
                i = end;
            } else if (isSeparator(words.get(i))) {
                unknown(run, unknown);
                i++;
            } else {
                run.add(words.get(i));
                i++;
            }
        }
        unknown(run, unknown);
        return new Reading(codes, byName, unknown);
    }

    private static void unknown(List<String> run, List<String> unknown) {
        if (!run.isEmpty()) {
            unknown.add(String.join(" ", run));
            run.clear();
        }
    }

    private static boolean isSeparator(String word) {
        return word.length() == 1 && SEPARATORS.indexOf(word.charAt(0)) >= 0 || word.equalsIgnoreCase("and")
                || word.equals("\n");
    }

    /** The words of a text, each separator its own word, so that {@code COLC/COLP} is three. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean separator = SEPARATORS.indexOf(c) >= 0 || c == '\n';
            if (Character.isWhitespace(c) && c != '\n' || separator) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (separator) {
                    words.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }
}
