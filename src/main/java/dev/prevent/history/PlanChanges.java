package dev.prevent.history;

import dev.prevent.check.Validation;
import dev.prevent.model.Action;
import dev.prevent.model.Code;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What moved between the plan at a revision and the working tree, as one list of typed changes that each
 * output format words in its own way. Actions are matched by id, so an action moved to another file or
 * objective is a change of its objective (or of nothing, when only the file changed), never a removal and
 * an addition.
 */
public final class PlanChanges implements Answer {

    /** Whether an action came, went, or changed; the order changes are listed in. */
    public enum Kind { ADDED, CHANGED, REMOVED;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The fields compared, in the order changes are listed. */
    public enum Field { STATUS, TIMESCALE, LEAD, TITLE, OBJECTIVE, UPDATES;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One change. An added or removed action has no field, and {@code to} (added) or {@code from} (removed) is the
     * whole action; the other side is {@link Value#ABSENT}. A changed field has its values before and after.
     */
    public record Change(String id, String title, Kind kind, Field field, Value from, Value to) {
    }

    /** A value a change goes from or to, by what it is; each says how JSON and CSV give it and how people read it. */
    public sealed interface Value {

        /** No value: the side of an addition or removal that has no action. */
        Value ABSENT = new Absent();

        /** The value as JSON and CSV give it: what was written, a list of leads, or the number of new updates. */
        Object plain();

        /** The value in words, on the scale of {@code plan} (the plan it belongs to). */
        String words(Plan plan);

        /** See {@link #ABSENT}. */
        record Absent() implements Value {
            @Override
            public Object plain() {
                return null;
            }

            @Override
            public String words(Plan plan) {
                return "";
            }
        }

        /** A status key as written, or null for not assessed. */
        record StatusKey(String key) implements Value {
            @Override
            public Object plain() {
                return key;
            }

            @Override
            public String words(Plan plan) {
                return status(plan, key);
            }
        }

        /** A timescale, or null for none. */
        record When(Timescale timescale) implements Value {
            @Override
            public Object plain() {
                return timescale == null ? null : timescale.written();
            }

            @Override
            public String words(Plan plan) {
                return PlanChanges.timescale(timescale);
            }
        }

        /** Lead agencies' codes. */
        record Leads(List<String> codes) implements Value {
            public Leads {
                codes = List.copyOf(codes);
            }

            @Override
            public Object plain() {
                return codes;
            }

            @Override
            public String words(Plan plan) {
                return codes.isEmpty() ? "none" : String.join(", ", codes);
            }
        }

        /** A text as written: a title, an objective's id. */
        record Text(String text) implements Value {
            @Override
            public Object plain() {
                return text;
            }

            @Override
            public String words(Plan plan) {
                return text;
            }
        }

        /** The updates added to an action's log. */
        record NewUpdates(List<Update> updates) implements Value {
            public NewUpdates {
                updates = List.copyOf(updates);
            }

            @Override
            public Object plain() {
                return updates.size();
            }

            @Override
            public String words(Plan plan) {
                return String.join("; ", updates.stream().map(u -> update(plan, u)).toList());
            }
        }

        /** A whole action, added or removed. */
        record WholeAction(Action action) implements Value {
            @Override
            public Object plain() {
                return null;
            }

            @Override
            public String words(Plan plan) {
                return describe(plan, action);
            }
        }
    }

    /** A change as people read it: what happened and the values before and after, in words. */
    public record Worded(Change change, String what, String from, String to) {
    }

    /** The JSON document: {@code {"since", "added", "removed", "changed"}}. */
    public record Document(String since, List<String> added, List<String> removed, List<JsonChange> changed) {
    }

    /** One changed field in the JSON: {@code {"id", "field", "from", "to"}}. */
    public record JsonChange(String id, String field, Object from, Object to) {
    }

    private final String since;
    private final List<String> notes;
    private final Plan before;
    private final Plan now;
    private final List<Change> changes;

    private PlanChanges(String since, List<String> notes, Plan before, Plan now) {
        this.since = since;
        this.notes = List.copyOf(notes);
        this.before = before;
        this.now = now;
        List<Change> found = new ArrayList<>();
        compare(found);
        // Stable: added first, then changes in plan order, then removals.
        found.sort(Comparator.comparing(Change::kind));
        this.changes = List.copyOf(found);
    }

    /** The changes from the plan at a revision to the plan now. */
    public static PlanChanges between(PastPlan past, Plan now) {
        List<String> notes = new ArrayList<>();
        Plan before = past.plan().orElse(null);
        if (before == null) {
            notes.add("The plan folder did not exist at " + past.revision() + ", so every action counts as added.");
        }
        past.validation().filter(v -> v.errors() > 0).ifPresent(v -> notes.add(errorsNote(past, v)));
        // Which day the comparison is of, where a tag's name gives one other than its commit's.
        if (PastPlan.NAMED.equals(past.dayFrom())) {
            notes.add("Compared with " + past.described() + ".");
        }
        return new PlanChanges(past.revision(), notes, before, now);
    }

    private static String errorsNote(PastPlan past, Validation v) {
        Diagnostic first = v.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        return "The plan at " + past.revision() + " has " + v.errors() + (v.errors() == 1 ? " error" : " errors")
                + ", so changes are shown as far as it could be read (first: " + first.at() + ": " + first.message() + ").";
    }

    private void compare(List<Change> found) {
        Map<String, Action> old = new LinkedHashMap<>();
        if (before != null) {
            before.actions().forEach(a -> old.putIfAbsent(a.id(), a));
        }
        Map<String, Action> current = new LinkedHashMap<>();
        now.actions().forEach(a -> current.putIfAbsent(a.id(), a));
        for (Action action : current.values()) {
            Action was = old.get(action.id());
            if (was == null) {
                found.add(new Change(action.id(), action.heading(), Kind.ADDED, null, Value.ABSENT, new Value.WholeAction(action)));
            } else {
                compare(was, action, found);
            }
        }
        for (Action action : old.values()) {
            if (!current.containsKey(action.id())) {
                found.add(new Change(action.id(), action.heading(), Kind.REMOVED, null, new Value.WholeAction(action), Value.ABSENT));
            }
        }
    }

    private static void compare(Action was, Action is, List<Change> found) {
        if (!Code.same(was.status(), is.status())) {
            found.add(changed(is, Field.STATUS, new Value.StatusKey(was.status()), new Value.StatusKey(is.status())));
        }
        String wasTimescale = was.timescale() == null ? null : was.timescale().written();
        String isTimescale = is.timescale() == null ? null : is.timescale().written();
        if (!Objects.equals(wasTimescale, isTimescale)) {
            found.add(changed(is, Field.TIMESCALE, new Value.When(was.timescale()), new Value.When(is.timescale())));
        }
        if (!sameLeads(was, is)) {
            found.add(changed(is, Field.LEAD, new Value.Leads(was.lead()), new Value.Leads(is.lead())));
        }
        if (!Objects.equals(was.title(), is.title())) {
            found.add(changed(is, Field.TITLE, new Value.Text(was.title()), new Value.Text(is.title())));
        }
        if (!Objects.equals(was.objectiveId(), is.objectiveId())) {
            found.add(changed(is, Field.OBJECTIVE, new Value.Text(was.objectiveId()), new Value.Text(is.objectiveId())));
        }
        List<Update> fresh = new ArrayList<>(is.updates());
        for (Update old : was.updates()) {
            fresh.stream().filter(u -> sameUpdate(u, old)).findFirst().ifPresent(fresh::remove);
        }
        if (!fresh.isEmpty()) {
            found.add(changed(is, Field.UPDATES, Value.ABSENT, new Value.NewUpdates(fresh)));
        }
    }

    private static Change changed(Action action, Field field, Value from, Value to) {
        return new Change(action.id(), action.heading(), Kind.CHANGED, field, from, to);
    }

    private static boolean sameLeads(Action was, Action is) {
        return was.lead().size() == is.lead().size() && was.lead().stream().allMatch(is::isLedBy);
    }

    private static boolean sameUpdate(Update a, Update b) {
        return Objects.equals(a.date(), b.date()) && Code.same(a.status(), b.status()) && Objects.equals(a.note(), b.note());
    }

    public String since() {
        return since;
    }

    /** Why the comparison is partial (no folder then, or errors then), in sentences; empty when it is whole. */
    public List<String> notes() {
        return notes;
    }

    /** Every change: added first, then changes in plan order, then removals. */
    public List<Change> changes() {
        return changes;
    }

    /** Each change in words, in the order of {@link #changes()}; each new update is a row of its own. */
    public List<Worded> worded() {
        List<Worded> rows = new ArrayList<>();
        for (Change change : changes) {
            String from = change.from().words(before);
            String to = change.to().words(now);
            switch (change.kind()) {
                case ADDED -> rows.add(new Worded(change, "added", from, to));
                case REMOVED -> rows.add(new Worded(change, "removed", from, to));
                case CHANGED -> {
                    switch (change.field()) {
                        case STATUS -> rows.add(new Worded(change, "status" + direction(change.from(), change.to()), from, to));
                        case OBJECTIVE -> rows.add(new Worded(change, "moved", "objective " + from, "objective " + to));
                        case UPDATES -> ((Value.NewUpdates) change.to()).updates()
                                .forEach(u -> rows.add(new Worded(change, "new update", "", update(now, u))));
                        default -> rows.add(new Worded(change, change.field().toString(), from, to));
                    }
                }
            }
        }
        return rows;
    }

    /** ", worse" or ", better" by the plan's scale (worst first), ", assessed" from nothing, else nothing. */
    private String direction(Value fromStatus, Value toStatus) {
        String from = ((Value.StatusKey) fromStatus).key();
        String to = ((Value.StatusKey) toStatus).key();
        Optional<Status> was = before.status(from);
        Optional<Status> is = now.status(to);
        if (from == null && is.isPresent()) {
            return ", assessed";
        }
        if (was.isEmpty() || is.isEmpty() || was.get().rank() == is.get().rank()) {
            return "";
        }
        return is.get().rank() < was.get().rank() ? ", worse" : ", better";
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
        // A day is written once, as a reader writes it; any other timescale with the day it falls due.
        if (timescale.form() == Timescale.Form.DAY && timescale.due() != null) {
            return LongDate.of(timescale.due());
        }
        return timescale.written() + timescale.dueDate().map(d -> " (due " + LongDate.of(d) + ")").orElse("");
    }

    private static String update(Plan plan, Update update) {
        // The status after a comma, not in brackets: its own words already carry the key in brackets.
        String date = update.date() == null ? "undated" : LongDate.of(update.date());
        String status = update.status() == null ? "" : ", " + status(plan, update.status());
        String note = update.note() == null ? "" : ": " + update.note().strip();
        return date + status + note;
    }

    private static String describe(Plan plan, Action action) {
        return status(plan, action.status()) + ", " + timescale(action.timescale());
    }

    @Override
    public Table table() {
        List<Column> columns = List.of(Column.of("ID"), new Column("TITLE", 36), Column.of("CHANGE"), new Column("FROM", 40),
                new Column("TO", 60));
        return new Table(columns, worded().stream()
                .map(w -> List.of(Cell.of(w.change().id()), Cell.of(w.change().title()), Cell.of(w.what()), Cell.of(w.from()),
                        Cell.of(w.to())))
                .toList());
    }

    /** One row per change in the JSON's terms: {@code id}, {@code change} (added, changed, removed), {@code field}, {@code from}, {@code to}. */
    @Override
    public Table fields() {
        List<Column> columns = List.of(Column.of("id"), Column.of("change"), Column.of("field"), Column.of("from"), Column.of("to"));
        return new Table(columns, changes.stream().map(c -> List.of(Cell.of(c.id()), Cell.of(c.kind()), Cell.of(c.field()),
                csv(c.from().plain()), csv(c.to().plain()))).toList());
    }

    private static Cell csv(Object value) {
        return Cell.of(value instanceof List<?> list ? String.join(";", list.stream().map(Object::toString).toList()) : value);
    }

    @Override
    public Object json() {
        return new Document(since, ids(Kind.ADDED), ids(Kind.REMOVED), changes.stream().filter(c -> c.kind() == Kind.CHANGED)
                .map(c -> new JsonChange(c.id(), c.field().toString(), c.from().plain(), c.to().plain())).toList());
    }

    private List<String> ids(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).map(Change::id).toList();
    }

    @Override
    public String summary() {
        String counts = isEmpty() ? "nothing changed" : ids(Kind.ADDED).size() + " added, " + ids(Kind.REMOVED).size()
                + " removed, " + ids(Kind.CHANGED).stream().distinct().count() + " changed";
        return String.join("\n", notes) + (notes.isEmpty() ? "" : "\n") + counts + " since " + since;
    }

    @Override
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
