package dev.prevent.report;

import dev.prevent.history.PlanChanges;
import dev.prevent.history.PlanHistory;
import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Duty;
import dev.prevent.model.Framework;
import dev.prevent.model.Meetings;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Risk;
import dev.prevent.model.Status;
import dev.prevent.model.Timescale;
import dev.prevent.model.Update;
import dev.prevent.output.ContrastingText;
import dev.prevent.output.LongDate;
import dev.prevent.output.Visible;
import dev.prevent.query.ActionFilter;
import dev.prevent.query.Baseline;
import dev.prevent.query.DutyCoverage;
import dev.prevent.query.LeadCounts;
import dev.prevent.query.Overdue;
import dev.prevent.query.Tally;
import dev.prevent.query.Trend;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the data a report template sees ({@link ReportView}) once from a valid plan. What is overdue,
 * what needs attention and every count are decided here, never in a template.
 */
public final class ReportModel {

    /**
     * The most objectives the chart is drawn for: a longer chart helps no reader, and its SVG costs the PDF
     * more than the rest of the paper together. The table of objectives gives the same figures.
     */
    public static final int CHARTED = 30;

    private final Plan plan;
    private final LocalDate asOf;
    private final Map<String, ReportView.Status> statuses = new LinkedHashMap<>();

    private final String marking;

    private final Baseline baseline;
    /** Every framework, looked up once rather than per action. */
    private final List<Framework> frameworks;

    private ReportModel(Plan plan, LocalDate asOf, String marking, Baseline baseline) {
        this.plan = plan;
        this.frameworks = plan.allFrameworks();
        this.asOf = asOf;
        this.baseline = baseline;
        this.marking = marking;
        for (Status status : plan.statuses()) {
            String colour = status.colour() == null ? "#505a5f" : status.colour();
            statuses.put(status.key(), new ReportView.Status(status.key(), status.label(), status.description(),
                    status.wording(), colour, ContrastingText.readableOn(colour), status.closed(), status.rank()));
        }
    }

    /** The model of the paper {@code request} asks for. */
    public static ReportView.Report of(ReportRequest request) {
        Plan plan = request.plan();
        ActionFilter filter = request.scope();
        List<Action> selected = filter.select(plan, request.asOf());
        boolean whole = filter.leads().isEmpty() && filter.objectives().isEmpty();
        ReportModel model = new ReportModel(plan, request.asOf(), request.marking().orElse(plan.marking()),
                request.baseline().orElse(null));
        ReportView.Year year = request.meetings().map(m -> model.year(m, selected)).orElse(null);
        return model.build(selected, request.made(), scope(plan, filter),
                request.changes().map(changes -> changes(changes, selected, whole)).orElse(null), year, request.paper(),
                request.templates().orElse(null), draft(request), request.summaryOnly());
    }

