package dev.prevent.report;

import java.util.List;

/**
 * What the assurance templates see ({@code assurance.html.ftl}, {@code assurance.md.ftl}): the self-assessment paper
 * the board signs off, per framework, each item with its rating in words and a symbol that does not rely on colour,
 * its evidence (each action with its status and trend), what changed since the last assessment, and the gaps; then
 * the local risk priorities with the actions that respond to them. Every text is as written; templates escape it.
 */
public final class AssuranceView {

    private AssuranceView() {
    }

    /** An action of evidence in words, as the Word paper writes it: "2.4 Channel Panel: On target, overdue ↑". */
    static String evidenceWords(Evidence e) {
        return e.id() + " " + e.heading() + ": " + e.status() + (e.overdue() ? ", overdue" : "") + (e.trend() == null ? "" : " " + e.trend());
    }

    /**
     * The whole paper. {@code since} names the assessment compared with ({@code --since}), or is null; {@code gaps}
     * counts items below met or not rated, over every framework.
     */
    public record Paper(Head plan, String asOf, String made, String since, List<Rating> scale, List<Framework> frameworks,
            List<Risk> risks, int gaps, int items) {
    }

    /** The plan's title, period and protective marking (or null). */
    public record Head(String title, String period, String marking) {
    }

    /** A step of the scale: its key, words, symbol ({@code ✗ ½ ✓ ★}, by where it stands against met) and whether it is a gap. */
    public record Rating(String key, String label, String symbol, boolean gap) {
    }

    /** A framework: where it comes from (or null), its items in its own order, and how many stand at each rating. */
    public record Framework(String id, String name, String source, List<Item> items, List<Count> counts, int unrated, int gaps) {
    }

    /** How many items stand at a rating. */
    public record Count(Rating rating, int count) {
    }

    /**
     * One item: its rating (null when none), the day and who assessed it, the comment, the evidence, whether it is a
     * gap (below met, or not rated) or stale (assessed over a year before the paper's day), and what changed since
     * the assessment compared with, in words, or null.
     */
    public record Item(String key, String name, Rating rating, String date, String assessor, String comment, List<Evidence> actions,
            List<Document> documents, boolean gap, boolean stale, String change) {
    }

    /** An action given as evidence or responding to a risk: its status in words (or "not assessed"), whether overdue, its trend sign or null. */
    public record Evidence(String id, String heading, String status, String colour, boolean overdue, String due, String trend) {
    }

    /** A document given as evidence: as written, and whether it is a link (else a path in the plan's repository). */
    public record Document(String text, boolean link) {
    }

    /** A local risk priority, worst-rated first: its actions, and whether an open one addresses it. */
    public record Risk(String key, String name, String rating, String reference, List<Evidence> actions, boolean addressed) {
    }
}
