package dev.prevent.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.check.Validation;
import dev.prevent.model.Plan;
import dev.prevent.query.ActionFilter;
import dev.prevent.query.ActionList;
import dev.prevent.query.DutyCoverage;
import dev.prevent.query.LeadCounts;
import dev.prevent.report.ReportModel;
import dev.prevent.report.ReportRequest;
import dev.prevent.report.ReportView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure of a day agrees with every other: for random plans (progress logs with and without statuses,
 * statuses set by hand, hand edits of {@code status:} committed between meetings, actions added between meetings, and
 * an answer backdated after the last meeting) kept in a git repository with tagged meetings, on each meeting's day
 * the summary of today's paper as of that day equals the list as of that day counted by status, the leads summed and
 * the coverage summed; the year table's column and the "at the meeting" column equal what the tagged revision's own
 * paper of that day says; and the two are the same wherever nothing was backdated to the meeting's day or before.
 * Each table adds up to its "All". Seeded, so a failure names the plan that made it.
 *
 * <p>Each generated action has at most one lead and serves exactly one duty area, so that the leads and the coverage,
 * summed, count each action once (a jointly led action counts once for each lead, by design).
 */
class CountsAgreeTest {

    static final String[] STATUSES = {"red", "amber", "green", "done"};
    static final String[] LEADS = {"A", "B", "C"};
    static final String[] DUTIES = {"d1", "d2", "d3"};
    static final LocalDate START = LocalDate.of(2015, 4, 1);
    static final ZonedDateTime MADE = ZonedDateTime.of(2016, 4, 1, 9, 0, 0, 0, ZoneId.of("UTC"));

    @TempDir
    Path dir;

    @RepeatedTest(200)
    void everyFigureOfAMeetingDayAgrees(RepetitionInfo repetition) throws Exception {
        long seed = 7919L * repetition.getCurrentRepetition();
        Random random = new Random(seed);
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.writeString(plans.resolve("plan.yaml"), PLAN_YAML);
        List<LocalDate> meetings = new ArrayList<>();
        Map<String, List<String>> objectives = new LinkedHashMap<>();
        LocalDate day = START.plusDays(20 + random.nextInt(40));
        LocalDate backdatedFrom = LocalDate.MAX;
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            int count = 2 + random.nextInt(3);
            for (int m = 1; m <= count; m++) {
                LocalDate previous = m == 1 ? START : meetings.get(m - 2);
                LocalDate mid = previous.plusDays(java.time.temporal.ChronoUnit.DAYS.between(previous, day) / 2);
                boolean handEdit = mid.isAfter(previous) && mid.isBefore(day) && random.nextBoolean();
                // Between meetings: new actions, and new updates dated up to the meeting (or to a commit between).
                // Entries written after a meeting are dated after it: only the answer backdated below reaches back.
                grow(random, objectives, m == 1 ? START : previous.plusDays(1), handEdit ? mid : day);
                write(plans, objectives);
                if (handEdit) {
                    // Committed between meetings, then a status changed by hand in the file, with no log entry.
                    commit(git, "between meetings", mid);
                    handEdit(random, objectives);
                    write(plans, objectives);
                }
                commit(git, "meeting " + m, day);
                git.tag().setName("meeting-" + m).call();
                meetings.add(day);
                day = day.plusDays(30 + random.nextInt(60));
            }
            if (random.nextBoolean()) {
                // After the last meeting, an answer backdated to before it (a late return, an import of an old paper).
                LocalDate backdated = meetings.get(random.nextInt(meetings.size())).minusDays(random.nextInt(10));
                if (backdate(random, objectives, backdated)) {
                    backdatedFrom = backdated;
                    write(plans, objectives);
                    commit(git, "a late answer", day.minusDays(1));
                }
            }
        }
        LocalDate asOf = day;
        Validation validation = Validation.of(plans, asOf);
        assertThat(validation.errors()).as("seed %d: %s", seed, validation.diagnostics()).isZero();
        // Today's plan as every command reads it: each status field dated by git.
        Plan plan = DatedPlan.of(plans, validation.plan(), START, asOf);
        PlanHistory.MeetingDays days = PlanHistory.whatEachSaw(plans, PlanHistory.meetings(plans, plan.meetings(), null, asOf));
        assertThat(days.meetings()).extracting(PlanHistory.Meeting::day).as("seed %d", seed).containsExactlyElementsOf(meetings);
        ReportView.Report paper = ReportModel.of(ReportRequest.of(plan, ActionFilter.scope(List.of(), List.of()), asOf, MADE)
                .withMeetings(days));
        adds(paper.summary(), seed);

