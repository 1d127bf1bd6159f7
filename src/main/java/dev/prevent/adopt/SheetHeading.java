package dev.prevent.adopt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The columns of a delivery plan's table, each with the words councils head it with. A heading is read by what
 * it means, not by its spelling: case, punctuation, plurals, word order and {@code /} or {@code &} joins do not
 * matter ("PROGRESS / COMMENTS", "Comments and progress" and "Progress & comments" are one heading), an
 * explanation after the word is skipped ("Progress Red – behind ..."), and a heading spaced out letter by letter
 * ("L E A D") is the word. This is the one table of those words; docs/plan-format.md prints it, and a test
 * keeps the two the same. A few columns are ones prevent itself writes ({@code due}, {@code statusLabel}, ...):
 * they are read only when the column they are worked out from is missing.
 */
enum SheetHeading {
    REF("id", "Ref", "Ref no", "Reference", "No.", "Number", "#", "ID", "Action no", "Action ref", "Action id",
            "Action number", "Item", "Item no"),
    OBJECTIVE("objective", "Objective", "Objective no", "Priority", "Priority area", "Strand", "Workstream",
            "Strategic objective"),
    THEME("theme", "Theme", "Sub-theme", "Category"),
    TITLE("title", "Title", "Action title", "Short title", "Heading"),
    ACTION("action", "Action", "Activity", "Task", "What will be done", "What we will do", "Actions to be taken",
            "Action required", "Planned action", "Key action", "Further action",
            "Further action required", "Next steps", "Intervention"),
    LEAD("lead", "Lead", "Lead agency", "Lead partner", "Lead organisation", "Owner", "Action owner", "Responsible",
            "Responsibility", "Responsible agency", "Who", "Who is responsible", "By whom", "Lead person", "Accountable"),
    OWNER("owner", "Lead officer", "Responsible officer", "Named officer", "Named lead", "Officer", "Contact",
            "Accountable officer"),
    SUCCESS_CRITERIA("success_criteria", "Success criteria", "Success criterion", "Measures", "Measure of success",
            "Outcome", "Expected outcome", "Intended outcome", "KPI",
            "Key performance indicator", "Performance measure", "Performance indicator", "Evidence of success",
            "How will we know", "How success will be measured", "Target", "Output", "Deliverable"),
    TIMESCALE("timescale", "Time", "Timescale", "Timeframe", "Time frame", "Deadline", "Target date", "By when",
            "Due date", "Completion date", "Target completion date", "End date", "Date", "When"),
    RESOURCES("resources", "Resources", "Resource implications", "Resources required", "Budget", "Funding", "Cost"),
    PROGRESS("status", "Progress", "RAG", "RAG rating", "RAG status", "Status", "Rating", "Progress rating",
            "Current status", "Progress status", "Red amber green", "Overall RAG"),
    COMMENTS("notes", "Comments", "Notes", "Remarks", "Additional information", "Other information"),
    /**
     * What has happened, in words: the text becomes the progress log's entry of the status read (its note), dated as
     * the status is, so that the forms and the paper show it as the newest progress.
     */
    PROGRESS_TEXT("progress", "Update", "Progress update", "Commentary", "Comments and progress", "Progress notes",
            "Latest update", "Latest position", "Current position", "Position", "Progress to date", "Narrative",
            "Progress commentary", "RAG commentary", "Progress narrative", "Update on progress", "Progress report"),
    DUTY("duties", "Duty", "Duty area", "Area", "Guidance", "Benchmark", "Prevent duty", "Prevent duty guidance",
            "Guidance requirement", "Requirement", "What the guidance says", "Duty guidance", "Toolkit area"),
    EVIDENCE("evidence", "Evidence", "Evidence of progress", "Evidence of impact", "Evidence base",
            "Supporting evidence", "Evidence of completion"),
    /**
     * Lead, status, timescale and resources stacked in one cell, each line after its label ("Lead: COLC"), as
     * prevent's Word paper and PDF write them: read as those four columns.
     */
    DETAILS(null, "Lead, status, timescale, resources", "Details"),
    /** {@code due}: a timescale when the sheet has no other. */
    DUE(null, "Due"),
    /** {@code statusLabel}: a status when the sheet has no other. */
    STATUS_LABEL(null, "statusLabel"),
    /** {@code overdue}, {@code lastUpdate}, {@code file}, {@code line}, {@code trend}: worked out from the plan, never imported. */
    WORKED_OUT(null, "overdue", "lastUpdate", "file", "line", "trend");

