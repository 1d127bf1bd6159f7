package dev.prevent.query;

import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.model.Update;
import dev.prevent.output.Answer;
import dev.prevent.output.Cell;
import dev.prevent.output.Column;
import dev.prevent.output.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The actions a filter selected on an as-of date, each with its due date, overdue flag and newest update. */
public final class ActionList implements Answer {

    /** One action as {@code list} shows it; the fields of {@code --format json}, named as the command line spec says. */
    public record Row(String id, String title, String objective, String theme, List<String> lead, String status,
            String statusLabel, String timescale, String due, boolean overdue, String lastUpdate, String file, int line) {
    }

    /** The JSON document: {@code {"asOf", "count", "actions"}}. */
    public record Document(String asOf, int count, List<Row> actions) {
    }

    private final LocalDate asOf;
    private final List<Row> rows;
    private final List<Status> scale;

    private ActionList(LocalDate asOf, List<Row> rows, List<Status> scale) {
        this.asOf = asOf;
        this.rows = rows;
        this.scale = scale;
    }

    /** The actions of {@code plan} that {@code filter} selects on {@code asOf}, in plan order. */
    public static ActionList of(Plan plan, ActionFilter filter, LocalDate asOf) {
        List<Row> rows = filter.select(plan, asOf).stream().map(a -> row(plan, a, asOf)).toList();
        return new ActionList(asOf, rows, plan.statuses());
    }

    private static Row row(Plan plan, Action a, LocalDate asOf) {
        Optional<Status> status = plan.status(a.statusOn(asOf));
        return new Row(a.id(), a.title(), a.objectiveId(), a.theme(), a.lead(),
                status.map(Status::key).orElse(null), status.map(Status::label).orElse(null),
                a.timescale() == null ? null : a.timescale().written(),
                a.due().map(LocalDate::toString).orElse(null), Overdue.on(asOf, a, plan),
                a.lastUpdate(asOf).map(Update::date).map(LocalDate::toString).orElse(null),
                a.source().file().toString(), a.source().at().line());
    }

    public List<Row> rows() {
        return rows;
    }

    @Override
    public Table table() {
        List<Column> columns = List.of(Column.of("ID"), new Column("TITLE", 40), new Column("LEAD", 24),
                Column.of("STATUS"), Column.of("DUE"), Column.of("OVERDUE"), Column.of("UPDATED"));
        List<List<Cell>> cells = rows.stream().map(r -> List.of(Cell.of(r.id()), Cell.of(r.title()),
                Cell.of(String.join(", ", r.lead())),
                new Cell(r.statusLabel() == null ? "not assessed" : r.statusLabel(), colour(r.status())),
                Cell.of(r.due() == null ? "-" : r.due()), Cell.of(r.overdue() ? "overdue" : ""),
                Cell.of(r.lastUpdate() == null ? "-" : r.lastUpdate()))).toList();
        return new Table(columns, cells);
    }

    /** The colour of the scale's step with this key (a row holds the plan's own key), or none. */
    private String colour(String status) {
        for (Status step : scale) {
            if (step.key().equals(status)) {
                return step.colour();
            }
        }
        return null;
    }

    @Override
    public Table fields() {
        List<Column> columns = java.util.stream.Stream.of("id", "title", "objective", "theme", "lead", "status",
                "statusLabel", "timescale", "due", "overdue", "lastUpdate", "file", "line").map(Column::of).toList();
        List<List<Cell>> cells = rows.stream().map(r -> java.util.stream.Stream.of(r.id(), r.title(), r.objective(),
                r.theme(), String.join(";", r.lead()), r.status(), r.statusLabel(), r.timescale(), r.due(), r.overdue(),
                r.lastUpdate(), r.file(), r.line()).map(Cell::of).toList()).map(this::statusColoured).toList();
        return new Table(columns, cells);
    }

    /** The status and its label in the status's colour, for a sheet that shades them; CSV and JSON ignore it. */
    private List<Cell> statusColoured(List<Cell> row) {
        List<Cell> coloured = new java.util.ArrayList<>(row);
        String colour = colour(row.get(5).text());
        coloured.set(5, new Cell(row.get(5).text(), colour));
        coloured.set(6, new Cell(row.get(6).text(), colour));
        return coloured;
    }

    @Override
    public Object json() {
        return new Document(asOf.toString(), rows.size(), rows);
    }

    @Override
    public String summary() {
        return (rows.isEmpty() ? "no actions match" : rows.size() + (rows.size() == 1 ? " action" : " actions"))
                + ", as of " + asOf;
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
