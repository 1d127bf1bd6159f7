package dev.prevent.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
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
        SourceMap source) {

    public Action {
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

    /** The newest entry of the progress log, by date. */
    public Optional<Update> lastUpdate() {
        return lastUpdate(LocalDate.MAX);
    }

    /** The newest entry of the progress log on or before a day: what was known then. */
    public Optional<Update> lastUpdate(LocalDate asOf) {
        return updates.stream().filter(u -> u.date() != null && !u.date().isAfter(asOf))
                .max(Comparator.comparing(Update::date));
    }

    /**
     * The status as of a day, so a paper for a past meeting can be made again from today's files. Without a
     * log that gives statuses it is the status field. With one, it is the status of the newest update dated on
     * or before the day (none: not assessed), and from the newest update on, the status field: the status now.
     */
    public String statusOn(LocalDate day) {
        Update newest = null;
        Update newestByDay = null;
        for (Update update : updates) {
            if (update.status() == null || update.status().isBlank() || update.date() == null) {
                continue;
            }
            if (newest == null || !update.date().isBefore(newest.date())) {
                newest = update;
            }
            if (!update.date().isAfter(day) && (newestByDay == null || !update.date().isBefore(newestByDay.date()))) {
                newestByDay = update;
            }
        }
        if (newest == null || !newest.date().isAfter(day)) {
            return status;
        }
        return newestByDay == null ? null : newestByDay.status();
    }

    public boolean isLedBy(String code) {
        return lead.stream().anyMatch(l -> Code.same(l, code));
    }
}
