package dev.prevent.query;

import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Code;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Duty;
import dev.prevent.model.Framework;
import dev.prevent.model.Plan;
import dev.prevent.model.Risk;
import dev.prevent.model.Status;
import dev.prevent.output.Answer;
import dev.prevent.output.Cell;
import dev.prevent.output.Column;
import dev.prevent.output.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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

    /** The JSON document: {@code {"asOf", "framework", "duties"}} (the rows keep the name the toolkit's areas gave them). */
    public record Document(String asOf, String framework, List<Row> duties) {
    }

    /** The id {@code coverage --framework} takes for the local risk priorities. */
    public static final String RISKS = "risks";

    private final LocalDate asOf;
    private final List<Status> scale;
    private final List<Row> rows;
    private final Framework framework;

    private DutyCoverage(LocalDate asOf, List<Status> scale, Framework framework, List<Row> rows) {
        this.asOf = asOf;
        this.scale = scale;
        this.framework = framework;
        this.rows = rows;
    }

    /**
     * The coverage of the plan's areas by all its actions.
     *
     * @throws UserError (exit 2) when the plan declares no areas, saying how to
     */
    public static DutyCoverage of(Plan plan, LocalDate asOf) {
        return of(plan, Framework.TOOLKIT, asOf);
    }

    /**
     * The coverage of the items of one framework (its id; {@code toolkit} for the duty areas, {@code risks} for the
     * local risk priorities, worst-rated first) by all the plan's actions.
     *
     * @throws UserError (exit 2) when the plan declares no such framework, or the framework has no items, saying how to
     */
    public static DutyCoverage of(Plan plan, String frameworkId, LocalDate asOf) {
        if (Code.same(frameworkId, RISKS)) {
            if (plan.risks().isEmpty()) {
                throw new UserError("the plan lists no local risk priorities, so there is nothing to cover; list them under "
                        + "'risks:' in plan.yaml (a key, a short name, a rating and the reference of the assessment; never the "
                        + "CTLP's content) and name them in each action's 'risks: [key]'");
            }
            return of(plan, risks(plan), Action::risks, plan.actions().toList(), asOf);
        }
        if (Code.same(frameworkId, Framework.TOOLKIT) && plan.duties().isEmpty()) {
            throw new UserError("the plan declares no duty areas, so there is nothing to cover; list them under 'duties:' "
                    + "in plan.yaml (e.g. 'training: Training programme'; 'prevent init' writes the Home Office toolkit's "
                    + "eight) and name them in each action's 'duties: [training]'");
        }
        Framework framework = plan.framework(frameworkId).orElseThrow(() -> {
            List<String> ids = new ArrayList<>(plan.allFrameworks().stream().map(Framework::id).toList());
            if (!plan.risks().isEmpty()) {
                ids.add(RISKS);
            }
            return new UserError("the plan declares no framework '" + frameworkId + "'" + DidYouMean.suggestion(frameworkId, ids)
                    + (ids.isEmpty() ? "; declare frameworks under 'frameworks:' in plan.yaml" : "; it has " + String.join(", ", ids)));
        });
        return of(plan, framework, action -> action.serves(framework), plan.actions().toList(), asOf);
    }

    /** The coverage of the plan's areas by some of its actions (a report of part of the plan); every area has a row. */
    public static DutyCoverage of(Plan plan, List<Action> actions, LocalDate asOf) {
        return of(plan, Framework.toolkit(plan.duties()), Action::duties, actions, asOf);
    }

    /**
     * The coverage of one framework's items (or of the risks, {@link #RISKS}) by some of the plan's actions (a report of
     * part of the plan); every item has a row. The framework must be declared.
     */
    public static DutyCoverage of(Plan plan, String frameworkId, List<Action> actions, LocalDate asOf) {
        if (Code.same(frameworkId, RISKS)) {
            return of(plan, risks(plan), Action::risks, actions, asOf);
        }
        Framework framework = plan.framework(frameworkId).orElseThrow(() -> new IllegalArgumentException(frameworkId));
        return of(plan, framework, action -> action.serves(framework), actions, asOf);
    }

    /** The local risk priorities as a framework of items, worst-rated first; an item's description is its rating and reference. */
    private static Framework risks(Plan plan) {
        List<Duty> items = plan.risks().stream().sorted(Comparator.comparingInt(Risk::rank))
                .map(r -> new Duty(r.key(), r.name(), Stream.of(r.rating(), r.reference()).filter(Objects::nonNull)
                        .reduce((a, b) -> a + "; " + b).orElse(null)))
                .toList();
        return new Framework(RISKS, "Local risk priorities", null, null, null, items);
    }

    private static DutyCoverage of(Plan plan, Framework framework, Function<Action, List<String>> keysOf, List<Action> actions,
            LocalDate asOf) {
        Map<String, List<Action>> byDuty = new HashMap<>();
        for (Action action : actions) {
            for (String key : keysOf.apply(action)) {
                framework.item(key).ifPresent(duty -> {
                    List<Action> serving = byDuty.computeIfAbsent(duty.key(), k -> new ArrayList<>());
                    // An action that names an area twice serves it once.
                    if (serving.isEmpty() || serving.get(serving.size() - 1) != action) {
                        serving.add(action);
                    }
                });
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Duty duty : framework.items()) {
            List<Action> serving = byDuty.getOrDefault(duty.key(), List.of());
            Tally tally = Tally.of(serving, plan, asOf);
            int open = (int) serving.stream().filter(a -> a.openOn(asOf, plan)).count();
            Verdict verdict = serving.isEmpty() ? Verdict.NOT_COVERED : open == 0 ? Verdict.NO_OPEN_ACTION
                    : tally.overdue() == open ? Verdict.ALL_OVERDUE : Verdict.COVERED;
            rows.add(new Row(duty.key(), duty.name(), duty.description(), serving.size(), open, tally.statuses(),
                    tally.notAssessed(), tally.overdue(), verdict.toString(), serving.stream().map(Action::id).toList()));
        }
        return new DutyCoverage(asOf, plan.statuses(), framework, rows);
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
        boolean risks = framework.id().equals(RISKS);
        List<Column> columns = new ArrayList<>(List.of(Column.of(framework.id().equals(Framework.TOOLKIT) ? "DUTY" : risks ? "RISK" : "ITEM"),
                new Column(framework.id().equals(Framework.TOOLKIT) ? "AREA" : "NAME", 36), Column.of("ACTIONS"),
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
        return new Document(asOf.toString(), framework.id(), rows);
    }

    @Override
    public String summary() {
        long covered = rows.stream().filter(r -> r.verdict().equals(Verdict.COVERED.toString())).count();
        String what = framework.id().equals(Framework.TOOLKIT) ? " duty areas covered" : framework.id().equals(RISKS)
                ? " local risk priorities covered" : " items of " + framework.name() + " covered";
        return covered + " of " + rows.size() + what + ", as of " + asOf;
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
