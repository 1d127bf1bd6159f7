package dev.prevent.report;

import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Status;
import dev.prevent.model.Update;
import dev.prevent.history.PlanChanges;
import dev.prevent.output.LongDate;
import dev.prevent.query.ActionFilter;
import dev.prevent.query.LeadCounts;
import dev.prevent.query.Overdue;
import dev.prevent.query.Tally;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data a report template sees, built once from a valid plan: plain maps, lists, strings, numbers,
 * booleans and {@link TextModel}s, so a template can read everything and call nothing. What is overdue,
 * what needs attention and every count are decided here, never in a template. The shape is documented
 * for template authors in docs/templates.md.
 */
public final class ReportModel {

    private final Plan plan;
    private final LocalDate asOf;
    private final Map<String, Map<String, Object>> statuses = new LinkedHashMap<>();

    private ReportModel(Plan plan, LocalDate asOf) {
        this.plan = plan;
        this.asOf = asOf;
        for (Status status : plan.statuses()) {
            statuses.put(status.key(), status(status));
        }
    }

    /**
     * The model of the report of the actions {@code filter} selects (all, or some leads' or objectives').
     *
     * @param changes what moved since a revision (with --since), or null
     */
    public static Map<String, Object> of(Plan plan, ActionFilter filter, LocalDate asOf, ZonedDateTime generatedAt,
            PlanChanges changes) {
        List<Action> selected = filter.select(plan, asOf);
        boolean whole = filter.leads().isEmpty() && filter.objectives().isEmpty();
        return new ReportModel(plan, asOf).build(selected, generatedAt, scope(plan, filter),
                changes == null ? null : changes(changes, selected, whole));
    }