    /** When the paper was made, as a reader writes it: "2 December 2026 at 11:33", in the clock's own zone. */
    public static String made(ZonedDateTime generatedAt) {
        return LongDate.of(generatedAt.toLocalDate()) + " at " + DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT).format(generatedAt);
    }

    /** The most placeholders a paper lists: enough to find them; validate lists every one. */
    static final int DRAFT_PLACES = 10;

    private static ReportView.Draft draft(ReportRequest request) {
        List<Diagnostic> drafts = request.drafts();
        if (drafts.isEmpty()) {
            return null;
        }
        Path folder = request.plan().source().file().getParent();
        List<String> places = drafts.stream().limit(DRAFT_PLACES).map(d -> {
            Path file = d.at().file();
            String name = folder != null && file.startsWith(folder) ? folder.relativize(file).toString() : file.getFileName().toString();
            return Visible.line(name.replace('\\', '/') + ", line " + d.at().line() + ": " + d.message());
        }).toList();
        int count = drafts.size();
        return new ReportView.Draft("Draft: " + count + (count == 1 ? " place in the plan still holds" : " places in the plan still hold")
                + " placeholder text", count, places, count - places.size());
    }

    /** Where there is no year's trend: one line saying how to have one. */
    static final String NO_YEAR = "The year's trend needs two meetings or more: " + Meetings.HOW_TO_ADD + ".";

    /**
     * The year by its meetings: the report's actions as each meeting saw them (its tagged revision on its day, read by
     * {@link PlanHistory#whatEachSaw}), or, for a day plan.yaml lists, counted on that day by the one rule of
     * {@link Action#statusOn}.
     */
    private ReportView.Year year(PlanHistory.MeetingDays meetings, List<Action> selected) {
        List<Map.Entry<String, Tally>> points = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (PlanHistory.Meeting meeting : meetings.meetings()) {
            // A tagged meeting counts what its revision said on its day; a listed day, today's plan on that day.
            points.add(Map.entry(meeting.name(), meeting.seen().map(saw -> Tally.seen(selected, plan, saw))
                    .orElseGet(() -> Tally.of(selected, plan, meeting.day()))));
            dates.add(meeting.day());
        }
        return year(meetings.source(), points, dates);
    }

    private ReportView.Year year(String source, List<Map.Entry<String, Tally>> points, List<LocalDate> dates) {
        if (points.size() < 2) {
            return null;
        }
        int widest = Math.max(1, points.stream().mapToInt(p -> p.getValue().actions()).max().orElse(1));
        List<ReportView.Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Tally tally = points.get(i).getValue();
            meetings.add(new ReportView.Meeting(points.get(i).getKey(), date(dates.get(i)), tally.actions(), tally.notAssessed(),
                    counts(tally.statuses()), bar(tally, widest)));
        }
        return new ReportView.Year(source, widest, meetings);
    }

    /** The changes section. A report of part of the plan shows the changes of that part's actions only. */
    private static ReportView.Changes changes(PlanChanges changes, List<Action> selected, boolean whole) {
        Set<String> ids = selected.stream().map(Action::id).collect(Collectors.toSet());
        Map<PlanChanges.Kind, List<ReportView.Change>> byKind = new LinkedHashMap<>();
        for (PlanChanges.Kind kind : PlanChanges.Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        for (PlanChanges.Worded w : changes.worded()) {
            PlanChanges.Change change = w.change();
            if (whole || ids.contains(change.id())) {
                byKind.get(change.kind()).add(new ReportView.Change(change.id(),
                        TextModel.of(change.title() == null ? "" : change.title()), w.what(), w.from(), w.to()));
            }
        }
        int count = byKind.values().stream().mapToInt(List::size).sum();
        return new ReportView.Changes(changes.since(), changes.notes(), count, byKind.get(PlanChanges.Kind.ADDED),
                byKind.get(PlanChanges.Kind.REMOVED), byKind.get(PlanChanges.Kind.CHANGED));
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

    private ReportView.Report build(List<Action> selected, ZonedDateTime generatedAt, String scope, ReportView.Changes changes,
            ReportView.Year year, Paper paper, String templates, ReportView.Draft draft, boolean summaryOnly) {
        // By identity: an action record's own hash walks every field, which a national plan pays for dearly.
        Set<Action> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(selected);
        List<ReportView.Objective> objectives = new ArrayList<>();
        // Pairs in plan order, not a map: an action record's hash walks every field.
        List<Map.Entry<Action, ReportView.Action>> shown = new ArrayList<>();
        List<Map.Entry<Objective, List<ReportView.Action>>> tables = new ArrayList<>();
        for (Objective objective : plan.objectives()) {
            List<ReportView.Action> actions = new ArrayList<>();
            for (Action action : objective.actions()) {
                if (chosen.contains(action)) {
                    ReportView.Action view = action(action, "action-" + (shown.size() + 1));
                    shown.add(Map.entry(action, view));
                    actions.add(view);
                }
            }
            if (!actions.isEmpty()) {
                tables.add(Map.entry(objective, actions));
            }
        }
        // Each table's widths are a search over its rows, independent of the others: on every core.
        List<List<Integer>> widths = tables.parallelStream().map(table -> ColumnWidths.of(table.getValue())).toList();
        for (int i = 0; i < tables.size(); i++) {
            Objective objective = tables.get(i).getKey();
            objectives.add(new ReportView.Objective(objective.id(), objective.name(), TextModel.of(objective.aim()),
                    TextModel.of(objective.summary()), "objective-" + (objectives.size() + 1), tables.get(i).getValue(),
                    widths.get(i)));
        }
        return new ReportView.Report(plan(), date(asOf), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(generatedAt.withNano(0)),
                made(generatedAt),
                scope, objectives, widths.stream().flatMap(List::stream).distinct().sorted().toList(), summary(objectives, selected), coverage(selected, shown), frameworks(selected, shown), assurance(), attention(shown), changes, year, year == null ? NO_YEAR : null, paper,
                templates, draft, summaryOnly);
    }

    /** The coverage of the duty areas by the report's actions, or null when the plan declares none. */
    private List<ReportView.DutyRow> coverage(List<Action> selected, List<Map.Entry<Action, ReportView.Action>> shown) {
        if (plan.duties().isEmpty()) {
            return null;
        }
        return rows(DutyCoverage.of(plan, selected, asOf), anchors(shown));
    }

    /** Every framework but the toolkit, then the local risk priorities, each with its items' coverage; empty when there are none. */
    private List<ReportView.Covered> frameworks(List<Action> selected, List<Map.Entry<Action, ReportView.Action>> shown) {
        Map<String, String> anchors = anchors(shown);
        List<ReportView.Covered> covered = new ArrayList<>();
        for (Framework framework : plan.frameworks()) {
            covered.add(new ReportView.Covered(framework.id(), framework.name(),
                    rows(DutyCoverage.of(plan, framework.id(), selected, asOf), anchors)));
        }
        if (!plan.risks().isEmpty()) {
            covered.add(new ReportView.Covered(DutyCoverage.RISKS, "Local risk priorities",
                    rows(DutyCoverage.of(plan, DutyCoverage.RISKS, selected, asOf), anchors)));
        }
        return covered;
    }

    private static Map<String, String> anchors(List<Map.Entry<Action, ReportView.Action>> shown) {
        Map<String, String> anchors = new HashMap<>();
        shown.forEach(entry -> anchors.put(entry.getKey().id(), entry.getValue().anchor()));
        return anchors;
    }

    private List<ReportView.DutyRow> rows(DutyCoverage coverage, Map<String, String> anchors) {
        return coverage.rows().stream().map(row -> new ReportView.DutyRow(row.key(), row.name(),
                row.description(), row.actions(), row.open(), counts(row.statuses()), row.notAssessed(), row.overdue(),
                row.verdict(), row.verdict().equals(DutyCoverage.Verdict.COVERED.toString()),
                row.actionIds().stream().map(id -> new ReportView.ActionLink(id, anchors.get(id))).toList())).toList();
    }

    private ReportView.Plan plan() {
        return new ReportView.Plan(plan.title(), plan.period(), plan.version(), plan.issued() == null ? null : date(plan.issued()),
                plan.owner(), marking == null ? null : Visible.text(marking), TextModel.of(plan.aims()),
                List.copyOf(statuses.values()),
                plan.agencies().stream().map(a -> new ReportView.Agency(a.code(), a.name())).toList());
    }

    private ReportView.Action action(Action action, String anchor) {
        ReportView.Status status = plan.status(action.statusOn(asOf)).map(s -> statuses.get(s.key())).orElse(null);
        List<String> names = action.lead().stream().map(code -> plan.agency(code).map(Agency::name).orElse(code))
                .toList();
        return new ReportView.Action(action.id(), action.objectiveId(), anchor, TextModel.of(action.heading()),
                action.titled(), action.textOpensWithTitle(),
                TextModel.of(action.theme()), TextModel.of(action.action()), action.lead(), names, action.owner(),
                action.successCriteria().stream().map(TextModel::of).toList(),
                action.timescale() == null ? null : action.timescale().written(),
                action.timescale() != null && action.timescale().form() == Timescale.Form.DAY, action.due().map(this::date).orElse(null),
                Overdue.on(asOf, action, plan), action.resources().stream().map(TextModel::of).toList(), status,
                status == null ? "Not assessed" : status.label(), TextModel.lines(action.notes()),
                action.evidence().stream().map(TextModel::of).toList(),
                action.updates().stream().map(this::update).toList(), action.lastUpdate(asOf).map(this::update).orElse(null),
                recent(action),
                action.source().file().toString(), action.source().at().line(), trend(action), serves(action),
                action.risks().stream().map(key -> plan.risk(key).map(Risk::name).orElse(key)).toList());
    }

    /** The items an action serves, a line per framework: "Duty areas: Training programme", "Prevent assurance benchmarks: Risk assessment". */
    private List<String> serves(Action action) {
        List<String> serves = new ArrayList<>();
        for (Framework framework : frameworks) {
            List<String> names = action.serves(framework).stream().map(framework::item).flatMap(Optional::stream).map(Duty::name).toList();
            if (!names.isEmpty()) {
                serves.add((framework.id().equals(Framework.TOOLKIT) ? "Duty areas" : framework.name()) + ": " + String.join(", ", names));
            }
        }
        return serves;
    }

    /** The self-assessment in short, per framework assessed, as the assurance paper counts it; empty without assurance.yaml. */
    private List<ReportView.Assessed> assurance() {
        if (plan.assurance().isEmpty()) {
            return List.of();
        }
        return AssuranceModel.of(plan, asOf, "", null, Optional.empty()).frameworks().stream()
                .map(f -> new ReportView.Assessed(f.id(), f.name(), f.items().size(), f.items().size() - f.gaps(),
                        f.gaps() - f.unrated(), f.unrated()))
                .toList();
    }

    private ReportView.Trend trend(Action action) {
        if (baseline == null) {
            return null;
        }
        Trend trend = baseline.trendOf(plan, action, asOf);
        String was = trend == Trend.NEW ? null : baseline.statusOf(action);
        return new ReportView.Trend(trend.toString(), trend.arrow(),
                plan.status(was).map(s -> statuses.get(s.key())).orElse(null));
    }

    /**
     * An action's updates since the meeting compared with, newest first (of one day, the later in the log first);
     * without a meeting, its newest. Updates after the as-of day are not yet written, as far as the paper knows.
     */
    private List<ReportView.Update> recent(Action action) {
        if (baseline == null) {
            return action.lastUpdate(asOf).map(u -> List.of(update(u))).orElse(List.of());
        }
        List<Update> since = new ArrayList<>();
        for (Update update : action.updates()) {
            if (update.date() != null && update.date().isAfter(baseline.day()) && !update.date().isAfter(asOf)) {
                since.add(update);
            }
        }
        // Stable: of one day, the later in the log comes first once reversed.
        since.sort(Comparator.comparing(Update::date));
        Collections.reverse(since);
        return since.stream().map(this::update).toList();
    }

    /** The counts of the report's actions at the last meeting: an action new since then counts as not assessed. */
    private ReportView.Then then(List<Action> actions) {
        if (baseline == null) {
            return null;
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        plan.statuses().forEach(s -> byStatus.put(s.key(), 0));
        int none = 0;
        for (Action action : actions) {
            // Every action as it stood on the meeting's day, new ones too: the count a paper of that day gives.
            Optional<Status> status = plan.status(baseline.statusOf(action));
            if (status.isPresent()) {
                byStatus.merge(status.get().key(), 1, Integer::sum);
            } else {
                none++;
            }
        }
        return new ReportView.Then(baseline.since(), date(baseline.day()), counts(byStatus), none);
    }

    private ReportView.Update update(Update update) {
        return new ReportView.Update(update.date() == null ? null : date(update.date()),
                plan.status(update.status()).map(s -> statuses.get(s.key())).orElse(null), TextModel.lines(update.note()));
    }

    private ReportView.Summary summary(List<ReportView.Objective> objectives, List<Action> actions) {
        Tally all = Tally.of(actions, plan, asOf);
        // Grouped once: a scan of every action for each objective is quadratic in a national roll-up.
        Map<String, List<Action>> byObjectiveId = new HashMap<>();
        for (Action action : actions) {
            byObjectiveId.computeIfAbsent(action.objectiveId(), id -> new ArrayList<>()).add(action);
        }
        int widest = byObjectiveId.values().stream().mapToInt(List::size).max().orElse(1);
        List<ReportView.ObjectiveRow> byObjective = new ArrayList<>();
        for (ReportView.Objective o : objectives) {
            Tally own = Tally.of(byObjectiveId.getOrDefault(o.id(), List.of()), plan, asOf);
            byObjective.add(new ReportView.ObjectiveRow(o.id(), o.name(), own.actions(), own.overdue(), own.notAssessed(),
                    counts(own.statuses()), bar(own, widest)));
        }
        LeadCounts leads = LeadCounts.of(plan, actions, asOf);
        // An agency that leads nothing in the report is not a row of zeros (init's examples, an agency of another part).
        List<ReportView.LeadRow> byLead = leads.rows().stream().filter(row -> row.actions() > 0).map(this::leadRow).toList();
        ReportView.LeadRow noLead = leadRow(leads.noLead());
        return new ReportView.Summary(all.actions(), all.overdue(), all.notAssessed(), counts(all.statuses()), byObjective, byLead,
                noLead, byObjective.size() <= CHARTED, then(actions));
    }

    private ReportView.LeadRow leadRow(LeadCounts.Row lead) {
        return new ReportView.LeadRow(lead.code() == null ? "" : lead.code(), lead.name(), lead.actions(), lead.overdue(),
                lead.notAssessed(), counts(lead.statuses()));
    }

    /** The first day of the run of the worst status the action is in, by its log; none when no dated update gives it. */
    private Optional<LocalDate> sinceWorst(Action action, Status worst) {
        LocalDate since = null;
        for (Update update : action.updates().stream().filter(u -> u.date() != null && u.status() != null && !u.date().isAfter(asOf))
                .sorted(Comparator.comparing(Update::date)).toList()) {
            since = worst.matches(update.status()) ? (since == null ? update.date() : since) : null;
        }
        return Optional.ofNullable(since);
    }

    private String daysSince(LocalDate day) {
        long days = ChronoUnit.DAYS.between(day, asOf);
        return days == 0 ? "updated today" : "no update for " + days + (days == 1 ? " day" : " days");
    }

    /** Per status of the scale, worst first. */
    private List<ReportView.Count> counts(Map<String, Integer> byStatus) {
        List<ReportView.Count> counts = new ArrayList<>();
        byStatus.forEach((key, count) -> counts.add(new ReportView.Count(statuses.get(key), count)));
        return counts;
    }

    /**
     * The segments of one objective's bar in the chart, in percent of the widest objective's bar:
     * one per status with actions, then one for those not assessed.
     */
    private List<ReportView.Segment> bar(Tally tally, int widest) {
        List<ReportView.Segment> segments = new ArrayList<>();
        double x = 0;
        for (Status status : plan.statuses()) {
            int n = tally.statuses().get(status.key());
            if (n > 0) {
                segments.add(new ReportView.Segment(statuses.get(status.key()), status.label(), n, round(x), round(100.0 * n / widest)));
                x += 100.0 * n / widest;
            }
        }
        if (tally.notAssessed() > 0) {
            segments.add(new ReportView.Segment(null, "Not assessed", tally.notAssessed(), round(x),
                    round(100.0 * tally.notAssessed() / widest)));
        }
        return segments;
    }

    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }

    /** An open action with no update for this long needs a word at the meeting: about a quarter, a meeting's cycle. */
    static final int QUIET_DAYS = 90;

    /**
     * What the chair must look at, worst first: actions at the worst step of the scale, then at risk (a middle step
     * shown in amber or named so), then overdue ones, then open ones with no update for {@value #QUIET_DAYS} days
     * or more; each with why, and of one kind in plan order. A middle step that says nothing of risk ("Ongoing") is
     * no reason of its own.
     */
    private List<ReportView.Attention> attention(List<Map.Entry<Action, ReportView.Action>> shown) {
        List<Status> scale = plan.statuses();
        Status worst = scale.isEmpty() ? null : scale.get(0);
        Status next = scale.size() < 3 ? null : scale.subList(1, scale.size() - 1).stream().filter(ReportModel::atRisk).findFirst().orElse(null);
        List<Map.Entry<Integer, ReportView.Attention>> ranked = new ArrayList<>();
        for (Map.Entry<Action, ReportView.Action> entry : shown) {
            Action action = entry.getKey();
            String status = action.statusOn(asOf);
            List<String> reasons = new ArrayList<>();
            int rank = Integer.MAX_VALUE;
            for (Status step : java.util.Arrays.asList(worst, next)) {
                if (step != null && !step.closed() && step.matches(status)) {
                    reasons.add(step.label() + sinceWorst(action, step).map(d -> " since " + LongDate.of(d)).orElse(""));
                    rank = step == worst ? 0 : 1;
                }
            }
            if (Overdue.on(asOf, action, plan)) {
                LocalDate due = action.due().orElseThrow();
                // The due day is in its own column: said once.
                reasons.add("Overdue since " + LongDate.of(due.plusDays(1)));
                rank = Math.min(rank, 2);
            }
            Optional<Update> last = action.lastUpdate(asOf);
            boolean closed = plan.status(status).map(Status::closed).orElse(false);
            boolean quiet = !closed && last.map(u -> u.date() != null && u.date().plusDays(QUIET_DAYS).isBefore(asOf.plusDays(1))).orElse(false);
            if (quiet) {
                rank = Math.min(rank, 3);
            }
            if (!reasons.isEmpty() || quiet) {
                reasons.add(last.map(u -> daysSince(u.date())).orElse("no update yet"));
                ranked.add(Map.entry(rank, new ReportView.Attention(entry.getValue(), reasons)));
            }
        }
        // Stable: of one rank, plan order.
        ranked.sort(Map.Entry.comparingByKey());
        return ranked.stream().map(Map.Entry::getValue).toList();
    }

    /** A step of the scale that means at risk: shown in amber, or its key, label or description says risk or amber. */
    private static boolean atRisk(Status status) {
        if (dev.prevent.model.ColourName.of(status.colour()).map(c -> c.calledBy("amber")).orElse(false)) {
            return true;
        }
        String words = (status.key() + " " + status.label() + " " + Objects.toString(status.description(), "")).toLowerCase(Locale.ROOT);
        return words.contains("risk") || words.contains("amber");
    }

    private ReportView.Date date(LocalDate date) {
        return new ReportView.Date(date.toString(), LongDate.of(date));
    }
}