    /** Words that join or pad a heading and say nothing of the column. */
    private static final Set<String> FILLER = Set.of("and", "or", "of", "the", "a", "an", "to", "be");
    private static final Pattern JOIN = Pattern.compile("\\s*(?:/|&|\\+|,|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);
    /** What starts an explanation after a heading's word: a bracket, a colon, a spaced dash, a line break. */
    private static final Pattern EXPLAINED = Pattern.compile("\\s*(?:\\(|:|\\s[-–—]\\s|\\R).*", Pattern.DOTALL);
    private static final Pattern SPACED_LETTERS = Pattern.compile("(?:\\p{L} )+\\p{L}");
    private static final Map<String, SheetHeading> BY_WORDS = new HashMap<>();

    static {
        for (SheetHeading heading : values()) {
            for (String phrase : heading.phrases) {
                SheetHeading was = BY_WORDS.put(key(phrase), heading);
                if (was != null) {
                    throw new IllegalStateException("'" + phrase + "' heads both " + was + " and " + heading);
                }
            }
        }
    }

    private final String field;
    private final List<String> phrases;

    SheetHeading(String field, String... phrases) {
        this.field = field;
        this.phrases = List.of(phrases);
    }

    /** The key of an action this column fills, as {@code --column} names it; null for a column prevent works out. */
    String field() {
        return field;
    }

    /** The headings this column is known by, as the docs print them. */
    List<String> phrases() {
        return phrases;
    }

    /** The column a heading means, if any. */
    static Optional<SheetHeading> of(String heading) {
        String text = heading.replace("*", "").strip();
        if (SPACED_LETTERS.matcher(text).matches()) {
            text = text.replace(" ", "");
        }
        Optional<SheetHeading> whole = whole(text);
        if (whole.isPresent()) {
            return whole;
        }
        // A join: "Comments / Progress" is the notes, "Lead / Owner" the lead, "Progress & RAG" the status.
        String[] parts = JOIN.split(text);
        if (parts.length > 1) {
            Set<SheetHeading> meant = EnumSet.noneOf(SheetHeading.class);
            for (String part : parts) {
                whole(part).ifPresent(meant::add);
            }
            if (meant.size() == 1) {
                return Optional.of(meant.iterator().next());
            }
            // Progress in words beside comments, a status or evidence ("Evidence / progress update") is what has
            // happened; requirement beside evidence (a crosswalk's "Requirement / Evidence") is no one column.
            if (meant.contains(PROGRESS_TEXT) || meant.contains(PROGRESS) && (meant.contains(COMMENTS) || meant.contains(EVIDENCE))) {
                return Optional.of(PROGRESS_TEXT);
            }
        }
        // A heading explained: "Progress Red – behind Blue – ongoing", "Timescale (by when)", "Lead: who".
        String before = EXPLAINED.matcher(text).replaceFirst("");
        if (!before.isEmpty() && !before.equals(text)) {
            Optional<SheetHeading> explained = of(before);
            if (explained.isPresent()) {
                return explained;
            }
            List<String> words = List.of(before.split("\\s+"));
            for (int end = words.size() - 1; end > 0; end--) {
                Optional<SheetHeading> leading = whole(String.join(" ", words.subList(0, end)));
                if (leading.isPresent()) {
                    return leading;
                }
            }
        }
        return Optional.empty();
    }

    /** The column a field name or heading word on the command line names ({@code --column "Strategic intent=action"}). */
    static Optional<SheetHeading> ofField(String word) {
        String typed = word.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SheetHeading heading : values()) {
            if (typed.equals(heading.field)) {
                return Optional.of(heading);
            }
        }
        return of(word).filter(h -> h.field != null);
    }

    /** The names {@code --column} takes, for a message. */
    static List<String> fields() {
        List<String> fields = new ArrayList<>();
        for (SheetHeading heading : values()) {
            if (heading.field != null) {
                fields.add(heading.field);
            }
        }
        return fields;
    }

    /** A heading as a key: its words in lower case, singular, without filler, in alphabetical order. */
    static String key(String heading) {
        String spaced = heading.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}#]+", " ").strip();
        Set<String> words = new TreeSet<>();
        for (String word : spaced.split(" ")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(singular(word));
            }
        }
        return String.join(" ", new LinkedHashSet<>(words));
    }

    private static Optional<SheetHeading> whole(String text) {
        String key = key(text);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(BY_WORDS.get(key));
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !(word.endsWith("is") && word.length() > 4)) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The column this one stands in for when the sheet lacks it; null for a column of its own. */
    SheetHeading standsFor() {
        return switch (this) {
            case DUE -> TIMESCALE;
            case STATUS_LABEL -> PROGRESS;
            default -> null;
        };
    }

    /** Every column's words, as the docs' table lists them. */
    static List<List<String>> table() {
        return Arrays.stream(values()).filter(h -> h.field != null)
                .map(h -> List.of(h.field, String.join(", ", h.phrases))).toList();
    }
}