    /**
     * The changes section: {since, notes, added, removed, changed}, each change {id, title, what, from, to}.
     * A report of part of the plan shows the changes of that part's actions only.
     */
    private static Map<String, Object> changes(PlanChanges changes, List<Action> selected, boolean whole) {
        Set<String> ids = selected.stream().map(Action::id).collect(java.util.stream.Collectors.toSet());
        List<Map<String, Object>> added = new ArrayList<>();
        List<Map<String, Object>> removed = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (PlanChanges.Described d : changes.described()) {
            if (!whole && !ids.contains(d.id())) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", d.id());
            item.put("title", TextModel.of(d.title() == null ? "" : d.title()));
            item.put("what", d.what());
            item.put("from", d.from());
            item.put("to", d.to());
            (d.what().equals("added") ? added : d.what().equals("removed") ? removed : changed).add(item);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("since", changes.since());
        model.put("notes", changes.notes());
        model.put("added", added);
        model.put("removed", removed);
        model.put("changed", changed);
        model.put("count", added.size() + removed.size() + changed.size());
        return model;
    }

    /** Words for the part of the plan a report covers, or null for all of it. */
    private static String scope(Plan plan, ActionFilter filter) {
        List<String> parts = new ArrayList<>();
        if (!filter.leads().isEmpty()) {
            parts.add("the actions led by " + String.join(" or ", filter.leads().stream()
                    .map(code -> plan.agency(code).map(a -> a.name() + " (" + a.code() + ")").orElse(code)).toList()));
        }
        if (!filter.objectives().isEmpty()) {
            parts.add((parts.isEmpty() ? "the actions of " : "in ") + (filter.objectives().size() == 1 ? "objective " : "objectives ")
                    + String.join(", ", filter.objectives()));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private Map<String, Object> build(List<Action> selected, ZonedDateTime generatedAt, String scope,
            Map<String, Object> changes) {
        // By identity: an action record's own hash walks every field, which a national plan pays for dearly.
        Set<Action> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        chosen.addAll(selected);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("plan", plan());
        model.put("asOf", date(asOf));
        model.put("generatedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(generatedAt.withNano(0)));
        model.put("scope", scope);
        List<Map<String, Object>> objectives = new ArrayList<>();
        // Pairs in plan order, not a map: an action record's hash walks every field.
        List<Map.Entry<Action, Map<String, Object>>> actionModels = new ArrayList<>();
        int anchor = 0;
        for (Objective objective : plan.objectives()) {
            List<Map<String, Object>> actions = new ArrayList<>();
            for (Action action : objective.actions()) {
                if (chosen.contains(action)) {
                    Map<String, Object> a = action(action);
                    a.put("anchor", "action-" + ++anchor);
                    actionModels.add(Map.entry(action, a));
                    actions.add(a);
                }
            }
            if (!actions.isEmpty()) {
                Map<String, Object> o = objective(objective, actions);
                o.put("anchor", "objective-" + (objectives.size() + 1));
                objectives.add(o);
            }
        }
        model.put("objectives", objectives);
        model.put("summary", summary(objectives, selected));
        model.put("attention", attention(actionModels));
        model.put("changes", changes);
        return model;
    }

    private Map<String, Object> plan() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", plan.title());
        p.put("period", plan.period());
        p.put("version", plan.version());
        p.put("issued", plan.issued() == null ? null : date(plan.issued()));
        p.put("owner", plan.owner());
        p.put("aims", TextModel.of(plan.aims()));
        p.put("statuses", List.copyOf(statuses.values()));
        p.put("agencies", plan.agencies().stream().map(a -> Map.of("code", a.code(), "name", a.name())).toList());
        return p;
    }

    private Map<String, Object> objective(Objective objective, List<Map<String, Object>> actions) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", objective.id());
        o.put("name", objective.name());
        o.put("aim", TextModel.of(objective.aim()));
        o.put("summary", TextModel.of(objective.summary()));
        o.put("actions", actions);
        return o;
    }

    private Map<String, Object> action(Action action) {
        Map<String, Object> a = new LinkedHashMap<>();
        Status status = plan.status(action.status()).orElse(null);
        a.put("id", action.id());
        a.put("objective", action.objectiveId());
        a.put("title", TextModel.of(action.title()));
        a.put("theme", TextModel.of(action.theme()));
        a.put("action", TextModel.of(action.action()));
        a.put("lead", action.lead());
        List<String> names = action.lead().stream().map(code -> plan.agency(code).map(Agency::name).orElse(code)).toList();
        a.put("leadNames", names);
        a.put("successCriteria", action.successCriteria().stream().map(TextModel::of).toList());
        a.put("timescale", action.timescale() == null ? null : action.timescale().written());
        a.put("due", action.due().map(this::date).orElse(null));
        boolean overdue = Overdue.on(asOf, action, plan);
        a.put("overdue", overdue);
        a.put("resources", action.resources().stream().map(TextModel::of).toList());
        a.put("status", status == null ? null : statuses.get(status.key()));
        a.put("statusLabel", status == null ? "Not assessed" : status.label());
        a.put("notes", TextModel.of(action.notes()));
        a.put("updates", action.updates().stream().map(this::update).toList());
        a.put("lastUpdate", action.lastUpdate(asOf).map(this::update).orElse(null));
        a.put("file", action.source().file().toString());
        a.put("line", action.source().at().line());
        return a;
    }

    private Map<String, Object> update(Update update) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("date", update.date() == null ? null : date(update.date()));
        u.put("status", plan.status(update.status()).map(s -> statuses.get(s.key())).orElse(null));
        u.put("note", TextModel.of(update.note()));
        return u;
    }

    private Map<String, Object> summary(List<Map<String, Object>> objectives, List<Action> actions) {
        Map<String, Object> summary = new LinkedHashMap<>();
        Tally all = Tally.of(actions, plan, asOf);
        summary.put("total", all.actions());
        summary.put("overdue", all.overdue());
        summary.put("notAssessed", all.notAssessed());
        summary.put("byStatus", counts(all.statuses()));
        // Grouped once: a scan of every action for each objective is quadratic in a national roll-up.
        Map<String, List<Action>> byObjectiveId = new HashMap<>();
        for (Action action : actions) {
            byObjectiveId.computeIfAbsent(action.objectiveId(), id -> new ArrayList<>()).add(action);
        }
        int widest = byObjectiveId.values().stream().mapToInt(List::size).max().orElse(1);
        List<Map<String, Object>> byObjective = new ArrayList<>();
        for (Map<String, Object> o : objectives) {
            Tally own = Tally.of(byObjectiveId.getOrDefault((String) o.get("id"), List.of()), plan, asOf);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", o.get("id"));
            row.put("name", o.get("name"));
            row.put("total", own.actions());
            row.put("overdue", own.overdue());
            row.put("notAssessed", own.notAssessed());
            row.put("counts", counts(own.statuses()));
            row.put("bar", bar(own, widest));
            byObjective.add(row);
        }
        summary.put("byObjective", byObjective);
        List<Map<String, Object>> byLead = new ArrayList<>();
        for (LeadCounts.Row lead : LeadCounts.of(plan, actions, asOf).rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", lead.code());
            row.put("name", lead.name());
            row.put("total", lead.actions());
            row.put("overdue", lead.overdue());
            row.put("notAssessed", lead.notAssessed());
            row.put("counts", counts(lead.statuses()));
            byLead.add(row);
        }
        summary.put("byLead", byLead);
        return summary;
    }

    /** Per status of the scale, worst first: {status, count}. */
    private List<Map<String, Object>> counts(Map<String, Integer> byStatus) {
        List<Map<String, Object>> counts = new ArrayList<>();
        byStatus.forEach((key, count) -> counts.add(Map.of("status", statuses.get(key), "count", count)));
        return counts;
    }

    /**
     * The segments of one objective's bar in the chart, in percent of the widest objective's bar:
     * one per status with actions, then one for those not assessed.
     */
    private List<Map<String, Object>> bar(Tally tally, int widest) {
        List<Map<String, Object>> segments = new ArrayList<>();
        double x = 0;
        for (Status status : plan.statuses()) {
            int n = tally.statuses().get(status.key());
            if (n > 0) {
                segments.add(segment(statuses.get(status.key()), status.label(), n, x, 100.0 * n / widest));
                x += 100.0 * n / widest;
            }
        }
        if (tally.notAssessed() > 0) {
            segments.add(segment(null, "Not assessed", tally.notAssessed(), x, 100.0 * tally.notAssessed() / widest));
        }
        return segments;
    }

    private static Map<String, Object> segment(Map<String, Object> status, String label, int count, double x, double width) {
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("status", status);
        segment.put("label", label);
        segment.put("count", count);
        segment.put("x", round(x));
        segment.put("width", round(width));
        return segment;
    }

    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }

