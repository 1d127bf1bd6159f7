package dev.prevent.report;

import dev.prevent.check.Validation;
import dev.prevent.history.DatedPlan;
import dev.prevent.history.PlanChanges;
import dev.prevent.history.PlanHistory;
import dev.prevent.history.Since;
import dev.prevent.model.Plan;
import dev.prevent.model.Rule;
import dev.prevent.query.ActionFilter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * The meeting paper's model, made the one way for every place that shows it (the command line's paper, the web
 * workspace's pages): the plan as of a day, compared with a meeting (the one named, else the last before the day),
 * its year's meetings, its drafts and its changes since.
 */
public final class MeetingPaper {

    private MeetingPaper() {
    }

    /**
     * What a paper is asked for: the plan read and checked, the day, the meeting to compare with (empty: the last one
     * before the day), the meetings' glob (null: plan.yaml's), the scope, and how it is printed.
     */
    public record Asked(Path planDir, Validation validation, LocalDate day, LocalDate today, Optional<Since> since, String meetings,
            ActionFilter scope, Paper paper, String marking, boolean summaryOnly) {
    }

    /** The model made, the plan it was made from (dated back as far as the comparison needs), and its templates. */
    public record Made(ReportView.Report model, Plan plan, ReportTemplates templates) {
    }

    /**
     * The paper's model; {@code templates} chooses the templates from the plan it is made from, and its folder is named in
     * the paper.
     *
     * @throws dev.prevent.exit.UserError when the plan has errors, or a meeting cannot be read
     */
    public static Made of(Asked asked, Function<Plan, ReportTemplates> templates) {
        Plan read = asked.validation().validPlan();
        Path planDir = asked.planDir();
        LocalDate day = asked.day();
        PlanHistory.MeetingDays meetingDays = PlanHistory.whatEachSaw(planDir,
                PlanHistory.meetings(planDir, read.meetings(), asked.meetings(), day));
        // With a meeting named, that meeting; else the last meeting before the day: what moved since, and each trend.
        Optional<Since> compared = asked.since().or(() -> Since.lastMeeting(planDir, meetingDays, day));
        // Days without a revision of their own (listed meetings, a day given) are read from today's plan on them.
        LocalDate earliest = Since.earliestReadFromToday(day, compared, Optional.of(meetingDays));
        Plan valid = earliest.isBefore(day) ? DatedPlan.of(planDir, read, earliest, asked.today()) : read;
        ReportTemplates chosen = templates.apply(valid);
        ReportView.Report model = ReportModel.of(ReportRequest.of(valid, asked.scope(), day, ZonedDateTime.now())
                .withTemplates(chosen.folder().map(Path::toString).orElse(null))
                .withChanges(compared.flatMap(Since::past).map(past -> PlanChanges.between(past, valid)).orElse(null))
                .withBaseline(compared.map(s -> s.baseline(valid)).orElse(null))
                .withMeetings(meetingDays)
                .withMarking(asked.marking())
                .withPaper(asked.paper())
                .withDrafts(asked.validation().diagnostics().stream().filter(d -> d.rule() == Rule.PLACEHOLDER).toList())
                .withSummaryOnly(asked.summaryOnly()));
        return new Made(model, valid, chosen);
    }
}