        for (int i = 0; i < days.meetings().size(); i++) {
            PlanHistory.Meeting meeting = days.meetings().get(i);
            LocalDate d = meeting.day();
            String at = "seed " + seed + ", " + meeting.name() + " on " + d;
            ReportView.Summary then = ReportModel.of(ReportRequest.of(plan, ActionFilter.scope(List.of(), List.of()), d, MADE))
                    .summary();
            adds(then, seed);
            List<Integer> expected = new ArrayList<>(then.byStatus().stream().map(ReportView.Count::count).toList());
            expected.add(then.notAssessed());
            expected.add(then.total());

            // What the meeting saw: its tagged revision's own paper as of its day, dated by its own history.
            Plan tagged = PlanHistory.at(plans, meeting.name(), d).plan().orElseThrow();
            ReportView.Summary saw = ReportModel.of(ReportRequest.of(tagged, ActionFilter.scope(List.of(), List.of()), d, MADE))
                    .summary();
            java.util.Set<String> idsThen = tagged.actions().map(dev.prevent.model.Action::id).collect(java.util.stream.Collectors.toSet());
            List<Integer> seen = new ArrayList<>(saw.byStatus().stream().map(ReportView.Count::count).toList());
            // Every action of today's paper is in the column: one not in the plan then counts as not assessed.
            long newSince = plan.actions().filter(a -> !idsThen.contains(a.id())).count();
            seen.add(saw.notAssessed() + (int) newSince);
            seen.add(then.total());

            ReportView.Meeting column = paper.year().meetings().get(i);
            assertThat(counts(column.counts(), column.notAssessed(), column.total())).as("the year's column, " + at).isEqualTo(seen);

            Since since = Since.of(plans, meeting.name(), asOf);
            ReportView.Then atMeeting = ReportModel.of(ReportRequest.of(plan, ActionFilter.scope(List.of(), List.of()), asOf, MADE)
                    .withBaseline(since.baseline(plan))).summary().then();
            assertThat(counts(atMeeting.byStatus(), atMeeting.notAssessed(), then.total())).as("at the meeting, " + at)
                    .isEqualTo(seen);
            if (d.isBefore(backdatedFrom)) {
                // Nothing was backdated to the meeting's day or before: today's plan read on it says what the meeting saw.
                assertThat(seen).as("today's plan on the day of " + at + " is what the meeting saw").isEqualTo(expected);
            }

            ActionList list = ActionList.of(plan, ActionFilter.scope(List.of(), List.of()), d);
            List<Integer> listed = new ArrayList<>();
            for (String status : STATUSES) {
                listed.add((int) list.rows().stream().filter(r -> status.equals(r.status())).count());
            }
            listed.add((int) list.rows().stream().filter(r -> r.status() == null).count());
            listed.add(list.rows().size());
            assertThat(listed).as("list --as-of, " + at).isEqualTo(expected);

            LeadCounts leads = LeadCounts.of(plan, d);
            List<LeadCounts.Row> leadRows = new ArrayList<>(leads.rows());
            leadRows.add(leads.noLead());
            assertThat(summed(leadRows.stream().map(r -> row(r.statuses(), r.notAssessed(), r.actions())).toList()))
                    .as("leads summed, " + at).isEqualTo(expected);

            List<DutyCoverage.Row> duties = DutyCoverage.of(plan, d).rows();
            assertThat(summed(duties.stream().map(r -> row(r.statuses(), r.notAssessed(), r.actions())).toList()))
                    .as("coverage summed, " + at).isEqualTo(expected);
        }
    }

    /** Each table of a summary adds up to its All. */
    private static void adds(ReportView.Summary summary, long seed) {
        int byStatus = summary.byStatus().stream().mapToInt(ReportView.Count::count).sum() + summary.notAssessed();
        assertThat(byStatus).as("seed %d: statuses and not assessed add up to All", seed).isEqualTo(summary.total());
        assertThat(summary.byObjective().stream().mapToInt(ReportView.ObjectiveRow::total).sum())
                .as("seed %d: the objectives add up to All", seed).isEqualTo(summary.total());
        int led = summary.byLead().stream().mapToInt(ReportView.LeadRow::total).sum() + summary.noLead().total();
        assertThat(led).as("seed %d: the leads and 'No lead' add up to All (one lead an action here)", seed).isEqualTo(summary.total());
        for (ReportView.ObjectiveRow row : summary.byObjective()) {
            assertThat(row.counts().stream().mapToInt(ReportView.Count::count).sum() + row.notAssessed())
                    .as("seed %d: objective %s adds up", seed, row.id()).isEqualTo(row.total());
        }
    }

    private static List<Integer> counts(List<ReportView.Count> byStatus, int notAssessed, int total) {
        List<Integer> counts = new ArrayList<>(byStatus.stream().map(ReportView.Count::count).toList());
        counts.add(notAssessed);
        counts.add(total);
        return counts;
    }

    private static List<Integer> row(Map<String, Integer> statuses, int notAssessed, int actions) {
        List<Integer> row = new ArrayList<>();
        for (String status : STATUSES) {
            row.add(statuses.getOrDefault(status, 0));
        }
        row.add(notAssessed);
        row.add(actions);
        return row;
    }

    private static List<Integer> summed(List<List<Integer>> rows) {
        List<Integer> sum = new ArrayList<>();
        for (int i = 0; i < STATUSES.length + 2; i++) {
            int column = i;
            sum.add(rows.stream().mapToInt(r -> r.get(column)).sum());
        }
        return sum;
    }

    private static void commit(Git git, String message, LocalDate day) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent(new PersonIdent("Coordinator", "c@example.org"),
                Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** A status changed by hand: one action's {@code status:} line set to another status, its log untouched. */
    private static void handEdit(Random random, Map<String, List<String>> objectives) {
        List<List<String>> all = new ArrayList<>(objectives.values());
        List<String> actions = all.get(random.nextInt(all.size()));
        int i = random.nextInt(actions.size());
        String status = STATUSES[random.nextInt(STATUSES.length)];
        String yaml = actions.get(i);
        // The action's own status line, not a status of its log (indented further).
        actions.set(i, yaml.contains("\n    status: ") ? yaml.replaceFirst("(?m)^    status: \\w+\n", "    status: " + status + "\n")
                : yaml.replace("    notes: generated\n", "    status: " + status + "\n    notes: generated\n"));
    }

    /** An update dated {@code day}, added to an action with a log, in its place by date; false when none has a log. */
    private static boolean backdate(Random random, Map<String, List<String>> objectives, LocalDate day) {
        for (List<String> actions : objectives.values()) {
            for (int i = 0; i < actions.size(); i++) {
                String yaml = actions.get(i);
                int log = yaml.indexOf("    updates:\n");
                if (log < 0 || random.nextInt(2) == 0) {
                    continue;
                }
                String entry = update(day, STATUSES[random.nextInt(STATUSES.length)]).substring("    updates:\n".length());
                // Oldest first: before the first entry dated after the day.
                int at = log + "    updates:\n".length();
                java.util.regex.Matcher dates = java.util.regex.Pattern.compile("      - date: (\\S+)\n").matcher(yaml);
                int insert = yaml.length();
                while (dates.find(at)) {
                    if (LocalDate.parse(dates.group(1)).isAfter(day)) {
                        insert = dates.start();
                        break;
                    }
                    at = dates.end();
                }
                actions.set(i, yaml.substring(0, insert) + entry + yaml.substring(insert));
                return true;
            }
        }
        return false;
    }

    /** Each action as YAML lines, by objective; new actions and new updates dated between {@code from} and {@code to}. */
    private static void grow(Random random, Map<String, List<String>> objectives, LocalDate from, LocalDate to) {
        int added = 1 + random.nextInt(4);
        for (int i = 0; i < added; i++) {
            String objective = String.valueOf(1 + random.nextInt(3));
            List<String> actions = objectives.computeIfAbsent(objective, k -> new ArrayList<>());
            actions.add(action(random, objective + "." + (actions.size() + 1), from, to));
        }
        // Existing actions gain updates: a status move, or only a note.
        for (List<String> actions : objectives.values()) {
            for (int i = 0; i < actions.size(); i++) {
                if (random.nextInt(3) == 0 && actions.get(i).contains("    updates:\n")) {
                    LocalDate day = between(random, from, to);
                    String status = random.nextBoolean() ? STATUSES[random.nextInt(STATUSES.length)] : null;
                    actions.set(i, withStatusField(actions.get(i) + update(day, status), status));
                }
            }
        }
    }

    private static String action(Random random, String id, LocalDate from, LocalDate to) {
        StringBuilder yaml = new StringBuilder("  - id: \"" + id + "\"\n    title: Action " + id + "\n    action: Do " + id + "\n");
        if (random.nextInt(5) > 0) {
            yaml.append("    lead: ").append(LEADS[random.nextInt(LEADS.length)]).append('\n');
        }
        if (random.nextBoolean()) {
            yaml.append("    timescale: ").append(START.plusDays(random.nextInt(400))).append('\n');
        }
        yaml.append("    duties: [").append(DUTIES[random.nextInt(DUTIES.length)]).append("]\n");
        String handSet = random.nextInt(3) == 0 ? STATUSES[random.nextInt(STATUSES.length)] : null;
        if (handSet != null) {
            yaml.append("    status: ").append(handSet).append('\n');
        }
        yaml.append("    notes: generated\n");
        if (handSet == null && random.nextBoolean()) {
            yaml.append("    updates:\n");
            int updates = 1 + random.nextInt(3);
            LocalDate day = from;
            String last = null;
            for (int u = 0; u < updates; u++) {
                day = between(random, day, to);
                String status = random.nextInt(3) > 0 ? STATUSES[random.nextInt(STATUSES.length)] : null;
                last = status != null ? status : last;
                yaml.append(update(day, status).substring("    updates:\n".length()));
            }
            return last == null ? yaml.toString() : yaml.toString().replace("    notes: generated\n",
                    "    status: " + last + "\n    notes: generated\n");
        }
        return yaml.toString();
    }

    private static String update(LocalDate day, String status) {
        return "    updates:\n      - date: " + day + "\n" + (status == null ? "" : "        status: " + status + "\n")
                + "        note: on " + day + "\n";
    }

    /** An action with a new update: its log keeps one 'updates:' key, and its status field follows a new status. */
    private static String withStatusField(String yaml, String status) {
        int second = yaml.indexOf("    updates:\n", yaml.indexOf("    updates:\n") + 1);
        String merged = yaml.substring(0, second) + yaml.substring(second + "    updates:\n".length());
        if (status == null) {
            return merged;
        }
        return merged.contains("\n    status: ") ? merged.replaceFirst("(?m)^    status: \\w+\n", "    status: " + status + "\n")
                : merged.replace("    notes: generated\n", "    status: " + status + "\n    notes: generated\n");
    }

    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, to));
        return from.plusDays(days == 0 ? 0 : random.nextLong(days + 1));
    }

    private static void write(Path plans, Map<String, List<String>> objectives) throws Exception {
        for (var objective : objectives.entrySet()) {
            Files.writeString(plans.resolve("objective-" + objective.getKey() + ".yaml"), "id: \"" + objective.getKey() + "\"\nname: O"
                    + objective.getKey() + "\naim: Aim\nactions:\n" + String.join("", objective.getValue()));
        }
    }

    static final String PLAN_YAML = """
            title: Generated plan
            period: 2015/16
            statuses:
              - key: red
                label: Behind
                colour: "#d4351c"
              - key: amber
                label: At risk
                colour: "#f47738"
              - key: green
                label: On target
                colour: "#00703c"
              - key: done
                label: Complete
                closed: true
            agencies:
              A: Agency A
              B: Agency B
              C: Agency C
            duties:
              d1: Duty one
              d2: Duty two
              d3: Duty three
            """;
}
