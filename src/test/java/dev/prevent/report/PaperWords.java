package dev.prevent.report;

import dev.prevent.model.Agency;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a paper's summary tables (headings, statuses, objectives, leads and their codes), and a check that
 * none of them is broken across two lines of a cell: printed as "Complet" on one line and "e" on the next, its
 * two parts are both words of the printed text.
 */
public final class PaperWords {

    private PaperWords() {
    }

    /** Each word of the summary tables of a plan's paper. */
    public static Set<String> ofSummary(Plan plan) {
        List<String> phrases = new ArrayList<>(List.of("Not assessed", "Overdue", "All actions", "Objective", "Lead", "Led", "Status"));
        plan.statuses().stream().map(Status::label).forEach(phrases::add);
        plan.objectives().stream().map(Objective::name).forEach(phrases::add);
        for (Agency agency : plan.agencies()) {
            phrases.add(agency.name());
            phrases.add(agency.code());
        }
        Set<String> words = new LinkedHashSet<>();
        for (String phrase : phrases) {
            Arrays.stream(phrase.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3).forEach(words::add);
        }
        return words;
    }

    /** The words that the text prints broken in two ("Complet" + "e"), as "Complet|e". */
    public static List<String> brokenIn(String printed, Set<String> words) {
        // "objective's" is one word, not "objective" and "s".
        Set<String> tokens = new HashSet<>(Arrays.asList(printed.split("[^\\p{L}\\p{N}'’]+")));
        List<String> broken = new ArrayList<>();
        for (String word : words) {
            for (int at = 1; at < word.length(); at++) {
                String head = word.substring(0, at);
                String tail = word.substring(at);
                if (tokens.contains(head) && tokens.contains(tail) && !words.contains(head) && !words.contains(tail)) {
                    broken.add(head + "|" + tail);
                }
            }
        }
        return broken;
    }
}
