package dev.prevent.query;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Duty;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.output.Answer;
import dev.prevent.output.Cell;
import dev.prevent.output.Column;
import dev.prevent.output.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the plan covers each area of the Prevent duty that plan.yaml declares: the actions serving it, the open
 * ones, how many at each status of the scale, overdue, and a verdict in words. Actions are grouped by area in
 * one pass over the plan.
 */
public final class DutyCoverage implements Answer {

    /** What a person checking the plan needs to know of an area, worst first. */
    public enum Verdict {
        /** No action serves the area. */
        NOT_COVERED("not covered"),
        /** Every action serving it is closed: nothing is being done now. */
        NO_OPEN_ACTION("no open action"),
        /** Every open action serving it is overdue. */
        ALL_OVERDUE("all overdue"),
        /** At least one open action serves it on time. */
        COVERED("covered");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /**
     * One area's row; {@code statuses} in the order of the scale, worst first; {@code actionIds} the actions serving
     * it, in plan order.
     */
    public record Row(String key, String name, String description, int actions, int open, Map<String, Integer> statuses,
            int notAssessed, int overdue, String verdict, List<String> actionIds) {
    }

    /** The JSON document: {@code {"asOf", "duties"}}. */
    public record Document(String asOf, List<Row> duties) {
    }

    private final LocalDate asOf;
    private final List<Status> scale;
    private final List<Row> rows;

    private DutyCoverage(LocalDate asOf, List<Status> scale, List<Row> rows) {
        this.asOf = asOf;
        this.scale = scale;
        this.rows = rows;
    }

    /**
     * The coverage of the plan's areas by all its actions.
     *
     * @throws UserError (exit 2) when the plan declares no areas, saying how to
     */
    public static DutyCoverage of(Plan plan, LocalDate asOf) {
        if (plan.duties().isEmpty()) {
            throw new UserError("the plan declares no duty areas, so there is nothing to cover; list them under 'duties:' "
                    + "in plan.yaml (e.g. 'training: Training programme'; 'prevent init' writes the Home Office toolkit's "
                    + "eight) and name them in each action's 'duties: [training]'");
        }
        return of(plan, plan.actions().toList(), asOf);
    }

    /** The coverage of the plan's areas by some of its actions (a report of part of the plan); every area has a row. */
    public static DutyCoverage of(Plan plan, List<Action> actions, LocalDate asOf) {
        Map<String, List<Action>> byDuty = new HashMap<>();
        for (Action action : actions) {
            for (String key : action.duties()) {
                plan.duty(key).ifPresent(duty -> {
                    List<Action> serving = byDuty.computeIfAbsent(duty.key(), k -> new ArrayList<>());
                    // An action that names an area twice serves it once.
                    if (serving.isEmpty() || serving.get(serving.size() - 1) != action) {
                        serving.add(action);
                    }
                });
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Duty duty : plan.duties()) {
            List<Action> serving = byDuty.getOrDefault(duty.key(), List.of());
            Tally tally = Tally.of(serving, plan, asOf);
            int open = (int) serving.stream().filter(a -> !plan.status(a.statusOn(asOf)).map(Status::closed).orElse(false)).count();
            Verdict verdict = serving.isEmpty() ? Verdict.NOT_COVERED : open == 0 ? Verdict.NO_OPEN_ACTION
                    : tally.overdue() == open ? Verdict.ALL_OVERDUE : Verdict.COVERED;
            rows.add(new Row(duty.key(), duty.name(), duty.description(), serving.size(), open, tally.statuses(),
                    tally.notAssessed(), tally.overdue(), verdict.toString(), serving.stream().map(Action::id).toList()));
        }
        return new DutyCoverage(asOf, plan.statuses(), rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Whether some area is not covered at all: what {@code --fail-if-any} gates on. */
    public boolean anyNotCovered() {
        return rows.stream().anyMatch(r -> r.verdict().equals(Verdict.NOT_COVERED.toString()));
    }

    @Override
    public Table table() {
        List<Column> columns = new ArrayList<>(List.of(Column.of("DUTY"), new Column("AREA", 36), Column.of("ACTIONS"),
                Column.of("OPEN")));
        scale.forEach(s -> columns.add(Column.of(s.label().toUpperCase(Locale.ROOT))));
        columns.add(Column.of("NOT ASSESSED"));
        columns.add(Column.of("OVERDUE"));
        columns.add(Column.of("VERDICT"));
        List<List<Cell>> cells = rows.stream().map(r -> {
            List<Cell> row = new ArrayList<>(Stream.of(r.key(), r.name(), r.actions(), r.open()).map(Cell::of).toList());
            scale.forEach(s -> row.add(new Cell(String.valueOf(r.statuses().get(s.key())), r.statuses().get(s.key()) > 0 ? s.colour() : null)));
            row.add(Cell.of(r.notAssessed()));
            row.add(Cell.of(r.overdue()));
            row.add(new Cell(r.verdict(), r.verdict().equals(Verdict.COVERED.toString()) ? null : "#d4351c"));
            return List.copyOf(row);
        }).toList();
        return new Table(columns, cells);
    }

    @Override
    public Table fields() {
        List<Column> columns = new ArrayList<>(List.of(Column.of("key"), Column.of("name"), Column.of("description"),
                Column.of("actions"), Column.of("open")));
        scale.forEach(s -> columns.add(Column.of(s.key())));
        Stream.of("notAssessed", "overdue", "verdict", "actionIds").map(Column::of).forEach(columns::add);
        List<List<Cell>> cells = rows.stream().map(r -> {
            List<Cell> row = new ArrayList<>(Stream.of(r.key(), r.name(), r.description(), r.actions(), r.open()).map(Cell::of).toList());
            scale.forEach(s -> row.add(Cell.of(r.statuses().get(s.key()))));
            Stream.of(r.notAssessed(), r.overdue(), r.verdict(), String.join(";", r.actionIds())).map(Cell::of).forEach(row::add);
            return List.copyOf(row);
        }).toList();
        return new Table(columns, cells);
    }

    @Override
    public Object json() {
        return new Document(asOf.toString(), rows);
    }

    @Override
    public String summary() {
        long covered = rows.stream().filter(r -> r.verdict().equals(Verdict.COVERED.toString())).count();
        return covered + " of " + rows.size() + " duty areas covered, as of " + asOf;
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
