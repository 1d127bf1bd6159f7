package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.history.PastPlan;
import dev.prevent.history.PlanChanges;
import dev.prevent.history.PlanHistory;
import dev.prevent.model.Plan;
import dev.prevent.query.ActionFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's model, read as a template reads it: the chart's bars, the scope's words, which changes a report of
 * part of the plan shows, and the year's trend by the progress log or by tagged meetings.
 */
class ReportModelTest {

    static final LocalDate AS_OF = LocalDate.of(2016, 4, 1);
    static final ZonedDateTime MADE = ZonedDateTime.of(2016, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Plan plan(Path folder) {
        return Validation.of(folder, AS_OF).validPlan();
    }

    static ReportView.Report report(Plan plan, ActionFilter filter) {
        return ReportModel.of(ReportRequest.of(plan, filter, AS_OF, MADE));
    }

    @Test
    void theWidestObjectivesBarIsFullAndEachBarsSegmentsAbutInProportion() {
        ReportView.Summary summary = report(plan(Fixtures.plan("queries")), Fixtures.EVERY_ACTION).summary();
        int widest = summary.byObjective().stream().mapToInt(ReportView.ObjectiveRow::total).max().orElseThrow();

        assertThat(summary.chart()).isTrue();
        assertThat(summary.byObjective()).allSatisfy(row -> {
            double x = 0;
            for (ReportView.Segment segment : row.bar()) {
                assertThat(segment.x()).isCloseTo(x, within(0.02));
                assertThat(segment.width()).isCloseTo(100.0 * segment.count() / widest, within(0.01));
                x += segment.width();
            }
            assertThat(x).isCloseTo(100.0 * row.total() / widest, within(0.05));
        });
        // Some status's segment counts two or more actions, or the proportion would not be tested.
        assertThat(summary.byObjective()).flatExtracting(ReportView.ObjectiveRow::bar)
                .anySatisfy(s -> assertThat(s.status() != null && s.count() > 1).isTrue());
    }

    @Test
    void thePlansAgenciesAreListedWithTheirNames() {
        ReportView.Report report = report(plan(Fixtures.plan("report")), Fixtures.EVERY_ACTION);

        assertThat(report.plan().agencies()).extracting(a -> a.code() + " " + a.name()).startsWith("COLC City of London Corporation",
                "COLP City of London Police");
    }

    @Test
    void theScopeSaysWhichPartOfThePlanTheReportCovers() {
        Plan plan = plan(Fixtures.plan("report"));

        assertThat(report(plan, Fixtures.EVERY_ACTION).scope()).isNull();
        assertThat(report(plan, ActionFilter.scope(List.of("COLP", "nhs"), List.of())).scope())
                .isEqualTo("the actions led by City of London Police (COLP) or National Health Service (NHS)");
        assertThat(report(plan, ActionFilter.scope(List.of(), List.of("1"))).scope()).isEqualTo("the actions of objective 1");
        assertThat(report(plan, ActionFilter.scope(List.of(), List.of("1", "2"))).scope()).isEqualTo("the actions of objectives 1, 2");
        assertThat(report(plan, ActionFilter.scope(List.of("NHS"), List.of("1"))).scope())
                .isEqualTo("the actions led by National Health Service (NHS) in objective 1");
    }

    static void edit(Path plan, String file, String from, String to) throws Exception {
        String text = Files.readString(plan.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(plan.resolve(file), text.replace(from, to));
    }

    @Test
    void aReportOfPartOfThePlanShowsThatPartsChangesAndTheWholeShowsRemovalsToo() throws Exception {
        Path before = Fixtures.copy(Fixtures.plan("report"), dir.resolve("before"));
        Path now = Fixtures.copy(Fixtures.plan("report"), dir.resolve("now"));
        edit(now, "objective-1.yaml", "    status: off\n    notes:", "    status: on\n    notes:");
        edit(now, "objective-2.yaml", "    status: at-risk\n", "    status: on\n");
        edit(before, "objective-2.yaml", "  - id: 2.3\n", "  - id: 2.9\n    title: Old\n    action: Old\n    timescale: 2015/16\n  - id: 2.3\n");
        PlanChanges changes = PlanChanges.between(new PastPlan("meeting-1", "abc", AS_OF, Optional.of(Validation.of(before, AS_OF))),
                plan(now));

        ReportView.Changes whole = ReportModel.of(ReportRequest.of(plan(now), Fixtures.EVERY_ACTION, AS_OF, MADE).withChanges(changes)).changes();
        ReportView.Changes one = ReportModel.of(ReportRequest.of(plan(now), ActionFilter.scope(List.of(), List.of("1")), AS_OF, MADE)
                .withChanges(changes)).changes();

        assertThat(whole.count()).isEqualTo(3);
        assertThat(whole.removed()).extracting(ReportView.Change::id).containsExactly("2.9");
        assertThat(whole.changed()).extracting(ReportView.Change::id).containsExactly("1.1", "2.1");
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.removed()).isEmpty();
        assertThat(one.changed()).extracting(ReportView.Change::id).containsExactly("1.1");
        assertThat(one.since()).isEqualTo("meeting-1");
    }

    /** Objective 1's first action with an update on each of {@code days} days from 1 January 2015. */
    Plan withUpdatesOn(int days) throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("log" + days));
        StringBuilder log = new StringBuilder("    updates:\n");
        for (int i = 0; i < days; i++) {
            log.append("      - date: ").append(LocalDate.of(2015, 1, 1).plusDays(i)).append("\n        status: off\n");
        }
        String text = Files.readString(plan.resolve("objective-1.yaml"));
        int from = text.indexOf("    updates:\n");
        int to = text.indexOf("  - id: 1.2");
        Files.writeString(plan.resolve("objective-1.yaml"), text.substring(0, from) + log + text.substring(to));
        return plan(plan);
    }

    @Test
    void theDaysOfTheLogAreNotMeetingsAndAPaperWithoutTwoMeetingsSaysHowToHaveThem() throws Exception {
        ReportView.Report report = report(withUpdatesOn(PlanHistory.MAX_MEETINGS), Fixtures.EVERY_ACTION);
        ReportView.Report one = ReportModel.of(ReportRequest.of(withUpdatesOn(3), Fixtures.EVERY_ACTION, AS_OF, MADE)
                .withMeetings(new PlanHistory.MeetingDays("the meetings plan.yaml lists",
                        List.of(new PlanHistory.Meeting("2015-01-02", LocalDate.of(2015, 1, 2))), false)));

        assertThat(report.year()).isNull();
        assertThat(report.noYear()).isEqualTo(ReportModel.NO_YEAR).contains("git tag meeting-", "'meetings:' in plan.yaml");
        assertThat(one.year()).isNull();
        assertThat(one.noYear()).isEqualTo(ReportModel.NO_YEAR);
    }

    @Test
    void eachMeetingIsCountedAsAPaperOfThatDayCountsIt() throws Exception {
        Plan plan = plan(Fixtures.plan("report"));
        List<PlanHistory.Meeting> days = List.of(new PlanHistory.Meeting("meeting-1", LocalDate.of(2015, 10, 1)),
                new PlanHistory.Meeting("meeting-2", LocalDate.of(2016, 1, 20)), new PlanHistory.Meeting("meeting-3", AS_OF));

        ReportView.Report report = ReportModel.of(ReportRequest.of(plan, Fixtures.EVERY_ACTION, AS_OF, MADE)
                .withMeetings(new PlanHistory.MeetingDays("git tags matching meeting-*", days, true)));

        assertThat(report.year().source()).isEqualTo("git tags matching meeting-*");
        assertThat(report.noYear()).isNull();
        for (int i = 0; i < days.size(); i++) {
            ReportView.Summary then = ReportModel.of(ReportRequest.of(plan, Fixtures.EVERY_ACTION, days.get(i).day(), MADE)).summary();
            ReportView.Meeting meeting = report.year().meetings().get(i);
            assertThat(meeting.counts()).extracting(ReportView.Count::count)
                    .as(days.get(i).name()).isEqualTo(then.byStatus().stream().map(ReportView.Count::count).toList());
            assertThat(meeting.notAssessed()).as(days.get(i).name()).isEqualTo(then.notAssessed());
            assertThat(meeting.total()).isEqualTo(then.total());
        }
        // 1.1's log: off on 14 September 2015; so on 1 October it was off, not "not assessed".
        assertThat(report.year().meetings().get(0).counts()).extracting(c -> c.status().key() + " " + c.count()).contains("off 1");
    }

    Plan withObjectives(int count) throws Exception {
        Path plan = Files.createDirectories(dir.resolve("objectives" + count));
        Files.copy(Fixtures.plan("report").resolve("plan.yaml"), plan.resolve("plan.yaml"));
        for (int i = 1; i <= count; i++) {
            Files.writeString(plan.resolve("objective-" + i + ".yaml"), "id: " + i + "\nname: O" + i + "\naim: A\nactions:\n"
                    + "  - id: " + i + ".1\n    title: T\n    action: A\n    lead: COLC\n    timescale: 2015/16\n");
        }
        return plan(plan);
    }

    @Test
    void theChartIsDrawnForUpToThirtyObjectives() throws Exception {
        assertThat(report(withObjectives(ReportModel.CHARTED), Fixtures.EVERY_ACTION).summary().chart()).isTrue();
        assertThat(report(withObjectives(ReportModel.CHARTED + 1), Fixtures.EVERY_ACTION).summary().chart()).isFalse();
    }
}
