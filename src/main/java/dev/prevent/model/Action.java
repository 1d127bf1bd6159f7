package dev.prevent.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the plan: what is to be done, who leads it, how success is judged, when it is due,
 * and how it is going. Text fields hold Markdown exactly as written; absent optional values are null
 * and absent lists are empty. {@code status} and {@code lead} hold the keys as written, checked
 * against the plan's scale and agencies by validation; {@code duties} the keys of the duty areas it serves.
 * {@code title} may be null (the action's text names it); {@code owner} is the person accountable, apart from
 * the lead agencies, or null; {@code evidence} links, paths in the plan's repository or text showing progress.
 * {@code serves} the items it serves of each framework but the toolkit, by framework id as written (the toolkit's are
 * {@code duties}, whichever way they were written); {@code risks} the keys of the local risk priorities it responds to.
 */
public record Action(
        String id,
        String title,
        String theme,
        String action,
        List<String> lead,
        String owner,
        List<String> successCriteria,
        Timescale timescale,
        List<String> resources,
        String status,
        String notes,
        List<Update> updates,
        List<String> duties,
        Map<String, List<String>> serves,
        List<String> risks,
        List<String> evidence,
        String objectiveId,
        SourceMap source,
        FieldHistory history) {

    /** An action as its file says, with no history of its status field (outside git, or before history is read). */
    public Action(String id, String title, String theme, String action, List<String> lead, String owner, List<String> successCriteria,
            Timescale timescale, List<String> resources, String status, String notes, List<Update> updates, List<String> duties,
            Map<String, List<String>> serves, List<String> risks, List<String> evidence, String objectiveId, SourceMap source) {
        this(id, title, theme, action, lead, owner, successCriteria, timescale, resources, status, notes, updates, duties, serves,
                risks, evidence, objectiveId, source, FieldHistory.NONE);
    }

    /** This action with what the plan's history says of its status field. */
    public Action withHistory(FieldHistory history) {
        return new Action(id, title, theme, action, lead, owner, successCriteria, timescale, resources, status, notes, updates,
                duties, serves, risks, evidence, objectiveId, source, history);
    }

    public Action {
        history = history == null ? FieldHistory.NONE : history;
        lead = List.copyOf(lead);
        successCriteria = List.copyOf(successCriteria);
        resources = List.copyOf(resources);
        updates = List.copyOf(updates);
        duties = List.copyOf(duties);
        serves = Collections.unmodifiableMap(new LinkedHashMap<>(serves));
        risks = List.copyOf(risks);
        evidence = List.copyOf(evidence);
    }

    /** The keys of the items of a framework this action serves, as written: the duty areas for the toolkit. */
    public List<String> serves(Framework framework) {
        if (framework.id().equals(Framework.TOOLKIT)) {
            return duties;
        }
        for (Map.Entry<String, List<String>> entry : serves.entrySet()) {
            if (framework.matches(entry.getKey())) {
                return entry.getValue();
            }
        }
        return List.of();
    }

    /**
     * What an output names the action by: its title, or, for an action that has none (a title would only have
     * repeated or cut its text), its text on one line.
     */
    public String heading() {
        return title != null && !title.isBlank() ? title.strip() : action == null ? "" : action.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Whether the action has a title of its own, apart from its text. */
    public boolean titled() {
        return title != null && !title.isBlank();
    }

    /**
     * Whether the text opens with the title's words (as a Word table's bold first line often does): a paper that
     * printed both would say the same words twice. Case, punctuation and Markdown emphasis aside.
     */
    public boolean textOpensWithTitle() {
        if (!titled() || action == null) {
            return false;
        }
        // Word by word, only as far as the title goes: the text may be pages long.
        Matcher title = WORD.matcher(this.title.toLowerCase(Locale.ROOT));
        Matcher text = WORD.matcher(action.toLowerCase(Locale.ROOT));
        boolean any = false;
        while (title.find()) {
            any = true;
            if (!text.find() || !title.group().equals(text.group())) {
                return false;
            }
        }
        return any;
    }

    /** A word: letters and digits between anything else. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Open on a day: not at a closed status of the plan's scale (not assessed is open). */
    public boolean openOn(LocalDate asOf, Plan plan) {
        return !plan.status(statusOn(asOf)).map(Status::closed).orElse(false);
    }

    /** Overdue on a day: due before it, and open on it. */
    public boolean overdueOn(LocalDate asOf, Plan plan) {
        return openOn(asOf, plan) && due().map(due -> due.isBefore(asOf)).orElse(false);
    }

    public Optional<LocalDate> due() {
        return timescale == null ? Optional.empty() : timescale.dueDate();
    }

    /** The newest entry of the progress log, by date; of two of one day, the later in the file. */
    public Optional<Update> lastUpdate() {
        return lastUpdate(LocalDate.MAX);
    }

    /** The newest entry of the progress log on or before a day (what was known then); of two of one day, the later in the file. */
    public Optional<Update> lastUpdate(LocalDate asOf) {
        Update newest = null;
        for (Update update : updates) {
            if (update.date() != null && !update.date().isAfter(asOf) && (newest == null || !update.date().isBefore(newest.date()))) {
                newest = update;
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * The status as of a day: the one rule every command and table uses (docs/plan-format.md, "Status as of a day").
     * The newest information dated on or before the day counts: an update of the log from its date (of two of one day,
     * the later in the file), the status field from the day its revision was made ({@link #history}; outside git, from
     * the newest update's day, and on every day when the log gives no status). On one day the field is newer than the
     * log. Before anything is known, the first value known holds, unless the history shows the action was not yet in
     * the plan, or in it with no status written.
     */
    public String statusOn(LocalDate day) {
        String logged = null;
        LocalDate loggedDay = null;
        LocalDate newestLog = null;
        for (Update update : updates) {
            if (!hasStatus(update)) {
                continue;
            }
            if (newestLog == null || !update.date().isBefore(newestLog)) {
                newestLog = update.date();
            }
            if (!update.date().isAfter(day) && (loggedDay == null || !update.date().isBefore(loggedDay))) {
                logged = update.status();
                loggedDay = update.date();
            }
        }
        if (!history.known()) {
            // Outside git: the field counts from the newest dated status of the log, or on every day without one.
            if (newestLog == null || (status != null && !newestLog.isAfter(day))) {
                return status;
            }
            return logged != null ? logged : statusOn(earliestKnown(newestLog));
        }
        FieldHistory.Value field = null;
        boolean unwritten = false;
        for (FieldHistory.Value value : history.values()) {
            if (value.from().isAfter(day)) {
                break;
            }
            if (value.written()) {
                field = value;
            } else {
                unwritten = true;
            }
        }
        if (field != null && (loggedDay == null || !field.from().isBefore(loggedDay))) {
            return field.status();
        }
        if (logged != null) {
            // Newer than the field's revision (a field with no newer log entry was returned above).
            return logged;
        }
        // Nothing dated on or before the day. The history may show the action absent, or present with no status: not
        // assessed then. Else the first value known holds, so a plan committed today answers for its whole year.
        if (unwritten || history.absentOn(day)) {
            return null;
        }
        LocalDate firstField = history.values().stream().filter(FieldHistory.Value::written)
                .map(FieldHistory.Value::from).findFirst().orElse(null);
        LocalDate first = earliestKnown(firstField);
        return first == null ? status : statusOn(first);
    }

    /** The earliest day of a dated status in the log, or {@code other} if that is earlier; null when there is neither. */
    private LocalDate earliestKnown(LocalDate other) {
        LocalDate first = other;
        for (Update update : updates) {
            if (hasStatus(update) && (first == null || update.date().isBefore(first))) {
                first = update.date();
            }
        }
        return first;
    }

    private static boolean hasStatus(Update update) {
        return update.status() != null && !update.status().isBlank() && update.date() != null;
    }

    public boolean isLedBy(String code) {
        return lead.stream().anyMatch(l -> Code.same(l, code));
    }
}
