package dev.prevent.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prevent.cli.Cli;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan kept by hand, as many coordinators keep it: {@code status:} edited in the file and committed, with no progress
 * log, and each meeting tagged. The history of every status is what git kept: each tag's own statuses, and today's plan
 * read on any day by the day each value was committed.
 *
 * <p>1.1 is blue (Ongoing) at meeting-1, red (Behind) at meeting-2, green (On target) at meeting-3; 1.2 stays blue.
 */
class HandKeptPlanTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    java.nio.file.Path repo;

    PlanRepository repository;

    @BeforeEach
    void threeHandEditsBetweenThreeTags() throws Exception {
        repository = PlanRepository.of(repo, "valid");
        repository.commit("The plan as agreed", "2015-09-10");
        repository.tag("meeting-1");
        edit("1.1", "blue", "red");
        repository.commit("1.1 is behind", "2015-11-02");
        repository.tag("meeting-2");
        edit("1.1", "red", "green");
        repository.commit("1.1 back on target", "2016-01-20");
        repository.tag("meeting-3");
    }

    /** Changes one action's status line, by hand. */
    private void edit(String id, String from, String to) throws Exception {
        java.nio.file.Path file = repository.plans.resolve("objective.yaml");
        String text = Files.readString(file);
        int at = text.indexOf("id: \"" + id + "\"");
        int status = text.indexOf("status: " + from, at);
        assertThat(status).isPositive();
        Files.writeString(file, text.substring(0, status) + "status: " + to + text.substring(status + ("status: " + from).length()));
    }

    private Map<String, String> list(String... more) throws Exception {
        String[] args = new String[more.length + 5];
        args[0] = "--plan";
        args[1] = repository.plans.toString();
        args[2] = "list";
        args[3] = "--format";
        args[4] = "json";
        System.arraycopy(more, 0, args, 5, more.length);
        Cli.Result result = Cli.run(args);
        assertThat(result.exit()).as(result.all()).isZero();
        Map<String, String> found = new LinkedHashMap<>();
        for (JsonNode action : JSON.readTree(result.out()).get("actions")) {
            found.put(action.get("id").asText(), action.path("status").asText("") + "/" + action.path("trend").asText(""));
        }
        return found;
    }

    @Test
    void eachDayHasTheStatusCommittedByThen() throws Exception {
        assertThat(list("--as-of", "2015-10-01")).containsEntry("1.1", "blue/");
        assertThat(list("--as-of", "2015-12-01")).containsEntry("1.1", "red/");
        assertThat(list("--as-of", "2016-02-01")).containsEntry("1.1", "green/");
        // Before the first commit, the first value known holds: a plan committed late still answers for its year.
        assertThat(list("--as-of", "2015-04-01")).containsEntry("1.1", "blue/").containsEntry("1.2", "blue/");
    }

    @Test
    void listSinceEachTagGivesTheDirectionOfTravelByTheCommittedStatuses() throws Exception {
        assertThat(list("--since", "meeting-1", "--as-of", "2016-02-01")).containsEntry("1.1", "green/better").containsEntry("1.2", "blue/same");
        assertThat(list("--since", "meeting-2", "--as-of", "2016-02-01")).containsEntry("1.1", "green/better");
        assertThat(list("--since", "meeting-1", "--as-of", "2015-12-01")).containsEntry("1.1", "red/worse");
        assertThat(list("--since", "meeting-3", "--as-of", "2016-02-01")).containsEntry("1.1", "green/same");
    }

    @Test
    void theYearTableAndTheChangesGiveTheCommittedStatuses() throws Exception {
        Cli.Result report = Cli.run("--plan", repository.plans.toString(), "report", "--as-of", "2016-02-01", "-o", "-");
        assertThat(report.exit()).as(report.all()).isZero();
        Document html = Jsoup.parse(report.out());
        // Columns: Behind, Ongoing, On target, not assessed, all.
        assertThat(html.select("caption:contains(at each meeting) ~ tbody tr").eachText()).containsExactly(
                "meeting-1 (10 September 2015) 0 2 0 0 2",
                "meeting-2 (2 November 2015) 1 1 0 0 2",
                "meeting-3 (20 January 2016) 0 1 1 0 2");

        Cli.Result changes = Cli.run("--plan", repository.plans.toString(), "changes", "--since", "meeting-2", "--as-of", "2016-02-01");
        assertThat(changes.exit()).as(changes.all()).isZero();
        assertThat(changes.out()).contains("1.1").contains("Behind").contains("On target");
    }

    @Test
    void anUncommittedEditCountsFromToday() throws Exception {
        edit("1.2", "blue", "red");
        // Today's plan: 1.2 red now, blue on every day before today.
        assertThat(list()).containsEntry("1.2", "red/");
        assertThat(list("--as-of", "2016-02-01")).containsEntry("1.2", "blue/");
    }

    @Test
    void aMeetingTaggedBeforeItsDayIsTheMeetingOfTheDayItsNameGives() throws Exception {
        edit("1.2", "blue", "red");
        repository.commit("1.2 behind", "2016-03-10");
        repository.tag("meeting-2016-03-17");

        // On 12 March the last meeting is meeting-3 (1.2 was blue then: worse); from 18 March it is the one of 17 March,
        // whatever day it was tagged (1.2 was red then: the same).
        assertThat(list("--trend", "--as-of", "2016-03-12")).containsEntry("1.2", "red/worse");
        assertThat(list("--trend", "--as-of", "2016-03-20")).containsEntry("1.2", "red/same");
        Cli.Result changes = Cli.run("--plan", repository.plans.toString(), "changes", "--since", "meeting-2016-03-17", "--as-of", "2016-03-20");
        assertThat(changes.out()).contains("Compared with meeting-2016-03-17 (17 March 2016, the day in its name).");
    }
}
