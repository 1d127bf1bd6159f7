package dev.prevent.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.report.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prevent update} and {@code prevent add} on files written every way a plan is written (comments, flow and
 * block lists, quoted and plain values, lists indented or not, CRLF and a byte-order mark): the edited files
 * are golden files, reviewed by eye; the diff touches only the lines it must; the plan still validates; and
 * every refusal writes nothing.
 */
class UpdateTest {

    static final LocalDate TODAY = LocalDate.of(2016, 2, 1);

    @TempDir
    Path dir;

    Path plans;

    @BeforeEach
    void aCopyOfThePlan() {
        plans = Fixtures.copy(Fixtures.plan("edit-styles"), dir.resolve("plans"));
    }

    private Cli.Result run(String... args) {
        return Cli.on(plans, args);
    }

    private String text(String file) throws Exception {
        return new String(Files.readAllBytes(plans.resolve(file)), StandardCharsets.UTF_8);
    }

    private static long changedLines(String before, String after, char sign) {
        return UnifiedDiff.of("file", before.getBytes(StandardCharsets.UTF_8), after.getBytes(StandardCharsets.UTF_8)).lines()
                .filter(line -> !line.startsWith("+++") && !line.startsWith("---") && !line.isEmpty() && line.charAt(0) == sign)
                .count();
    }

    @Test
    void aStatusAndANoteAmongComments() throws Exception {
        String before = text("objective-1-comments.yaml");

        Cli.Result result = run("update", "1.1", "--status", "On target", "--note", "Booked: all *three* venues", "--date", "2016-02-01");

        assertThat(result.exit()).as(result.err()).isZero();
        String after = text("objective-1-comments.yaml");
        Golden.check("edit/objective-1-comments.yaml", after);
        assertThat(changedLines(before, after, '-')).as("only the status line is replaced").isEqualTo(1);
        assertThat(changedLines(before, after, '+')).isEqualTo(4);
        assertThat(result.out()).contains("-    status: amber  # assessed at the last meeting", "+    status: green  # assessed at the last meeting",
                "+        note: 'Booked: all *three* venues'", "wrote ");
        assertThat(Validation.of(plans, TODAY).errors()).isZero();
    }

    @Test
    void anActionWithNoStatusOrLogGetsBothAtItsEndBeforeTheBlankLine() throws Exception {
        String before = text("objective-1-comments.yaml");

        assertThat(run("update", "1.2", "--status", "green", "--date", "2016-01-15").exit()).isZero();

        String after = text("objective-1-comments.yaml");
        assertThat(changedLines(before, after, '-')).isZero();
        assertThat(after).contains("""
                    notes: |
                      Notes end the action
                    status: green
                    updates:
                      - date: 2016-01-15
                        status: green

                  # A closing comment of the file.
                """);
    }

    @Test
    void flowListsQuotesAndListsThatAreNotIndented() throws Exception {
        String before = text("objective-2-flow.yaml");

        Cli.Result result = run("update", "2.1", "--status", "amber", "--note", "line one\nline two", "--lead", "colc",
                "--lead", "COLP", "--timescale", "Q3 2015/16", "--date", "2016-02-01");
        Cli.Result second = run("update", "2.2", "--note", "#1 priority: keep the panel", "--date", "2016-02-01");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(second.exit()).as(second.err()).isZero();
        String after = text("objective-2-flow.yaml");
        Golden.check("edit/objective-2-flow.yaml", after);
        assertThat(after).contains("  status: \"amber\"\n", "  lead: [COLC, COLP]\n", "  timescale: 'Q3 2015/16'\n",
                // 2.1's red was set without a date: it is kept, from the plan's first day, so earlier days still count it.
                "  updates:\n  - date: 2015-04-01\n    status: red\n    note: Status before the log began, set without a date; "
                        + "kept for the days before\n  - date: 2016-02-01\n    status: amber\n    note: |-\n      line one\n      line two\n",
                "  updates:\n  - date: 2016-02-01\n    note: '#1 priority: keep the panel'\n");
        assertThat(changedLines(before, after, '-')).as("status, lead, timescale, and the empty list []").isEqualTo(4);
        assertThat(Validation.of(plans, TODAY).errors()).isZero();
    }

    @Test
    void crlfAndAByteOrderMarkStay() throws Exception {
        Cli.Result result = run("update", "3.1", "--status", "red", "--note", "Late: the head left", "--date", "2016-02-01");
        Cli.Result added = run("add", "--objective", "3", "--title", "Colleges", "--lead", "NHS", "--timescale", "2016/17");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(added.exit()).as(added.err()).isZero();
        byte[] bytes = Files.readAllBytes(plans.resolve("objective-3-crlf.yaml"));
        String after = new String(bytes, StandardCharsets.UTF_8);
        Golden.check("edit/objective-3-crlf.yaml", after);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(after.replace("\r\n", "")).doesNotContain("\n");
        assertThat(after).contains("    status: red\r\n", "  - id: \"3.2\"\r\n    title: Colleges\r\n    action: Colleges\r\n"
                + "    lead: [NHS]\r\n    timescale: 2016/17\r\n");
        assertThat(Validation.of(plans, TODAY).errors()).isZero();
    }

    @Test
    void anUpdateDatedBeforeTheNewestGoesInDateOrderAndLeavesTheStatusNow() throws Exception {
        assertThat(run("update", "1.1", "--status", "red", "--note", "Looking back", "--date", "2015-10-01").exit()).isZero();

        String after = text("objective-1-comments.yaml");
        assertThat(after).contains("status: amber  # assessed at the last meeting");
        assertThat(after.indexOf("2015-09-14")).isLessThan(after.indexOf("2015-10-01"));
        assertThat(after.indexOf("2015-10-01")).isLessThan(after.indexOf("2015-12-01"));
        assertThat(Validation.of(plans, TODAY).diagnostics()).noneMatch(d -> d.rule().id().equals("update-order"));
    }

