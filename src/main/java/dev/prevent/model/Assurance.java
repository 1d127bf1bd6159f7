package dev.prevent.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The partnership's self-assessment against its frameworks, as the plan folder's {@code assurance.yaml} records it:
 * the rating scale (worst first; by default not met, partly met, met, exceeding), which rating is "met", and one
 * assessment per item of a framework. {@link #NONE} when the folder has no assurance.yaml.
 */
public record Assurance(List<Rating> scale, String met, List<Assessment> assessments, SourceMap source, Map<String, Assessment> byItem) {

    /** A step of the rating scale: its key, as assessments give it, and its words. */
    public record Rating(String key, String label) {
    }

    /** The scale a plan gets when assurance.yaml declares none: the current assurance letters' words. */
    public static final List<Rating> DEFAULT_SCALE = List.of(new Rating("not-met", "Not met"), new Rating("partly-met", "Partly met"),
            new Rating("met", "Met"), new Rating("exceeding", "Exceeding"));

    /** The name of the file in the plan folder. */
    public static final String FILE = "assurance.yaml";

    /** No self-assessment recorded. */
    public static final Assurance NONE = new Assurance(DEFAULT_SCALE, "met", List.of(), null);

    /** The self-assessment as written; each item's assessment is indexed by framework and item (the first where one is written twice). */
    public Assurance(List<Rating> scale, String met, List<Assessment> assessments, SourceMap source) {
        this(scale, met, assessments, source, index(assessments));
    }

    public Assurance {
        scale = List.copyOf(scale);
        assessments = List.copyOf(assessments);
        byItem = Map.copyOf(byItem);
    }

    private static Map<String, Assessment> index(List<Assessment> assessments) {
        Map<String, Assessment> byItem = new HashMap<>();
        for (Assessment assessment : assessments) {
            byItem.putIfAbsent(key(assessment.framework(), assessment.item()), assessment);
        }
        return byItem;
    }

    /** Whether there is any assessment at all. */
    public boolean isEmpty() {
        return assessments.isEmpty();
    }

    /** The step of the scale a key names, any case. */
    public Optional<Rating> rating(String key) {
        return key == null ? Optional.empty()
                : scale.stream().filter(r -> r.key().equalsIgnoreCase(key.strip())).findFirst();
    }

    /** Whether a rating is "met" or a step above it on the scale. */
    public boolean metOrBetter(String key) {
        int at = rank(key);
        int threshold = rank(met);
        return at >= 0 && threshold >= 0 && at >= threshold;
    }

    /** Whether a rating is "met" itself. */
    public boolean isMet(String key) {
        return key != null && met != null && key.strip().toLowerCase(Locale.ROOT).equals(met.strip().toLowerCase(Locale.ROOT));
    }

    /** Where a rating stands on the scale, worst first; -1 when it is not on it. */
    public int rank(String key) {
        for (int i = 0; i < scale.size(); i++) {
            if (key != null && scale.get(i).key().equalsIgnoreCase(key.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** The assessment of one item of one framework, matched as codes are (looked up by key, not by a scan). */
    public Optional<Assessment> of(String framework, String item) {
        return Optional.ofNullable(byItem.get(key(framework, item)));
    }

    private static String key(String framework, String item) {
        return Code.key(framework) + "\u0000" + Code.key(item);
    }

    /**
     * One item's assessment: its rating (a key of the scale), the day, who assessed it, and the evidence: actions of
     * the plan by id, and documents (paths relative to the plan folder, or links); {@code comment} says why.
     */
    public record Assessment(String framework, String item, String rating, LocalDate date, String assessor, List<String> actions,
            List<String> documents, String comment, SourceMap source) {

        public Assessment {
            actions = List.copyOf(actions);
            documents = List.copyOf(documents);
        }

        /** Whether it was made more than a year before {@code asOf}: due to be made again. */
        public boolean staleOn(LocalDate asOf) {
            return date != null && date.plusYears(1).isBefore(asOf);
        }

        /** Whether it cites any evidence at all. */
        public boolean evidenced() {
            return !actions.isEmpty() || !documents.isEmpty();
        }
    }
}