    /** Overdue actions and those at the worst step of the scale, each with why, in plan order. */
    private List<Map<String, Object>> attention(List<Map.Entry<Action, Map<String, Object>>> actions) {
        Status worst = plan.statuses().isEmpty() ? null : plan.statuses().get(0);
        List<Map<String, Object>> attention = new ArrayList<>();
        for (Map.Entry<Action, Map<String, Object>> shown : actions) {
            Action action = shown.getKey();
            List<String> reasons = new ArrayList<>();
            if (Overdue.on(asOf, action, plan)) {
                reasons.add("Overdue: due " + LongDate.of(action.due().orElseThrow()));
            }
            if (worst != null && !worst.closed() && worst.matches(action.status())) {
                reasons.add("Status: " + worst.label());
            }
            if (!reasons.isEmpty()) {
                attention.add(Map.of("action", shown.getValue(), "reasons", reasons));
            }
        }
        return attention;
    }

    private Map<String, Object> status(Status status) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", status.key());
        s.put("label", status.label());
        String colour = status.colour() == null ? "#505a5f" : status.colour();
        s.put("colour", colour);
        s.put("textColour", StatusColours.readableOn(colour));
        s.put("closed", status.closed());
        s.put("rank", status.rank());
        return s;
    }

    private Map<String, Object> date(LocalDate date) {
        return Map.of("iso", date.toString(), "text", LongDate.of(date));
    }
}
