package dev.prevent.edit;

import dev.prevent.words.StatusWords;
import dev.prevent.check.Validation;
import dev.prevent.edit.YamlText.Mapping;
import dev.prevent.edit.YamlText.Node;
import dev.prevent.edit.YamlText.Scalar;
import dev.prevent.edit.YamlText.Sequence;
import dev.prevent.exit.UserError;
import dev.prevent.load.PlanLoader;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.NaturalOrder;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.model.Timescale;
import dev.prevent.model.Update;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Edits of one plan, each on one file: progress recorded on an action ({@link #update}), a new action
 * ({@link #add}). The plan must be free of errors to begin with; each edit is a {@link Changeset}, which checks
 * the edited plan, shows the diff and writes it.
 */
public final class PlanEditor {

    /** What a person asks to record on an action; absent values are null (lists empty) and leave the field as it is. */
    public record Request(String id, String status, String note, LocalDate date, List<String> leads, String timescale) {

        public Request {
            // A note of nothing but spaces and line breaks is no note.
            note = note == null || note.isBlank() ? null : note;
        }

        boolean logs() {
            return status != null || note != null;
        }
    }

    private final Path planDir;
    private final LocalDate today;
    private final Plan plan;

    private PlanEditor(Path planDir, LocalDate today) {
        this.planDir = planDir;
        this.today = today;
        this.plan = Validation.of(planDir, today).validPlan();
    }

    /**
     * The editor of a plan that has no errors.
     *
     * @throws UserError (exit 1) naming the plan's errors: a plan with errors is not edited
     */
    public static PlanEditor of(Path planDir, LocalDate today) {
        return new PlanEditor(planDir, today);
    }

    public Plan plan() {
        return plan;
    }

    /**
     * Records progress on an action: with a status or a note, an update {date, status, note} in the log (kept
     * oldest first) and, when it is the newest, the action's status; a new lead list or timescale replaces the old.
     *
     * @throws UserError (exit 2) for an unknown id or status, or nothing to record
     */
    public Changeset update(Request request) {
        Action action = action(request.id());
        Path file = action.source().file();
        YamlText text = read(file);
        FileEdit edit = new FileEdit(text);
        List<String> words = edit(request, action, text, edit);
        if (words.isEmpty()) {
            throw new UserError("nothing to record: give --status, --note, --note-file, --lead or --timescale");
        }
        return changeset(file, text, edit, action.id() + " " + action.heading() + ": " + String.join(", ", words));
    }

    /**
     * Records several answers at once (a partner's progress return), as one change: each as {@link #update} would,
     * each file edited once for all its actions. An answer already in the log adds nothing.
     *
     * @return the change, or empty when no answer adds anything
     * @throws UserError (exit 2) for an unknown id or status
     */
    public Optional<Changeset> updates(List<Request> requests, String message) {
        Map<Path, YamlText> texts = new LinkedHashMap<>();
        Map<Path, FileEdit> edits = new LinkedHashMap<>();
        for (Request request : requests) {
            Action action = action(request.id());
            Path file = action.source().file();
            YamlText text = texts.computeIfAbsent(file, PlanEditor::read);
            edit(request, action, text, edits.computeIfAbsent(file, f -> new FileEdit(text)));
        }
        List<Changeset.FileChange> changes = new ArrayList<>();
        texts.forEach((file, text) -> {
            byte[] before = text.bytes(text.text);
            byte[] after = text.bytes(edits.get(file).text());
            if (!java.util.Arrays.equals(before, after)) {
                changes.add(Changeset.FileChange.edited(file, before, after));
            }
        });
        return changes.isEmpty() ? Optional.empty() : Optional.of(Changeset.of(planDir, today, message, changes));
    }

    /** Makes one request's edits of {@code action} in {@code edit}; the words saying what it did, none for nothing. */
    private List<String> edit(Request request, Action action, YamlText text, FileEdit edit) {
        Status status = request.status() == null ? null : StatusWords.resolve(plan, request.status());
        LocalDate date = request.date() == null ? today : request.date();
        if (request.logs() && date.isAfter(today)) {
            // No record in the future: it would change the status on a day no one has reached.
            throw new UserError("the update of " + action.id() + " is dated " + date + ", after today (" + today + "); an update "
                    + "records what was known on its day: leave --date out for today, or give the day it happened");
        }
        Mapping mapping = actionMapping(text, action.id());
        List<String> words = new ArrayList<>();
        if (request.logs() && recorded(action, status, request.note(), date)) {
            // Run again (after its output was lost, by a script that retries): the entry is there, and is not added twice.
            words.add("already recorded on " + date);
        } else if (request.logs()) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("date", date.toString());
            if (status != null) {
                item.put("status", status.key());
            }
            if (request.note() != null) {
                item.put("note", request.note());
            }
            boolean newest = action.updates().stream().allMatch(u -> u.date() == null || !u.date().isAfter(date));
            // Two insertions at the action's end land in the order asked: a new status line reads best above a
            // new log, but after the last entry of a log that is already there.
            boolean logWritten = mapping.get("updates").orElse(null) instanceof YamlText.Sequence log && !log.flow()
                    && !log.items().isEmpty();
            if (status != null && newest && !logWritten) {
                edit.set(mapping, "status", status.key());
            }
            Optional<Map<String, String>> before = status == null ? Optional.empty() : statusBeforeTheLog(action, date);
            int at = position(action, date);
            int beforeAt = before.map(first -> position(action, LocalDate.parse(first.get("date")))).orElse(-1);
            if (beforeAt == at) {
                edit.insertItems(mapping, "updates", List.of(before.get(), item), sequenceIndent(text), at);
            } else {
                before.ifPresent(first -> edit.insertItem(mapping, "updates", first, sequenceIndent(text), beforeAt));
                edit.insertItem(mapping, "updates", item, sequenceIndent(text), at);
            }
            if (status != null && newest && logWritten) {
                edit.set(mapping, "status", status.key());
            }
            if (status != null) {
                words.add((action.status() == null ? "not assessed" : action.status()) + " → " + status.key());
            } else {
                words.add("note of " + date);
            }
        }
        if (!request.leads().isEmpty()) {
            List<String> codes = request.leads().stream().map(code -> plan.agency(code).map(Agency::code).orElse(code.strip())).toList();
            edit.setList(mapping, "lead", codes);
            words.add("lead " + String.join(", ", codes));
        }
        if (request.timescale() != null) {
            edit.set(mapping, "timescale", request.timescale().strip());
            words.add("timescale " + request.timescale().strip());
        }
        return words;
    }

    /** Whether the log has this very entry: the same day, status and note (a return read twice adds nothing). */
    public static boolean recorded(Action action, Status status, String note, LocalDate date) {
        return action.updates().stream().anyMatch(u -> date.equals(u.date())
                && (status == null ? u.status() == null : status.matches(u.status()))
                && (note == null ? u.note() == null : u.note() != null && note.strip().equals(u.note().strip())));
    }

    /**
     * A status set without a date (by hand, or by an older import) holds on every day while the log gives none. The
     * first dated status would make every day before it "not assessed"; so the status it replaces is recorded first,
     * from the start of the plan's year (or the day of the update, when that is earlier), and earlier days keep it.
     */
    private Optional<Map<String, String>> statusBeforeTheLog(Action action, LocalDate date) {
        if (action.status() == null || action.updates().stream().anyMatch(u -> u.date() != null && u.status() != null)) {
            return Optional.empty();
        }
        LocalDate yearStart = Timescale.parseFinancialYear(plan.period()).dueDate().orElseThrow().minusYears(1).plusDays(1);
        Map<String, String> first = new LinkedHashMap<>();
        first.put("date", (date.isBefore(yearStart) ? date : yearStart).toString());
        first.put("status", action.status());
        first.put("note", "Status before the log began, set without a date; kept for the days before");
        return Optional.of(first);
    }

    /** The index in the log at which an update of {@code date} goes: after every update of that day or before. */
    private static int position(Action action, LocalDate date) {
        List<Update> updates = action.updates();
        int at = updates.size();
        while (at > 0 && updates.get(at - 1).date() != null && updates.get(at - 1).date().isAfter(date)) {
            at--;
        }
        return at;
    }

    /**
     * Adds an action to an objective, with the next free id of that objective in natural order (1.9, then 1.10).
     *
     * @throws UserError (exit 2) for an unknown objective, or one whose actions cannot be added to in place
     */
    public Changeset add(String objectiveId, String title, String actionText, List<String> leads, String timescale,
            List<String> criteria) {
        Objective objective = plan.objectives().stream().filter(o -> o.id().equals(objectiveId.strip())).findFirst()
                .orElseThrow(() -> new UserError("no objective '" + objectiveId + "' in this plan"
                        + DidYouMean.suggestion(objectiveId, plan.objectives().stream().map(Objective::id).toList())
                        + "; the objectives are " + plan.objectives().stream().map(Objective::id).collect(Collectors.joining(", "))));
        String id = nextId(objective);
        Path file = objective.source().file();
        YamlText text = read(file);
        Mapping root = (Mapping) text.root;
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("title", title);
        item.put("action", actionText == null ? title : actionText);
        if (!leads.isEmpty()) {
            item.put("lead", leads.stream().map(code -> plan.agency(code).map(Agency::code).orElse(code.strip())).toList());
        }
        if (!criteria.isEmpty()) {
            item.put("success_criteria", criteria);
        }
        if (timescale != null) {
            item.put("timescale", timescale.strip());
        }
        FileEdit edit = new FileEdit(text);
        Optional<Node> actions = root.get("actions");
        if (actions.orElse(null) instanceof Sequence flow && flow.flow() && !flow.items().isEmpty()) {
            // Splicing into [{...}, {...}] would mean rewriting the line; an edit changes only what it must.
            throw new UserError("objective " + objective.id() + " has its actions written on one line ([{...}]); write them "
                    + "as a list, one '- id:' under another, or add this action by hand");
        }
        if (actions.orElse(null) instanceof Sequence sequence && !sequence.flow() && !sequence.items().isEmpty()) {
            edit.appendMapping(sequence, item, sequence.items().get(0) instanceof Mapping m ? m : null);
        } else {
            // The first action of an objective (actions: [] or none yet): its lists on one line.
            edit.insertItem(root, "actions", item, sequenceIndent(text), 0);
        }
        return changeset(file, text, edit, id + " " + title + ": added to objective " + objective.id());
    }

    private static String nextId(Objective objective) {
        String prefix = objective.id() + ".";
        int highest = 0;
        for (Action action : objective.actions()) {
            String id = action.id();
            if (id.startsWith(prefix) && id.substring(prefix.length()).matches("\\d{1,9}")) {
                highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        return prefix + (highest + 1);
    }

    private Action action(String id) {
        return plan.actions().filter(a -> a.id().equals(id.strip())).findFirst().orElseThrow(() -> {
            List<String> ids = plan.actions().map(Action::id).sorted(NaturalOrder.IDS).toList();
            return new UserError("no action '" + id + "' in this plan" + DidYouMean.suggestion(id, ids)
                    + "; ids are written as in the plan, e.g. " + String.join(", ", ids.subList(0, Math.min(5, ids.size())))
                    + (ids.size() > 5 ? "..." : ""));
        });
    }

    /** The action's mapping in its file's tree. */
    static Mapping actionMapping(YamlText text, String id) {
        if (text.root instanceof Mapping root && root.get("actions").orElse(null) instanceof Sequence actions) {
            for (Node item : actions.items()) {
                if (item instanceof Mapping action && action.get("id").orElse(null) instanceof Scalar scalar
                        && scalar.value().strip().equals(id)) {
                    return action;
                }
            }
        }
        throw new IllegalStateException("action " + id + " is not in its file");
    }

    /** How far this file indents a list under its key: 2 for {@code actions:\n  - id}, 0 for {@code actions:\n- id}. */
    static int sequenceIndent(YamlText text) {
        if (text.root instanceof Mapping root) {
            for (var entry : root.entries()) {
                if (entry.value() instanceof Sequence s && !s.flow() && !s.items().isEmpty()) {
                    return text.column(s.start()) - text.column(entry.key().start());
                }
            }
        }
        return 2;
    }

    /**
     * plan.yaml with agencies added at the end of its {@code agencies:}, as {@code import --add-agencies} writes them.
     *
     * @param change the edit of plan.yaml, to be applied with the rest of a change
     * @param lines  the lines added, indented as the file indents its agencies: what a user would paste there
     */
    public record Agencies(Changeset.FileChange change, String lines) {
    }

    /**
     * plan.yaml with each agency of {@code added} (code to full name) added in place: comments, order, quoting and
     * line ends kept, the new lines indented as the file's own.
     *
     * @throws UserError (exit 2) when plan.yaml has no agencies mapping to add to
     */
    public static Agencies withAgencies(Path planDir, Map<String, String> added) {
        Path file = planDir.resolve(PlanLoader.PLAN_FILE);
        YamlText text = read(file);
        if (!(text.root instanceof Mapping root) || !(root.get("agencies").orElse(null) instanceof Mapping agencies)) {
            throw new UserError(file + " has no agencies mapping to add the new agencies to");
        }
        FileEdit edit = new FileEdit(text);
        added.forEach((code, name) -> edit.set(agencies, code, name));
        String before = text.text;
        String after = edit.text();
        int same = 0;
        while (same < before.length() && before.charAt(same) == after.charAt(same)) {
            same++;
        }
        int start = after.lastIndexOf('\n', same - 1) + 1;
        String lines = after.substring(start, start + after.length() - before.length());
        return new Agencies(Changeset.FileChange.edited(file, text.bytes(before), text.bytes(after)), lines.replace("\r", ""));
    }

    static YamlText read(Path file) {
        try {
            return YamlText.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserError("cannot read '" + file + "': " + e.getMessage());
        }
    }

    private Changeset changeset(Path file, YamlText text, FileEdit edit, String message) {
        return Changeset.of(planDir, today, message, List.of(Changeset.FileChange.edited(file, text.bytes(text.text),
                text.bytes(edit.text()))));
    }

    /**
     * An answer given in the round before a meeting, as an update, or nothing when it records nothing: no note, and a
     * status that is the action's own already, however it was written ("On target" for an action already green).
     *
     * @param statusWords the status as typed (a key, label or colour), or blank to keep it
     * @param note        the note as typed, or blank for none
     * @throws UserError (exit 2) for a status that is not on the plan's scale
     */
    public Optional<Request> answer(Action action, String statusWords, String note, LocalDate date) {
        String status = statusWords == null || statusWords.isBlank() ? null : StatusWords.resolve(plan, statusWords).key();
        String newStatus = status == null || status.equals(action.status()) ? null : status;
        String text = note == null || note.isBlank() ? null : note.strip();
        return newStatus == null && text == null ? Optional.empty()
                : Optional.of(new Request(action.id(), newStatus, text, date, List.of(), null));
    }

    /** The actions an agency leads, alone or jointly, that are not at a closed status today, in plan order. */
    public List<Action> openActionsLedBy(String code) {
        if (plan.agency(code).isEmpty()) {
            throw new UserError("no agency '" + code + "' in this plan" + DidYouMean.phrase(plan.closestAgency(code))
                    + "; the agencies are " + plan.agencies().stream().map(Agency::code).collect(Collectors.joining(", ")));
        }
        return plan.actions().filter(a -> a.isLedBy(code))
                .filter(a -> a.openOn(today, plan)).toList();
    }
}
