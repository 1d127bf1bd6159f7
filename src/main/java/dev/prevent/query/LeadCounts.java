package dev.prevent.query;

import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.output.Answer;
import dev.prevent.output.Cell;
import dev.prevent.output.Column;
import dev.prevent.output.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What each agency of plan.yaml leads, including those that lead nothing: actions led, how many at
 * each step of the plan's own scale, not assessed, overdue. A jointly led action counts for each lead. The actions
 * with no lead have a row of their own, last, as in the report, so the rows account for every action.
 */
public final class LeadCounts implements Answer {

    /** One agency's counts; {@code statuses} in the order of the plan's scale, worst first. */
    public record Row(String code, String name, int actions, Map<String, Integer> statuses, int notAssessed, int overdue) {
    }

    /** The JSON document: {@code {"asOf", "leads", "noLead"}}; {@code noLead}'s code is null. */
    public record Document(String asOf, List<Row> leads, Row noLead) {
    }

    /** The name of the row of actions with no lead. */
    public static final String NO_LEAD = "No lead";

    private final LocalDate asOf;
    private final List<Status> scale;
    private final List<Row> rows;
    private final Row noLead;

    private LeadCounts(LocalDate asOf, List<Status> scale, List<Row> rows, Row noLead) {
        this.asOf = asOf;
        this.scale = scale;
        this.rows = rows;
        this.noLead = noLead;
    }

    public static LeadCounts of(Plan plan, LocalDate asOf) {
        return of(plan, plan.actions().toList(), asOf);
    }

    /** The counts of some of the plan's actions only (a report of part of the plan); every agency still has a row. */
    public static LeadCounts of(Plan plan, List<Action> actions, LocalDate asOf) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<Action>> byLead = ActionsByLead.of(plan.agencies(), actions);
        for (Agency agency : plan.agencies()) {
            Tally tally = Tally.of(byLead.get(agency.code()), plan, asOf);
            rows.add(new Row(agency.code(), agency.name(), tally.actions(), tally.statuses(), tally.notAssessed(),
                    tally.overdue()));
        }
        Tally none = Tally.of(actions.stream().filter(a -> a.lead().isEmpty()).toList(), plan, asOf);
        return new LeadCounts(asOf, plan.statuses(), rows, new Row(null, NO_LEAD, none.actions(), none.statuses(), none.notAssessed(),
                none.overdue()));
    }

    /** Each agency's row, in plan.yaml's order. */
    public List<Row> rows() {
        return rows;
    }

    /** The actions that no agency leads. */
    public Row noLead() {
        return noLead;
    }

    @Override
    public Table table() {
        List<Column> columns = new ArrayList<>(List.of(Column.of("LEAD"), new Column("AGENCY", 40), Column.of("ACTIONS")));
        scale.forEach(s -> columns.add(Column.of(s.label().toUpperCase(Locale.ROOT))));
        columns.add(Column.of("NOT ASSESSED"));
        columns.add(Column.of("OVERDUE"));
        return new Table(columns, cells(true));
    }

    @Override
    public Table fields() {
        List<Column> columns = new ArrayList<>(List.of(Column.of("code"), Column.of("name"), Column.of("actions")));
        scale.forEach(s -> columns.add(Column.of(s.key())));
        columns.add(Column.of("notAssessed"));
        columns.add(Column.of("overdue"));
        return new Table(columns, cells(false));
    }

    private List<List<Cell>> cells(boolean coloured) {
        return Stream.concat(rows.stream(), Stream.of(noLead)).map(r -> {
            List<Cell> cells = new ArrayList<>(Stream.of(r.code() == null ? "" : r.code(), r.name(), r.actions()).map(Cell::of).toList());
            scale.forEach(s -> cells.add(new Cell(String.valueOf(r.statuses().get(s.key())),
                    coloured && r.statuses().get(s.key()) > 0 ? s.colour() : null)));
            cells.add(Cell.of(r.notAssessed()));
            cells.add(Cell.of(r.overdue()));
            return List.copyOf(cells);
        }).toList();
    }

    @Override
    public Object json() {
        return new Document(asOf.toString(), rows, noLead);
    }

    @Override
    public String summary() {
        return rows.size() + " agencies, as of " + asOf;
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
