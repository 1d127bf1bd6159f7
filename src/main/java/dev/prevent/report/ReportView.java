package dev.prevent.report;

import java.util.List;

/**
 * The data a report template sees, as records: plain strings, numbers, booleans, lists, texts
 * ({@link TextModel}) and the records below, exposed to Freemarker by {@link ViewWrapper} as hashes of
 * their components and nothing else. Each record is documented for template authors in
 * docs/templates.md under its name with a small first letter, and a test keeps the two in step.
 * Absent values are null, which templates test with {@code ??}.
 */
public final class ReportView {

    private ReportView() {
    }

    /** The top of the model: the names a template starts from. */
    public record Report(Plan plan, Date asOf, String generatedAt, String made, String scope, List<Objective> objectives,
            List<Integer> widths,
            Summary summary, List<DutyRow> coverage, List<Covered> frameworks, List<Assessed> assurance, List<Attention> attention, Changes changes, Year year,
            String noYear, Paper paper, String templates, Draft draft, boolean summaryOnly) {
    }

    /**
     * The coverage of a framework besides the toolkit's areas, or of the local risk priorities ({@code id} {@code risks},
     * worst-rated first): each item's row as the duty areas' {@code coverage} has them.
     */
    public record Covered(String id, String name, List<DutyRow> rows) {
    }

    /**
     * One framework of the self-assessment (assurance.yaml), in short: its items, how many are rated met or better,
     * below met, and not rated. The whole judgement is {@code prevent assurance}'s paper.
     */
    public record Assessed(String id, String name, int items, int metOrBetter, int belowMet, int unrated) {
    }

    /**
     * The plan still holds placeholders: text as init or import wrote it, or TBC, xxx and the like. The paper
     * says so at its top, so that a draft is never taken for the finished paper; null when there are none.
     *
     * @param heading "Draft: 5 places in the plan still hold placeholder text"
     * @param count   how many places
     * @param places  the first of them, each "file, line N: what is left"
     * @param more    how many more there are than {@code places} lists
     */
    public record Draft(String heading, int count, List<String> places, int more) {
    }

    /**
     * The year's trend: the counts by status at each meeting, for a chart.
     *
     * @param source  where the meetings come from: "tags matching meeting-*" or "the days of the progress log"
     * @param widest  the most actions at any meeting, the height of the chart's tallest bar
     * @param meetings oldest first; at least two, else the year has no trend to show and is absent
     */
    public record Year(String source, int widest, List<Meeting> meetings) {
    }

    /**
     * One meeting of the year: its name (a tag, or a day), its day, and its counts; {@code bar} is the stacked
     * bar of the chart, each segment's {@code x} and {@code width} in percent of the tallest bar.
     */
    public record Meeting(String name, Date day, int total, int notAssessed, List<Count> counts, List<Segment> bar) {
    }

    /**
     * How the report's actions cover one area of the Prevent duty that plan.yaml declares, with a verdict
     * in words, and the actions that serve it.
     */
    public record DutyRow(String key, String name, String description, int actions, int open, List<Count> counts,
            int notAssessed, int overdue, String verdict, boolean covered, List<ActionLink> served) {
    }

    /** An action named elsewhere in the paper, with the anchor of its row. */
    public record ActionLink(String id, String anchor) {
    }

    /**
     * The plan's header, from plan.yaml.
     *
     * @param marking the protective marking every page carries (plan.yaml's, or {@code report --marking}), or null
     */
    public record Plan(String title, String period, String version, Date issued, String owner, String marking, TextModel aims,
            List<Status> statuses, List<Agency> agencies) {
    }

    /** A day, both ways: {@code iso} 2016-03-31 and {@code text} 31 March 2016. */
    public record Date(String iso, String text) {
    }

    /**
     * One step of the plan's scale, with the colours to show it in; rank 0 is the worst.
     *
     * @param description the plan's own words for it ({@code behind}), or null
     * @param wording     the status as the plan's key line reads ("Red – behind"); the label when it has no description
     */
    public record Status(String key, String label, String description, String wording, String colour, String textColour,
            boolean closed, int rank) {
    }

