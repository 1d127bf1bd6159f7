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

    /** What was wrong with the plan as read: the errors a change may leave, not add. */
    private final List<dev.prevent.model.Diagnostic> known;

    private PlanEditor(Path planDir, LocalDate today) {
        this.planDir = planDir;
        this.today = today;
        // The plan as read, errors and all: a change is refused only when it adds an error (Changeset#check), so a
        // plan with errors can be repaired through the tool, one change at a time.
        Validation read = Validation.of(planDir, today);
        this.plan = read.plan();
        this.known = read.diagnostics();
    }

    /**
     * The editor of a plan, errors and all: each change it makes is refused only when it adds an error.
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
        return changes.isEmpty() ? Optional.empty() : Optional.of(Changeset.of(planDir, today, message, changes, known));
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

    /**
     * Renames an agency: its code in plan.yaml and in every lead of every objective file, in one change; its name too
     * when {@code name} is given.
     *
     * @throws UserError (exit 2) for a code that is no agency, or a new code that is one already
     */
    public Changeset renameAgency(String code, String newCode, String name) {
        Agency agency = agency(code);
        String to = newCode.strip();
        plan.agency(to).filter(other -> !other.code().equals(agency.code())).ifPresent(other -> {
            throw new UserError(to + " is an agency of the plan already (" + other.name() + "); to make the two one, use: prevent agency "
                    + "merge " + agency.code() + " " + other.code() + " --into " + other.code() + " --name \"" + other.name() + "\"");
        });
        code(to);
        return agencies(List.of(agency), to, name, "agency " + agency.code() + " renamed " + to
                + (name == null ? "" : " (" + name.strip() + ")"));
    }

    /**
     * Makes several agencies one: plan.yaml keeps one entry, {@code into} named {@code name}, where the first of them
     * was, and every lead that named any of them names {@code into}, once.
     *
     * @throws UserError (exit 2) for a code that is no agency, fewer than two agencies, or {@code into} an agency not among them
     */
    public Changeset mergeAgencies(List<String> codes, String into, String name) {
        List<Agency> merged = new ArrayList<>();
        for (String code : codes) {
            Agency agency = agency(code);
            if (!merged.contains(agency)) {
                merged.add(agency);
            }
        }
        if (merged.size() < 2) {
            throw new UserError("name two agencies or more to merge, as: prevent agency merge HR OD --into HROD --name \"HR & "
                    + "Organisational Development\"");
        }
        String to = into.strip();
        plan.agency(to).filter(other -> !merged.contains(other)).ifPresent(other -> {
            throw new UserError(to + " is another agency of the plan (" + other.name() + "); merge it too, or choose a new code");
        });
        code(to);
        return agencies(merged, to, name, "agencies " + String.join(", ", merged.stream().map(Agency::code).toList()) + " merged into "
                + to + (name == null ? "" : " (" + name.strip() + ")"));
    }

    private static void code(String code) {
        dev.prevent.model.Code.problem(code).ifPresent(problem -> {
            throw new UserError("the new code '" + code + "' " + problem);
        });
    }

    private Agency agency(String code) {
        return plan.agency(code.strip()).orElseThrow(() -> new UserError("no agency '" + code.strip() + "' in this plan; the agencies are "
                + String.join(", ", plan.agencies().stream().map(Agency::code).toList())));
    }

    /** plan.yaml with {@code agencies} made one entry {@code to}, and every lead naming any of them naming {@code to}. */
    private Changeset agencies(List<Agency> agencies, String to, String name, String message) {
        Path planFile = planDir.resolve(PlanLoader.PLAN_FILE);
        YamlText header = read(planFile);
        if (!(header.root instanceof Mapping root) || !(root.get("agencies").orElse(null) instanceof Mapping mapping) || mapping.flow()) {
            throw new UserError(planFile + " writes no agencies: block (one agency a line) to change");
        }
        FileEdit headerEdit = new FileEdit(header);
        boolean kept = false;
        for (YamlText.Entry entry : mapping.entries()) {
            if (agencies.stream().noneMatch(a -> a.code().equals(entry.key().value().strip()))) {
                continue;
            }
            if (kept) {
                headerEdit.removeEntry(entry);
                continue;
            }
            kept = true;
            if (!entry.key().value().strip().equals(to)) {
                headerEdit.renameKey(entry, to);
            }
            if (name != null && !name.isBlank()) {
                if (entry.value() instanceof Mapping details) {
                    headerEdit.set(details, "name", name.strip());
                } else {
                    headerEdit.setValue(mapping, entry, name.strip());
                }
            }
        }
        List<Changeset.FileChange> changes = new ArrayList<>();
        changes.add(Changeset.FileChange.edited(planFile, header.bytes(header.text), header.bytes(headerEdit.text())));
        Map<Path, List<Action>> byFile = new LinkedHashMap<>();
        plan.actions().filter(a -> a.lead().stream().anyMatch(lead -> agencies.stream().anyMatch(ag -> ag.matches(lead))))
                .forEach(a -> byFile.computeIfAbsent(a.source().file(), f -> new ArrayList<>()).add(a));
        int actions = 0;
        for (var file : byFile.entrySet()) {
            YamlText text = read(file.getKey());
            FileEdit edit = new FileEdit(text);
            for (Action action : file.getValue()) {
                java.util.LinkedHashSet<String> leads = new java.util.LinkedHashSet<>();
                for (String lead : action.lead()) {
                    leads.add(agencies.stream().anyMatch(ag -> ag.matches(lead)) ? to : lead);
                }
                edit.setList(actionMapping(text, action.id()), "lead", List.copyOf(leads));
                actions++;
            }
            changes.add(Changeset.FileChange.edited(file.getKey(), text.bytes(text.text), text.bytes(edit.text())));
        }
        return Changeset.of(planDir, today, message + ": " + actions + (actions == 1 ? " action" : " actions"), changes, known);
    }

    /**
     * plan.yaml with what an import read for it, in one edit: agencies {@code added} (code to name), agencies
     * {@code named} anew (code to name), top-level {@code fields} set (title, owner), and statuses given a
     * {@code description} (by key); comments, order, quoting and line ends kept.
     *
     * @return the change, or empty when there is nothing to change
     */
    public static Optional<Changeset.FileChange> withHeader(Path planDir, Map<String, String> added, Map<String, String> named,
            Map<String, String> fields, Map<String, String> descriptions) {
        Path file = planDir.resolve(PlanLoader.PLAN_FILE);
        YamlText text = read(file);
        if (!(text.root instanceof Mapping root)) {
            throw new UserError(file + " is no mapping of keys to change");
        }
        FileEdit edit = new FileEdit(text);
        fields.forEach((key, value) -> edit.set(root, key, value));
        if (root.get("agencies").orElse(null) instanceof Mapping agencies) {
            for (YamlText.Entry entry : agencies.entries()) {
                String name = named.get(entry.key().value().strip());
                if (name == null) {
                    continue;
                }
                if (entry.value() instanceof Mapping details) {
                    edit.set(details, "name", name);
                } else {
                    edit.setValue(agencies, entry, name);
                }
            }
            added.forEach((code, name) -> edit.set(agencies, code, name));
        } else if (!added.isEmpty()) {
            throw new UserError(file + " has no agencies mapping to add the new agencies to");
        }
        if (!descriptions.isEmpty() && root.get("statuses").orElse(null) instanceof Sequence statuses) {
            for (Node item : statuses.items()) {
                if (item instanceof Mapping status && status.get("key").orElse(null) instanceof Scalar key
                        && descriptions.containsKey(key.value().strip())) {
                    edit.set(status, "description", descriptions.get(key.value().strip()));
                }
            }
        }
        String after = edit.text();
        return after.equals(text.text) ? Optional.empty()
                : Optional.of(Changeset.FileChange.edited(file, text.bytes(text.text), text.bytes(after)));
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
                text.bytes(edit.text()))), known);
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
