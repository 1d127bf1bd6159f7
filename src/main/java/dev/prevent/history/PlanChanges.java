package dev.prevent.history;

import dev.prevent.check.Validation;
import dev.prevent.model.Action;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.model.Timescale;
import dev.prevent.model.Update;
import dev.prevent.output.Answer;
import dev.prevent.output.Cell;
import dev.prevent.output.Column;
import dev.prevent.output.LongDate;
import dev.prevent.output.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What moved between the plan at a revision and the working tree. Actions are matched by id, so an
 * action moved to another file or objective is a change of its objective (or of nothing, when only
 * the file changed), never a removal and an addition.
 */
public final class PlanChanges implements Answer {

    /** The fields compared, in the order changes are listed. */
    public enum Field { STATUS, TIMESCALE, LEAD, TITLE, OBJECTIVE, UPDATES;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One field of one action that changed. {@code from} and {@code to} are the values as written
     * (a status key, a timescale, a list of lead codes...); for updates, {@code to} is the number of new updates.
     */
    public record Change(String id, String field, Object from, Object to) {
    }

    /** The JSON document: {@code {"since", "added", "removed", "changed"}}. */
    public record Document(String since, List<String> added, List<String> removed, List<Change> changed) {
    }

    /** A change as people read it: what it was, what it is, and in words. */
    public record Described(String id, String title, String what, String from, String to) {
    }

    private final String since;
    private final List<String> notes;
    private final List<String> added = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final List<Change> changed = new ArrayList<>();
    private final List<Described> described = new ArrayList<>();

    private PlanChanges(String since, List<String> notes) {
        this.since = since;
        this.notes = notes;
    }

    /** The changes from the plan at a revision to the plan now. */
    public static PlanChanges between(PastPlan past, Plan now) {
        List<String> notes = new ArrayList<>();
        Plan before = past.plan().orElse(null);
        if (before == null) {
            notes.add("The plan folder did not exist at " + past.revision() + ", so every action counts as added.");
        }
        past.validation().filter(v -> v.errors() > 0).ifPresent(v -> notes.add(errorsNote(past, v)));
        PlanChanges changes = new PlanChanges(past.revision(), notes);
        changes.compare(before, now);
        return changes;
    }

    private static String errorsNote(PastPlan past, Validation v) {
        Diagnostic first = v.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        return "The plan at " + past.revision() + " has " + v.errors() + (v.errors() == 1 ? " error" : " errors")
                + ", so changes are shown as far as it could be read (first: " + first.at() + ": " + first.message() + ").";
    }

    private void compare(Plan before, Plan now) {
        Map<String, Action> old = new LinkedHashMap<>();
        if (before != null) {
            before.actions().forEach(a -> old.putIfAbsent(a.id(), a));
        }
        Map<String, Action> current = new LinkedHashMap<>();
        now.actions().forEach(a -> current.putIfAbsent(a.id(), a));
        for (Action action : current.values()) {
            Action was = old.get(action.id());
            if (was == null) {
                added.add(action.id());
                described.add(new Described(action.id(), action.title(), "added", "", describe(now, action)));
            } else {
                compare(before, was, now, action);
            }
        }
        for (Action action : old.values()) {
            if (!current.containsKey(action.id())) {
                removed.add(action.id());
                described.add(new Described(action.id(), action.title(), "removed", describe(before, action), ""));
            }
        }
    }

    private void compare(Plan before, Action was, Plan now, Action is) {
        String id = is.id();
        if (!same(was.status(), is.status())) {
            changed.add(new Change(id, Field.STATUS.toString(), was.status(), is.status()));
            described.add(new Described(id, is.title(), "status" + direction(before, was, now, is),
                    status(before, was.status()), status(now, is.status())));
        }
        String wasTimescale = was.timescale() == null ? null : was.timescale().written();
        String isTimescale = is.timescale() == null ? null : is.timescale().written();
        if (!Objects.equals(wasTimescale, isTimescale)) {
            changed.add(new Change(id, Field.TIMESCALE.toString(), wasTimescale, isTimescale));
            described.add(new Described(id, is.title(), "timescale", timescale(was.timescale()), timescale(is.timescale())));
        }
        if (!sameLeads(was, is)) {
            changed.add(new Change(id, Field.LEAD.toString(), was.lead(), is.lead()));
            described.add(new Described(id, is.title(), "lead", leads(was.lead()), leads(is.lead())));
        }
        if (!Objects.equals(was.title(), is.title())) {
            changed.add(new Change(id, Field.TITLE.toString(), was.title(), is.title()));
            described.add(new Described(id, is.title(), "title", was.title(), is.title()));
        }
        if (!Objects.equals(was.objectiveId(), is.objectiveId())) {
            changed.add(new Change(id, Field.OBJECTIVE.toString(), was.objectiveId(), is.objectiveId()));
            described.add(new Described(id, is.title(), "moved", "objective " + was.objectiveId(), "objective " + is.objectiveId()));
        }
        List<Update> fresh = new ArrayList<>(is.updates());
        for (Update old : was.updates()) {
            fresh.stream().filter(u -> sameUpdate(u, old)).findFirst().ifPresent(fresh::remove);
        }
        if (!fresh.isEmpty()) {
            changed.add(new Change(id, Field.UPDATES.toString(), null, fresh.size()));
            for (Update update : fresh) {
                described.add(new Described(id, is.title(), "new update", "", update(now, update)));
            }
        }
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
    }