    /** An agency of plan.yaml. */
    public record Agency(String code, String name) {
    }

    /**
     * An objective with the actions of it that the report covers.
     *
     * @param widths its table's column widths in percent (action, details, criteria, notes), from what they hold
     */
    public record Objective(String id, String name, TextModel aim, TextModel summary, String anchor, List<Action> actions,
            List<Integer> widths) {
    }

    /**
     * An action with every field of the format, and what follows from them on the as-of day.
     *
     * @param titled         whether the action has a title of its own, apart from its text
     * @param titleInText    whether its text opens with the title's words, so that a table need not show both
     * @param timescaleIsDue whether the timescale is a day, the due day itself, so that a paper writes it once
     * @param serves         the items it serves, a line per framework: "Duty areas: Training programme", the toolkit's first
     * @param risks          the names of the local risk priorities it responds to
     * @param recent         its updates since the meeting compared with, newest first; without a meeting, the newest
     */
    public record Action(String id, String objective, String anchor, TextModel title, boolean titled, boolean titleInText,
            TextModel theme, TextModel action, List<String> lead, List<String> leadNames, String owner, List<TextModel> successCriteria,
            String timescale, boolean timescaleIsDue, Date due, boolean overdue, List<TextModel> resources, Status status, String statusLabel,
            TextModel notes, List<TextModel> evidence, List<Update> updates, Update lastUpdate, List<Update> recent, String file, int line,
            Trend trend, List<String> serves, List<String> risks) {
    }

    /** One entry of an action's progress log. */
    public record Update(Date date, Status status, TextModel note) {
    }

    /**
     * The counts of the report's actions: all of them, by status (these and {@code notAssessed} add up to
     * {@code total}; {@code overdue} is counted apart, across statuses), by objective, by lead agency, and those with
     * no lead ({@code noLead}, code empty); {@code chart} says whether the chart of objectives is drawn (up to
     * {@link ReportModel#CHARTED} of them).
     */
    public record Summary(int total, int overdue, int notAssessed, List<Count> byStatus, List<ObjectiveRow> byObjective,
            List<LeadRow> byLead, LeadRow noLead, boolean chart, Then then) {
    }

    /**
     * An action's direction of travel since the last meeting ({@code --since}).
     *
     * @param word  better, worse, same or new
     * @param arrow ↑, ↓, → or "new"
     * @param was   its status then, or absent (not assessed, or new)
     */
    public record Trend(String word, String arrow, Status was) {
    }

    /**
     * The counts at the last meeting ({@code --since}), beside the counts now.
     *
     * @param since the revision or day of the last meeting
     * @param day the day of that meeting (or the day given)
     * @param byStatus each a {@code count}, worst first, of the report's actions then
     * @param notAssessed how many of them had no status then (new ones included)
     */
    public record Then(String since, Date day, List<Count> byStatus, int notAssessed) {
    }

    /** How many actions are at one status. */
    public record Count(Status status, int count) {
    }

    /** One objective's counts, and its bar in the chart. */
    public record ObjectiveRow(String id, String name, int total, int overdue, int notAssessed, List<Count> counts,
            List<Segment> bar) {
    }

    /** One agency's counts (agencies that lead nothing included). */
    public record LeadRow(String code, String name, int total, int overdue, int notAssessed, List<Count> counts) {
    }

    /**
     * One segment of an objective's bar in the chart: its start and width in percent of the widest
     * objective's bar; no status for the actions not assessed.
     */
    public record Segment(Status status, String label, int count, double x, double width) {
    }

    /** An action that needs attention, and why. */
    public record Attention(Action action, List<String> reasons) {
    }

    /** What moved since a revision ({@code --since}). */
    public record Changes(String since, List<String> notes, int count, List<Change> added, List<Change> removed,
            List<Change> changed) {
    }

    /** One change in words. */
    public record Change(String id, TextModel title, String what, String from, String to) {
    }
}
