package dev.prevent.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import dev.prevent.query.Overdue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rollover finishes the job: every timescale of the old year moves into the new one, whatever its form, except one
 * already overdue, which is listed; no action is overdue on the new year's first day that was not on the old year's
 * last; in git the plan folder is changed in place as one commit with the old year tagged.
 */
class RolloverYearTest {

    private static final LocalDate OCTOBER = LocalDate.of(2015, 10, 1);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "1.1  | 2016-01-15  | 2017-01-15",
            "1.2  | 2016-03-31  | 2017-03-31",
            "1.3  | 2015-12     | 2016-12",
            "1.4  | 2016-03     | 2017-03",
            "1.5  | Q3 2015/16  | Q3 2016/17",
            "1.6  | Q4 2015/16  | Q4 2016/17",
            "1.7  | 2015/16     | 2016/17",
            "1.8  | 2015-2016   | 2016-2017",
            "1.9  | 2015-09-01  | 2015-09-01",
            "1.10 | Q1 2015/16  | Q1 2015/16",
            "1.11 | 2015-08     | 2015-08",
            "1.12 | Termly      | Termly",
            "1.13 | ongoing     | ongoing",
            "1.14 | 2016/17     | 2016/17",
            "1.15 | 2015-02-28  | 2015-02-28",
    })
    void eachFormOfTimescaleMovesIntoTheNewYearUnlessOverdueAlready(String id, String was, String now) {
        Rollover.Result result = Rollover.to(Fixtures.plan("rollover"), "2016/17", dir.resolve("next"), OCTOBER);
        result.change().apply(false, false);

        Action action = actions(Validation.of(dir.resolve("next"), OCTOBER).validPlan()).get(id);
        assertThat(action.timescale().written()).isEqualTo(now);
        if (was.equals(now)) {
            assertThat(result.moved()).noneMatch(m -> m.startsWith(id + " "));
        } else {
            assertThat(result.moved()).contains(id + " " + was + " → " + now);
        }
    }

    @Test
    void theOnesOverdueAlreadyAreListedNotMoved() {
        Rollover.Result result = Rollover.to(Fixtures.plan("rollover"), "2016/17", dir.resolve("next"), OCTOBER);

        assertThat(result.overdue()).containsExactly("1.9 (2015-09-01)", "1.10 (Q1 2015/16)", "1.11 (2015-08)", "1.15 (2015-02-28)");
    }

    @ParameterizedTest(name = "rolled over on {0}")
    @ValueSource(strings = {"2015-10-01", "2016-01-16", "2016-03-31", "2016-04-10"})
    void noActionIsOverdueOnTheNewYearsFirstDayThatWasNotOnTheOldYearsLast(String day) {
        LocalDate today = LocalDate.parse(day);
        Plan old = Validation.of(Fixtures.plan("rollover"), today).validPlan();
        Rollover.to(Fixtures.plan("rollover"), "2016/17", dir.resolve("next"), today).change().apply(false, false);
        Plan next = Validation.of(dir.resolve("next"), today).validPlan();
        Map<String, Action> before = actions(old);

        List<String> newlyOverdue = next.actions().filter(a -> Overdue.on(LocalDate.of(2016, 4, 1), a, next)
                && !Overdue.on(LocalDate.of(2016, 3, 31), before.get(a.id()), old)).map(Action::id).toList();

        assertThat(next.actions().count()).isEqualTo(15);
        assertThat(newlyOverdue).isEmpty();
    }

    @Test
    void inGitThePlanFolderIsChangedInPlaceAsOneCommitWithTheOldYearTagged() throws Exception {
        Path plans = Fixtures.copy(Fixtures.plan("rollover"), dir.resolve("plans"));
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Prevent Coordinator", "coordinator@example.org");
        RevCommit agreed = git.commit().setMessage("The plan as agreed").setAuthor(who).setCommitter(who).setSign(false).call();

        Cli.Result result = Cli.run("--plan", plans.toString(), "rollover", "2016/17");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(Validation.of(plans, OCTOBER).validPlan().period()).isEqualTo("2016/17");
        assertThat(dir.resolve("plans-2016-17")).doesNotExist();
        List<RevCommit> log = java.util.stream.StreamSupport.stream(git.log().call().spliterator(), false).toList();
        assertThat(log).hasSize(2);
        assertThat(log.get(0).getFullMessage()).isEqualTo("Plan for 2016/17, rolled over from 2015/16");
        assertThat(git.getRepository().exactRef("refs/tags/plan-2015-16").getObjectId()).isEqualTo(agreed.getId());
        assertThat(git.status().call().isClean()).isTrue();
        assertThat(result.out()).contains("the old year is kept in git: see it with git show plan-2015-16:plans/plan.yaml");

        git.tag().setName("plan-2016-17").call();
        Cli.Result again = Cli.run("--plan", plans.toString(), "rollover", "2017/18");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("the tag plan-2016-17 is there already", "nothing was written");
        assertThat(Validation.of(plans, OCTOBER).validPlan().period()).isEqualTo("2016/17");
    }

    @Test
    void evidenceNamingAnActionLeftBehindIsLastYearsAndTheRolloverIsNotRefused() throws Exception {
        // The shipped plan with a closed status, and 2.4 (evidence for two assessments) closed.
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path planYaml = plans.resolve("plan.yaml");
        Files.writeString(planYaml, Files.readString(planYaml).replace("""
                    colour: "#00703c"
                """, """
                    colour: "#00703c"
                  - key: done
                    label: Complete
                    closed: true
                """));
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Prevent Coordinator", "coordinator@example.org");
        git.commit().setMessage("The plan as agreed").setAuthor(who).setCommitter(who).setSign(false).call();
        assertThat(Cli.run("--plan", plans.toString(), "update", "2.4", "--status", "done", "--commit").exit()).isZero();

        Cli.Result result = Cli.run("--plan", plans.toString(), "rollover", "2016/17");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("left 1 closed: 2.4", "assurance.yaml: toolkit referral-pathway: 2.4 left behind as evidence",
                "assurance.yaml: toolkit channel-panel: 2.4 left behind as evidence");
        String assurance = Files.readString(plans.resolve("assurance.yaml"));
        assertThat(assurance).contains("actions: [\"2.1\", \"1.5\"]").doesNotContain("\"2.4\"")
                .contains("Evidence from 2015/16: action 2.4, closed and left behind at the rollover (see it with git show plan-2015-16).");
        Validation after = Validation.of(plans, OCTOBER);
        assertThat(after.errors()).as(after.diagnostics().toString()).isZero();
        assertThat(git.status().call().isClean()).isTrue();
    }

    @Test
    void intoAFolderCopiesTheSchemaAndSaysHowToMakeItTheOneFound() throws Exception {
        Path plans = Fixtures.copy(Fixtures.plan("rollover"), dir.resolve("plans"));
        Files.createDirectories(plans.resolve("schema"));
        Files.writeString(plans.resolve("schema/objective.schema.json"), "{\"title\": \"objective\"}\n");
        Path next = dir.resolve("plans-2016-17");

        Cli.Result result = Cli.run("--plan", plans.toString(), "rollover", "2016/17", "--into", next.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(next.resolve("schema/objective.schema.json")).hasContent("{\"title\": \"objective\"}");
        assertThat(Files.readString(next.resolve("objective-1.yaml"))).startsWith("# yaml-language-server: $schema=schema/objective.schema.json");
        assertThat(result.out()).contains("to work on the new year, give --plan " + next + ", set PREVENT_PLAN to it, or rename the folders");
        assertThat(Validation.of(plans, OCTOBER).validPlan().period()).isEqualTo("2015/16");
    }

    private static Map<String, Action> actions(Plan plan) {
        return plan.actions().collect(Collectors.toMap(Action::id, Function.identity()));
    }
}
