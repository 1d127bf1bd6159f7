package dev.prevent.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting pack on a plan with every status and a year of three tagged meetings, made here with JGit: each
 * action's direction of travel, the counts then and now, the year's trend by meeting, and the marking.
 *
 * <p>At meeting-2015-09 the plan is the report fixture (1.1 off, 1.2 on, 2.1 at risk, 2.2 done, 2.3 not assessed);
 * by meeting-2015-12 1.1 is at risk and 2.1 off; by meeting-2016-03 1.1 is on track and 2.4 is new, on track. Each
 * change is recorded as a coordinator records it, with a dated {@code prevent update}, and every count of a meeting
 * is the plan's status on its day by that log.
 */
class MeetingPackTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path repo;

    Path plans;
    Git git;
    PlanRepository repository;

    @BeforeEach
    void aYearOfThreeMeetings() throws Exception {
        repository = PlanRepository.of(repo, "report");
        plans = repository.plans;
        git = repository.git;
        repository.commit("The plan as agreed", "2015-09-20");
        repository.tag("meeting-2015-09");
        update("1.1", "at-risk", "2015-12-01");
        update("2.1", "off", "2015-12-01");
        repository.commit("December", "2015-12-15");
        repository.tag("meeting-2015-12");
        update("1.1", "on", "2016-03-01");
        Files.writeString(plans.resolve("objective-2.yaml"), Files.readString(plans.resolve("objective-2.yaml"))
                + "  - id: 2.4\n    title: New work\n    action: Something new\n    lead: COLC\n    timescale: 2016/17\n    status: on\n"
                + "    updates:\n      - date: 2016-03-01\n        status: on\n");
        repository.commit("March", "2016-03-20");
        repository.tag("meeting-2016-03");
        repository.tag("not-a-meeting");
    }

    private void update(String id, String status, String day) {
        Cli.Result result = Cli.run("--plan", plans.toString(), "update", id, "--status", status, "--date", day);
        assertThat(result.exit()).as(result.all()).isZero();
    }

    @Test
    void listGivesEachActionsTrendSinceTheLastMeetingByTheScalesOrder() throws Exception {
        Cli.Result result = Cli.run("--plan", plans.toString(), "list", "--since", "meeting-2015-09", "--format", "json",
                "--as-of", "2016-04-01");

        assertThat(result.exit()).as(result.all()).isZero();
        Map<String, String> trends = new LinkedHashMap<>();
        for (JsonNode action : JSON.readTree(result.out()).get("actions")) {
            trends.put(action.get("id").asText(), action.get("trend").asText());
        }
        // off → on is better, at risk → off worse, a closed status stays best, 2.4 was not in the plan.
        assertThat(trends).containsExactly(Map.entry("1.1", "better"), Map.entry("1.2", "same"), Map.entry("2.1", "worse"),
                Map.entry("2.2", "same"), Map.entry("2.3", "same"), Map.entry("2.4", "new"));
        Cli.Result without = Cli.run("--plan", plans.toString(), "list", "--format", "json");
        assertThat(JSON.readTree(without.out()).get("actions").get(0).has("trend")).isFalse();
    }

    @Test
    void theReportShowsTrendsTheCountsThenAndNowTheYearAndTheMarking() throws Exception {
        Cli.Result result = Cli.run("--plan", plans.toString(), "report", "--since", "meeting-2015-12", "--meetings",
                "meeting-*", "--as-of", "2016-04-01", "-o", "-");

        assertThat(result.exit()).as(result.all()).isZero();
        Document html = Jsoup.parse(result.out());
        // Now and at the last meeting: the status column and the column of meeting-2015-12 each add up to All, and the
        // change between them is signed (a minus sign, not a hyphen; a dash for none).
        assertThat(html.select("table.compact tbody tr").eachText()).containsExactly(
                "▲ Off track Off track – behind 1 1 –", "◆ At risk 0 1 −1", "● On track 3 1 +2", "✓ Done 1 1 –",
                "○ Not assessed 1 2 −1", "All actions 6 6");
        assertThat(html.select("table.compact thead th").eachText()).containsExactly("Status", "Actions", "At meeting-2015-12", "Change");
        // The attention list says which way each action went.
        assertThat(html.select("#attention ~ table tbody tr").eachText()).anySatisfy(row ->
                assertThat(row).startsWith("2.1 Training").contains("→ same (was Off track)"));
        assertThat(html.select("#action-1 .trend").text()).isEqualTo("↑ better");
        // The year: three meetings (not the tag that is not one), oldest first, each counted by the log on its day as a
        // paper of that day counts it: 2.4, written in March, is not assessed before then.
        assertThat(html.select("caption:contains(at each meeting) ~ tbody tr").eachText()).containsExactly(
                "meeting-2015-09 (20 September 2015) 1 1 1 1 2 6",
                "meeting-2015-12 (15 December 2015) 1 1 1 1 2 6",
                "meeting-2016-03 (20 March 2016) 1 0 3 1 1 6");
        assertThat(html.select("svg[aria-labelledby=year-title] rect")).hasSizeGreaterThan(10);
        // The marking, top and bottom.
        assertThat(html.select("p.marking").eachText()).containsExactly("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE");
        assertThat(html.select("p.marking").first().parent().tagName()).isEqualTo("header");
        assertThat(html.select("p.marking").last().parent().tagName()).isEqualTo("footer");
    }

    @Test
    void theMarkingIsFirstAndLastInMarkdownAndInEveryPagesHeaderAndFooterInWord() throws Exception {
        Cli.Result markdown = Cli.run("--plan", plans.toString(), "report", "--format", "markdown", "--marking", "OFFICIAL");
        Cli.Result word = Cli.run("--plan", plans.toString(), "report", "--format", "docx", "-o", "-");

        List<String> lines = markdown.out().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.get(0)).isEqualTo("**OFFICIAL**");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("**OFFICIAL**");
        try (var paper = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(word.bytes()))) {
            assertThat(paper.getHeaderList().get(0).getText()).startsWith("OFFICIAL-SENSITIVE\n");
            assertThat(paper.getFooterList().get(0).getText()).endsWith("OFFICIAL-SENSITIVE\n");
        }
    }

    @Test
    void meetingsThatMatchNoTagOrAFolderWithoutGitAreSaidPlainly(@TempDir Path elsewhere) {
        Cli.Result none = Cli.run("--plan", plans.toString(), "report", "--meetings", "board-*", "-o", "-");
        Path copy = Fixtures.copy(Fixtures.plan("report"), elsewhere.resolve("plans"));
        Cli.Result noGit = Cli.run("--plan", copy.toString(), "report", "--meetings", "meeting-*", "-o", "-");
        Cli.Result badGlob = Cli.run("--plan", plans.toString(), "report", "--meetings", "meeting-[", "-o", "-");

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no git tag matches --meetings 'board-*'; tag each meeting's plan (git tag meeting-2015-09)");
        assertThat(noGit.exit()).isEqualTo(2);
        assertThat(noGit.err()).contains("is not inside a git work tree, so it has no tagged meetings");
        assertThat(badGlob.exit()).isEqualTo(2);
        assertThat(badGlob.err()).contains("--meetings 'meeting-[' is not a pattern of tag names");
    }

    @Test
    void eachActionShowsItsUpdatesSinceTheMeetingNewestFirst() throws Exception {
        Cli.Result september = Cli.run("--plan", plans.toString(), "report", "--since", "meeting-2015-09", "--as-of", "2016-04-01", "-o", "-");
        Cli.Result december = Cli.run("--plan", plans.toString(), "report", "--since", "meeting-2015-12", "--as-of", "2016-04-01", "-o", "-");

        assertThat(september.exit()).as(september.all()).isZero();
        assertThat(Jsoup.parse(september.out()).select("#action-1 .update strong").eachText())
                .containsExactly("1 March 2016: ● On track", "10 January 2016: ▲ Off track", "1 December 2015: ◆ At risk");
        assertThat(Jsoup.parse(december.out()).select("#action-1 .update strong").eachText())
                .containsExactly("1 March 2016: ● On track", "10 January 2016: ▲ Off track");
    }

    @Test
    void oneMeetingIsNoYearAndThePaperSaysHowToHaveOne() throws Exception {
        Cli.Result result = Cli.run("--plan", plans.toString(), "report", "--format", "markdown", "--as-of", "2015-12-01");

        // Only meeting-2015-09 is on or before 1 December 2015; the days of the progress log are not meetings. The advice
        // is the coordinator's, on standard error; the board's paper does not carry it.
        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).doesNotContain("The year, by meeting").doesNotContain("The year's trend needs two meetings or more");
        assertThat(result.err()).contains("The year's trend needs two meetings or more");
    }

    @Test
    void withoutSinceTheReportListAndChangesCompareWithTheLastMeetingAndSayWhich() throws Exception {
        Cli.Result report = Cli.run("--plan", plans.toString(), "report", "--as-of", "2016-04-01", "-o", "-");
        Cli.Result list = Cli.run("--plan", plans.toString(), "list", "--trend", "--format", "json", "--as-of", "2016-04-01");
        Cli.Result changes = Cli.run("--plan", plans.toString(), "changes", "--format", "json", "--as-of", "2016-04-01");
        Cli.Result since = Cli.run("--plan", plans.toString(), "list", "--since", "meeting-2016-03", "--format", "json",
                "--as-of", "2016-04-01");

        assertThat(report.exit()).as(report.all()).isZero();
        Document html = Jsoup.parse(report.out());
        assertThat(html.select("table.compact thead th").eachText()).containsExactly("Status", "Actions", "At meeting-2016-03", "Change");
        assertThat(html.select("h2").eachText()).anySatisfy(h -> assertThat(h).contains("meeting-2016-03"));
        assertThat(list.exit()).as(list.all()).isZero();
        assertThat(list.out()).isEqualTo(since.out());
        assertThat(changes.exit()).as(changes.all()).isZero();
        assertThat(JSON.readTree(changes.out()).get("since").asText()).isEqualTo("meeting-2016-03");
    }

    @Test
    void withNoMeetingListTrendAndChangesSayHowToTagOne(@TempDir Path elsewhere) {
        Path copy = Fixtures.copy(Fixtures.plan("report"), elsewhere.resolve("plans"));

        Cli.Result list = Cli.run("--plan", copy.toString(), "list", "--trend");
        Cli.Result changes = Cli.run("--plan", copy.toString(), "changes");

        assertThat(list.exit()).isEqualTo(2);
        assertThat(list.err()).contains("--trend compares with the last meeting", "git tag meeting-", "'meetings:' in plan.yaml");
        assertThat(changes.exit()).isEqualTo(2);
        assertThat(changes.err()).contains("no meeting before", "git tag meeting-", "'meetings:' in plan.yaml");
    }

    @Test
    void meetingsPlanYamlListsAreTheYearWhereNoTagMatches(@TempDir Path elsewhere) throws Exception {
        Path copy = Fixtures.copy(Fixtures.plan("report"), elsewhere.resolve("plans"));
        Files.writeString(copy.resolve("plan.yaml"), Files.readString(copy.resolve("plan.yaml"))
                + "meetings: [2015-09-20, 2016-01-20, 2016-06-01]\n");

        Cli.Result result = Cli.run("--plan", copy.toString(), "report", "--format", "markdown", "--as-of", "2016-04-01");

        assertThat(result.exit()).as(result.all()).isZero();
        // The meeting after the as-of day is not yet in the year; the last before it is compared with.
        assertThat(result.out()).contains("The year, by meeting (the meetings plan.yaml lists):", "| 20 September 2015 |",
                "| 20 January 2016 |", "At 2016-01-20").doesNotContain("2016-06-01");
    }
}
