package dev.prevent.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.model.Update;
import dev.prevent.output.Answer;
import dev.prevent.output.Cell;
import dev.prevent.output.Column;
import dev.prevent.output.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The actions a filter selected on an as-of date, each with its due date, overdue flag and newest update. */
public final class ActionList implements Answer {

    /**
     * One action as {@code list} shows it; the fields of {@code --format json}, named as the command line spec says,
     * and {@code trend} (better, worse, same, new) with {@code --since}, absent without; {@code owner}, the person
     * accountable, only for an action that names one.
     */
    public record Row(String id, String title, String objective, String theme, List<String> lead,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String owner,
            String status, String statusLabel, String timescale, String due, boolean overdue, String lastUpdate, String file,
            int line,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String trend) {
    }

    /** The JSON document: {@code {"asOf", "count", "actions"}}. */
    public record Document(String asOf, int count, List<Row> actions) {
    }

    private final LocalDate asOf;
    private final List<Row> rows;
    private final List<Status> scale;
    /** The meeting the trends are since, or null: no trend column. */
    private final String since;

    private ActionList(LocalDate asOf, List<Row> rows, List<Status> scale, String since) {
        this.asOf = asOf;
        this.rows = rows;
        this.scale = scale;
        this.since = since;
    }

    /** The actions of {@code plan} that {@code filter} selects on {@code asOf}, in plan order. */
    public static ActionList of(Plan plan, ActionFilter filter, LocalDate asOf) {
        return of(plan, filter, asOf, null);
    }

    /** As {@link #of(Plan, ActionFilter, LocalDate)}, each action with its trend since {@code baseline} when there is one. */
    public static ActionList of(Plan plan, ActionFilter filter, LocalDate asOf, Baseline baseline) {
        List<Row> rows = filter.select(plan, asOf).stream().map(a -> row(plan, a, asOf, baseline)).toList();
        return new ActionList(asOf, rows, plan.statuses(), baseline == null ? null : baseline.since());
    }

    private static Row row(Plan plan, Action a, LocalDate asOf, Baseline baseline) {
        Optional<Status> status = plan.status(a.statusOn(asOf));
        return new Row(a.id(), a.heading(), a.objectiveId(), a.theme(), a.lead(), a.owner(),
                status.map(Status::key).orElse(null), status.map(Status::label).orElse(null),
                a.timescale() == null ? null : a.timescale().written(),
                a.due().map(LocalDate::toString).orElse(null), Overdue.on(asOf, a, plan),
                a.lastUpdate(asOf).map(Update::date).map(LocalDate::toString).orElse(null),
                a.source().file().toString(), a.source().at().line(),
                baseline == null ? null : baseline.trendOf(plan, a, asOf).toString());
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
        Table table = withOwner(new Table(columns, cells), "OWNER", 3);
        return since != null ? withTrend(table, "TREND", true) : table;
    }

    /**
     * The table with a column of each action's owner after {@code after} columns, when any action names one: a plan
     * that keeps no owners shows no empty column.
     */
    private Table withOwner(Table table, String heading, int after) {
        if (rows.stream().allMatch(r -> r.owner() == null)) {
            return table;
        }
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(after, new Column(heading, 24));
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> row = new ArrayList<>(table.rows().get(i));
            row.add(after, Cell.of(rows.get(i).owner() == null ? "" : rows.get(i).owner()));
            cells.add(row);
        }
        return new Table(columns, cells);
    }

    /** The table with a last column of each row's trend: the arrow and word at a terminal, the word in a file. */
    private Table withTrend(Table table, String heading, boolean arrows) {
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(Column.of(heading));
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> row = new ArrayList<>(table.rows().get(i));
            String trend = rows.get(i).trend();
            row.add(Cell.of(arrows ? Trend.valueOf(trend.toUpperCase(Locale.ROOT)).arrow() + " " + trend : trend));
            cells.add(row);
        }
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
        List<Column> columns = Stream.of("id", "title", "objective", "theme", "lead", "status",
                "statusLabel", "timescale", "due", "overdue", "lastUpdate", "file", "line").map(Column::of).toList();
        List<List<Cell>> cells = rows.stream().map(r -> Stream.of(r.id(), r.title(), r.objective(),
                r.theme(), String.join(";", r.lead()), r.status(), r.statusLabel(), r.timescale(), r.due(), r.overdue(),
                r.lastUpdate(), r.file(), r.line()).map(Cell::of).toList()).map(this::statusColoured).toList();
        Table table = withOwner(new Table(columns, cells), "owner", 5);
        return since != null ? withTrend(table, "trend", false) : table;
    }

    /** The status and its label in the status's colour, for a sheet that shades them; CSV and JSON ignore it. */
    private List<Cell> statusColoured(List<Cell> row) {
        List<Cell> coloured = new ArrayList<>(row);
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
                + ", as of " + asOf + (since == null ? "" : ", trend since " + since);
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
