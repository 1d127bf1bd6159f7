package dev.prevent.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prevent.cli.Cli;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code changes} and {@code report --since} on a real git repository made with JGit: a plan committed and
 * tagged at a meeting, then edited in the working tree the ways a plan is edited between meetings.
 */
class ChangesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path repo;

    Path plans;
    Git git;
    PlanRepository repository;

    @BeforeEach
    void aPlanCommittedAndTaggedAtTheLastMeeting() throws Exception {
        repository = PlanRepository.of(repo, "report");
        plans = repository.plans;
        git = repository.git;
        repository.commit("The plan as agreed");
        repository.tag("meeting-2015-09");
    }

    @Test
    void reportsWhatMovedInTheSpecsJson() throws Exception {
        repository.edit("objective-1.yaml", "    status: off\n    notes:", "    status: at-risk\n    notes:");
        repository.edit("objective-1.yaml", "        note: Still waiting for replies\n",
                "        note: Still waiting for replies\n      - date: 2016-02-01\n        status: at-risk\n        note: Replies came\n");
        repository.edit("objective-1.yaml", "    lead: NHS\n    timescale: ongoing", "    lead: [NHS, COLC]\n    timescale: Q4 2015/16");
        // 2.1 moves from objective 2's file to objective 1's; 2.3 is removed; 2.4 is new.
        String two = Files.readString(plans.resolve("objective-2.yaml"));
        String moved = two.substring(two.indexOf("  - id: 2.1"), two.indexOf("  - id: 2.2"));
        Files.writeString(plans.resolve("objective-2.yaml"), two.replace(moved, "")
                .replace(two.substring(two.indexOf("  - id: 2.3")), "  - id: 2.4\n    title: New work\n    action: Something new\n    lead: COLC\n    timescale: 2016/17\n    status: on\n"));
        Files.writeString(plans.resolve("objective-1.yaml"), Files.readString(plans.resolve("objective-1.yaml")) + moved);

        Cli.Result result = Cli.run("--plan", plans.toString(), "changes", "--since", "meeting-2015-09", "--format", "json");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(JSON.readTree(result.out())).isEqualTo(JSON.readTree("""
                {"since": "meeting-2015-09",
                 "added": ["2.4"],
                 "removed": ["2.3"],
                 "changed": [
                   {"id": "1.1", "field": "status", "from": "off", "to": "at-risk"},
                   {"id": "1.1", "field": "updates", "from": null, "to": 1},
                   {"id": "1.2", "field": "timescale", "from": "ongoing", "to": "Q4 2015/16"},
                   {"id": "1.2", "field": "lead", "from": ["NHS"], "to": ["NHS", "COLC"]},
                   {"id": "2.1", "field": "objective", "from": "2", "to": "1"}
                 ]}"""));
        assertThat(result.err()).isEmpty();

        Cli.Result table = Cli.run("--plan", plans.toString(), "changes", "--since", "meeting-2015-09");
        assertThat(table.out()).contains("1.1  Community groups", "status, better", "Off track (off)", "At risk (at-risk)",
                "new update", "1 February 2016, At risk (at-risk): Replies came",
                "Q4 2015/16 (due 31 March 2016)", "moved", "objective 2", "objective 1", "removed", "added")
                .endsWith("1 added, 1 removed, 3 changed since meeting-2015-09\n");
    }

    @Test
    void csvHasTheJsonsFieldsOneRowPerChange() throws Exception {
        repository.edit("objective-1.yaml", "    status: off\n    notes:", "    status: at-risk\n    notes:");
        repository.edit("objective-1.yaml", "    lead: NHS\n    timescale: ongoing", "    lead: [NHS, COLC]\n    timescale: Q4 2015/16");
        String two = Files.readString(plans.resolve("objective-2.yaml"));
        Files.writeString(plans.resolve("objective-2.yaml"), two.replace(two.substring(two.indexOf("  - id: 2.3")),
                "  - id: 2.4\n    title: New work\n    action: Something new\n    lead: COLC\n    timescale: 2016/17\n    status: on\n"));

        Cli.Result result = Cli.run("--plan", plans.toString(), "changes", "--since", "meeting-2015-09", "--format", "csv");

        assertThat(result.exit()).as(result.all()).isZero();
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(result.out()))) {
            assertThat(csv.getHeaderNames()).containsExactly("id", "change", "field", "from", "to");
            assertThat(csv.getRecords().stream().map(r -> String.join("|", r.values())).toList()).containsExactly(
                    "2.4|added|||",
                    "1.1|changed|status|off|at-risk",
                    "1.2|changed|timescale|ongoing|Q4 2015/16",
                    "1.2|changed|lead|NHS|NHS;COLC",
                    "2.3|removed|||");
        }
    }

    @Test
    void anActionMovedToAnotherFileOfTheSameObjectiveIsNoChange() throws Exception {
        String two = Files.readString(plans.resolve("objective-2.yaml"));
        String moved = two.substring(two.indexOf("  - id: 2.3"));
        Files.writeString(plans.resolve("objective-2.yaml"), two.replace(moved, ""));
        Files.writeString(plans.resolve("objective-2b.yaml"), "id: 2b\nname: More\naim: More\nactions:\n" + moved);

        Cli.Result result = Cli.run("--plan", plans.toString(), "changes", "--since", "meeting-2015-09", "--format", "json");

        assertThat(JSON.readTree(result.out()).get("changed")).hasSize(1);
        assertThat(JSON.readTree(result.out()).at("/changed/0/field").asText()).isEqualTo("objective");
        assertThat(JSON.readTree(result.out()).get("added")).isEmpty();
    }

    @Test
    void aLeadWrittenInAnotherCaseIsNoChange() throws Exception {
        repository.edit("objective-1.yaml", "    lead: NHS\n", "    lead: nhs\n");

        Cli.Result result = Cli.run("--plan", plans.toString(), "changes", "--since", "meeting-2015-09");

        assertThat(result.out()).isEqualTo("nothing changed since meeting-2015-09\n");
    }

    @Test
    void nothingChangedSinceHead() throws Exception {
        Cli.Result result = Cli.run("--plan", plans.toString(), "changes", "--since", "HEAD");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("nothing changed since HEAD\n");
    }

    @Test
    void stagedAndCommittedChangesAreSeenFromTheRightRevision() throws Exception {
        repository.edit("objective-2.yaml", "    status: at-risk", "    status: off");
        git.add().addFilepattern(".").call();

        assertThat(Cli.run("--plan", plans.toString(), "changes", "--since", "HEAD", "--format", "json").out())
                .contains("\"from\" : \"at-risk\"");
        repository.commit("2.1 is off track");
        assertThat(Cli.run("--plan", plans.toString(), "changes", "--since", "HEAD").out()).startsWith("nothing changed");
        assertThat(Cli.run("--plan", plans.toString(), "changes", "--since", "HEAD~1").out()).contains("status, worse");
    }

    @Test
    void anUnknownRevisionNamesTheClosestTag() {
        Cli.Result result = Cli.run("--plan", plans.toString(), "changes", "--since", "meeting-2015-9");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("prevent: unknown revision 'meeting-2015-9' (did you mean 'meeting-2015-09'?); "
                + "the tags are meeting-2015-09; the branches are main\n");
    }

    @Test
    void aFolderOutsideGitIsAUsageError(@TempDir Path elsewhere) throws IOException {
        Path copy = Fixtures.copy(plans, elsewhere.resolve("plans"));

        Cli.Result result = Cli.run("--plan", copy.toString(), "changes", "--since", "HEAD");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("is not inside a git work tree").doesNotContain("\tat ");
    }

    @Test
    void whenThePlanFolderDidNotExistEveryActionIsAddedAndTheOutputSaysWhy() throws Exception {
        Files.writeString(repo.resolve("README.md"), "notes\n");
        git.rm().addFilepattern("plans").setCached(true).call();
        git.add().addFilepattern("README.md").call();
        PersonIdent who = new PersonIdent("Prevent Coordinator", "coordinator@example.org");
        git.commit().setMessage("Before the plan").setAuthor(who).setCommitter(who).setSign(false).call();
        repository.tag("before-plan");

        Cli.Result json = Cli.run("--plan", plans.toString(), "changes", "--since", "before-plan", "--format", "json");
        Cli.Result table = Cli.run("--plan", plans.toString(), "changes", "--since", "before-plan");

        assertThat(JSON.readTree(json.out()).get("added")).extracting(n -> n.asText()).containsExactly("1.1", "1.2", "2.1", "2.2", "2.3");
        assertThat(json.err()).contains("The plan folder did not exist at before-plan, so every action counts as added.");
        assertThat(table.out()).contains("The plan folder did not exist at before-plan, so every action counts as added.\n"
                + "5 added, 0 removed, 0 changed since before-plan");
    }

    @Test
    void anOldVersionWithErrorsIsComparedAsFarAsItParses() throws Exception {
        repository.edit("objective-2.yaml", "    status: at-risk", "    status: amber");
        repository.commit("A mistake");
        repository.tag("broken");
        repository.edit("objective-2.yaml", "    status: amber", "    status: off");

        Cli.Result result = Cli.run("--plan", plans.toString(), "changes", "--since", "broken");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("The plan at broken has 1 error, so changes are shown as far as it could be read "
                + "(first: " + plans.resolve("objective-2.yaml") + ":12:13: status 'amber' of action 2.1 is not on the plan's scale")
                .contains("2.1  Training  status  amber  Off track (off)");
    }

    @Test
    void theReportHasAChangesSection() throws Exception {
        repository.edit("objective-2.yaml", "    status: at-risk", "    status: on");

        Cli.Result md = Cli.run("--plan", plans.toString(), "report", "--since", "meeting-2015-09", "--format", "markdown",
                "--as-of", "2016-04-01");

        assertThat(md.out()).contains("## Changes since meeting-2015-09\n\n| Action | Change | Was | Now |\n| --- | --- | --- | --- |\n"
                + "| 2.1 Training | status, better | At risk (at-risk) | On track (on) |\n");
        Path html = repo.resolve("report.html");
        assertThat(Cli.run("--plan", plans.toString(), "report", "--since", "meeting-2015-09", "-o", html.toString()).exit()).isZero();
        assertThat(Files.readString(html)).contains("<h2 id=\"changes\">Changes since meeting-2015-09</h2>");
    }

    @Test
    void aRevisionOnADayIsTheLastCommitOnOrBeforeIt() throws Exception {
        Cli.Result result = Cli.run("--plan", plans.toString(), "changes", "--since", "main@{1999-01-01}");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("prevent: no commit on main was made on or before 1999-01-01\n");
        assertThat(Cli.run("--plan", plans.toString(), "changes", "--since", "main@{2999-01-01}").out())
                .isEqualTo("nothing changed since main@{2999-01-01}\n");
    }

    @Test
    void aDayTypedAsPeopleWriteItIsTheLastCommitOnOrBeforeIt() throws Exception {
        repository.edit("objective-2.yaml", "    status: at-risk", "    status: on");

        Cli.Result uk = Cli.run("--plan", plans.toString(), "changes", "--since", "01/01/2999");
        Cli.Result before = Cli.run("--plan", plans.toString(), "changes", "--since", "1 January 1999");

        assertThat(uk.exit()).as(uk.all()).isZero();
        assertThat(uk.err()).isEqualTo("prevent: read 01/01/2999 as 1 January 2999\n");
        assertThat(uk.out()).contains("2.1", "0 added, 0 removed, 1 changed since HEAD@{2999-01-01}");
        assertThat(before.exit()).isEqualTo(2);
        assertThat(before.err()).contains("on or before 1999-01-01").doesNotContain("unknown revision");
    }
}