    @Test
    void dryRunPrintsTheDiffAndWritesNothing() throws Exception {
        String before = text("objective-2-flow.yaml");

        Cli.Result result = run("update", "2.1", "--status", "green", "--dry-run");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("--- a/", "+++ b/", "-  status: \"red\"", "+  status: \"green\"", "dry run: nothing written");
        assertThat(text("objective-2-flow.yaml")).isEqualTo(before);
    }

    @Test
    void refusalsWriteNothing() throws Exception {
        byte[] before = Files.readAllBytes(plans.resolve("objective-1-comments.yaml"));

        Cli.Result unknownId = run("update", "1.10", "--status", "green");
        Cli.Result unknownStatus = run("update", "1.1", "--status", "purple");
        Cli.Result invalid = run("update", "1.1", "--timescale", "next spring");
        Cli.Result badLead = run("update", "1.1", "--lead", "POLICE");

        assertThat(unknownId.exit()).isEqualTo(2);
        assertThat(unknownId.err()).contains("no action '1.10' in this plan (did you mean '1.1'?)");
        assertThat(unknownStatus.exit()).isEqualTo(2);
        assertThat(unknownStatus.err()).contains("'purple' is not a status of this plan", "red (Behind), amber (At risk)");
        // A timescale that cannot be read is the option's mistake, said before any file is read.
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.err()).contains("Invalid value for option '--timescale': 'next spring' is not a timescale").doesNotContain(".yaml");
        assertThat(badLead.exit()).isEqualTo(1);
        assertThat(badLead.err()).contains("[unknown-lead]");
        assertThat(Files.readAllBytes(plans.resolve("objective-1-comments.yaml"))).isEqualTo(before);
    }

    @Test
    void aReadOnlyFileIsRefusedAndAPlanWithAnErrorElsewhereIsStillUpdated() throws Exception {
        Path file = plans.resolve("objective-1-comments.yaml");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        Cli.Result readOnly = run("update", "1.1", "--status", "green");

        assertThat(readOnly.exit()).isEqualTo(2);
        assertThat(readOnly.err()).contains("is read-only, so nothing was written");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(plans.resolve("objective-2-flow.yaml"), text("objective-2-flow.yaml").replace("lead: [COLP]", "lead: [XYZ]"));
        Cli.Result updated = run("update", "1.1", "--status", "green");

        // The plan's error is its own to fix; this change adds none, so it is made.
        assertThat(updated.exit()).as(updated.all()).isZero();
        assertThat(Files.readString(file)).contains("status: green");
    }

    @Test
    void statusByColourWordAndLabelAnyCase() {
        assertThat(run("update", "1.1", "--status", "GREEN", "--dry-run").out()).contains("+    status: green");
        assertThat(run("update", "1.1", "--status", "at risk", "--note", "x", "--dry-run").out()).contains("+        status: amber");
        assertThat(run("update", "1.1", "--status", "Red", "--dry-run").out()).contains("+    status: red");
    }

    @Test
    void commitCommitsTheFileAloneAndRefusesOtherChanges() throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("plan").setSign(false).call();

            Cli.Result result = run("update", "1.1", "--status", "green", "--note", "Done well", "--commit");

            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(git.log().setMaxCount(1).call().iterator().next().getFullMessage())
                    .isEqualTo("1.1 Community groups: amber → green");
            assertThat(git.status().call().isClean()).isTrue();

            Files.writeString(plans.resolve("objective-2-flow.yaml"), text("objective-2-flow.yaml") + "# a change of its own\n");
            Cli.Result refused = run("update", "2.1", "--status", "green", "--commit");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("has changes that are not committed");
            assertThat(text("objective-2-flow.yaml")).contains("status: \"red\"");
        }
    }

    @Test
    void addTakesTheNextFreeIdInNaturalOrder() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("queries"), dir.resolve("queries"));
        String before = Files.readString(plan.resolve("objective-1.yaml"));
        List<String> ids = Validation.of(plan, TODAY).validPlan().actions().filter(a -> a.objectiveId().equals("1"))
                .map(Action::id).toList();

        Cli.Result result = Cli.run("--plan", plan.toString(), "add", "--objective", "1", "--title", "New work",
                "--action", "Do the new work", "--lead", "COLC", "--criterion", "It is done", "--timescale", "2016/17");

        assertThat(ids).contains("1.9", "1.10");
        assertThat(result.exit()).as(result.err()).isZero();
        String after = Files.readString(plan.resolve("objective-1.yaml"));
        assertThat(after).startsWith(before).contains("  - id: 1.11\n    title: New work\n");
        assertThat(Validation.of(plan, TODAY).validPlan().actions().map(Action::id)).contains("1.11");
    }

    @Test
    void addOnTheShippedPlan() throws Exception {
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("shipped"));

        Cli.Result result = Cli.run("--plan", plan.toString(), "add", "--objective", "2", "--title", "Channel panel",
                "--lead", "COLC", "--timescale", "2016/17");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("+  - id: \"2.5\"", "+    lead: [COLC]");
        assertThat(Validation.of(plan, TODAY).errors()).isZero();
    }

    @Test
    void theInteractiveRoundRefusesWithoutATerminal() throws Exception {
        byte[] before = Files.readAllBytes(plans.resolve("objective-1-comments.yaml"));

        Cli.Result result = run("update", "--lead", "COLC", "--interactive");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("asks questions at a terminal, and this is not one");
        assertThat(Files.readAllBytes(plans.resolve("objective-1-comments.yaml"))).isEqualTo(before);
    }
}
