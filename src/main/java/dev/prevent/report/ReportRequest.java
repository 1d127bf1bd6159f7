package dev.prevent.report;

import dev.prevent.history.PlanChanges;
import dev.prevent.history.PlanHistory;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import dev.prevent.query.ActionFilter;
import dev.prevent.query.Baseline;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a paper is asked to show: the plan, the part of it (scope), the day, and what the command line added (what
 * moved since a revision, the baseline of each action's trend, the year's meetings, a marking, the paper size).
 * Built by the command, read once by {@link ReportModel#of}.
 *
 * @param changes  what moved since a revision ({@code --since REV})
 * @param baseline each action's status at the last meeting, for its direction of travel
 * @param meetings the year's meetings (git tags, or the days plan.yaml lists); without two of them, no year's trend
 * @param marking  a protective marking in place of plan.yaml's ({@code --marking})
 * @param templates the folder of the council's own templates the paper is made with, which it says; empty: built-in
 * @param drafts   the plan's placeholders (text still as init or import wrote it, TBC, xxx): the paper says it is a draft
 * @param summaryOnly only the chair's page ({@code report --summary})
 */
public record ReportRequest(Plan plan, ActionFilter scope, LocalDate asOf, ZonedDateTime made, Optional<PlanChanges> changes,
        Optional<Baseline> baseline, Optional<PlanHistory.MeetingDays> meetings, Optional<String> marking, Paper paper,
        Optional<String> templates, List<Diagnostic> drafts, boolean summaryOnly) {

    public ReportRequest {
        Objects.requireNonNull(plan);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(asOf);
        Objects.requireNonNull(made);
        Objects.requireNonNull(changes);
        Objects.requireNonNull(baseline);
        Objects.requireNonNull(meetings);
        marking = marking.map(String::strip).filter(m -> !m.isEmpty());
        Objects.requireNonNull(paper);
        Objects.requireNonNull(templates);
        drafts = List.copyOf(drafts);
    }

    /** The paper of {@code scope} of the plan on {@code asOf}, made at {@code made}, on A4, with nothing added. */
    public static ReportRequest of(Plan plan, ActionFilter scope, LocalDate asOf, ZonedDateTime made) {
        return new ReportRequest(plan, scope, asOf, made, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Paper.A4, Optional.empty(), List.of(), false);
    }

    /** With what moved since a revision, when there is such a revision (null: none). */
    public ReportRequest withChanges(PlanChanges changes) {
        return new ReportRequest(plan, scope, asOf, made, Optional.ofNullable(changes), baseline, meetings, marking, paper, templates, drafts, summaryOnly);
    }

    /** With each action's direction of travel since {@code baseline} (null: none). */
    public ReportRequest withBaseline(Baseline baseline) {
        return new ReportRequest(plan, scope, asOf, made, changes, Optional.ofNullable(baseline), meetings, marking, paper, templates, drafts, summaryOnly);
    }

    /** With the year's meetings, for its trend (null: none). */
    public ReportRequest withMeetings(PlanHistory.MeetingDays meetings) {
        return new ReportRequest(plan, scope, asOf, made, changes, baseline, Optional.ofNullable(meetings), marking, paper, templates, drafts, summaryOnly);
    }

    /** With a marking in place of plan.yaml's (null or blank: plan.yaml's). */
    public ReportRequest withMarking(String marking) {
        return new ReportRequest(plan, scope, asOf, made, changes, baseline, meetings, Optional.ofNullable(marking), paper, templates, drafts, summaryOnly);
    }

    /** Made with the council's templates in {@code folder} (null: the built-in ones). */
    public ReportRequest withTemplates(String folder) {
        return new ReportRequest(plan, scope, asOf, made, changes, baseline, meetings, marking, paper, Optional.ofNullable(folder), drafts, summaryOnly);
    }

    /** With the plan's placeholders, which the paper lists under a banner saying it is a draft. */
    public ReportRequest withDrafts(List<Diagnostic> drafts) {
        return new ReportRequest(plan, scope, asOf, made, changes, baseline, meetings, marking, paper, templates, drafts, summaryOnly);
    }

    public ReportRequest withPaper(Paper paper) {
        return new ReportRequest(plan, scope, asOf, made, changes, baseline, meetings, marking, paper, templates, drafts, summaryOnly);
    }

    /** Only the chair's page: the counts, what needs attention and what changed ({@code report --summary}). */
    public ReportRequest withSummaryOnly(boolean summaryOnly) {
        return new ReportRequest(plan, scope, asOf, made, changes, baseline, meetings, marking, paper, templates, drafts, summaryOnly);
    }
}