    private static boolean sameLeads(Action was, Action is) {
        return was.lead().size() == is.lead().size() && was.lead().stream().allMatch(is::isLedBy);
    }

    private static boolean sameUpdate(Update a, Update b) {
        return Objects.equals(a.date(), b.date()) && same(a.status(), b.status()) && Objects.equals(a.note(), b.note());
    }

    /** ", worse" or ", better" by the plan's scale (worst first), or nothing when either is unassessed. */
    private static String direction(Plan before, Action was, Plan now, Action is) {
        Optional<Status> from = before.status(was.status());
        Optional<Status> to = now.status(is.status());
        if (was.status() == null && to.isPresent()) {
            return ", assessed";
        }
        if (from.isEmpty() || to.isEmpty() || from.get().rank() == to.get().rank()) {
            return "";
        }
        return to.get().rank() < from.get().rank() ? ", worse" : ", better";
    }

    private static String status(Plan plan, String key) {
        if (key == null) {
            return "not assessed";
        }
        return plan.status(key).map(s -> s.label() + " (" + s.key() + ")").orElse(key);
    }

    private static String timescale(Timescale timescale) {
        if (timescale == null) {
            return "none";
        }
        return timescale.written() + timescale.dueDate().map(d -> " (due " + LongDate.of(d) + ")").orElse("");
    }

    private static String leads(List<String> leads) {
        return leads.isEmpty() ? "none" : String.join(", ", leads);
    }

    private static String update(Plan plan, Update update) {
        String date = update.date() == null ? "undated" : update.date().toString();
        String status = update.status() == null ? "" : " (" + status(plan, update.status()) + ")";
        String note = update.note() == null ? "" : ": " + update.note().strip();
        return date + status + note;
    }

    private static String describe(Plan plan, Action action) {
        return status(plan, action.status()) + ", " + timescale(action.timescale());
    }

    public String since() {
        return since;
    }

    /** Why the comparison is partial (no folder then, or errors then), in sentences; empty when it is whole. */
    public List<String> notes() {
        return notes;
    }

    /** Each change in words, added first, then changes in plan order, then removals. */
    public List<Described> described() {
        List<Described> ordered = new ArrayList<>(described.stream().filter(d -> d.what().equals("added")).toList());
        ordered.addAll(described.stream().filter(d -> !d.what().equals("added") && !d.what().equals("removed")).toList());
        ordered.addAll(described.stream().filter(d -> d.what().equals("removed")).toList());
        return ordered;
    }

    @Override
    public Table table() {
        List<Column> columns = List.of(Column.of("ID"), new Column("TITLE", 36), Column.of("CHANGE"), new Column("FROM", 40),
                new Column("TO", 60));
        return new Table(columns, described().stream()
                .map(d -> List.of(Cell.of(d.id()), Cell.of(d.title()), Cell.of(d.what()), Cell.of(d.from()), Cell.of(d.to())))
                .toList());
    }

    @Override
    public Table fields() {
        return table();
    }

    @Override
    public Object json() {
        return new Document(since, added, removed, changed);
    }

    @Override
    public String summary() {
        String counts = isEmpty() ? "nothing changed" : added.size() + " added, " + removed.size() + " removed, "
                + changed.stream().map(Change::id).distinct().count() + " changed";
        return String.join("\n", notes) + (notes.isEmpty() ? "" : "\n") + counts + " since " + since;
    }

    @Override
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
