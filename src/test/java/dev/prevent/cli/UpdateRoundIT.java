package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive round, end to end in a pseudo-terminal ({@code script}, from util-linux): the built jar asks
 * for each open action of COLC; the first two are answered, the third is where the user stops with q.
 */
class UpdateRoundIT {

    @TempDir
    Path dir;

    @Test
    void answersTwoActionsAndStopsAtTheThird() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v script").start().waitFor() == 0, "script (util-linux) is needed");
        Path plans = Fixtures.copy(Fixtures.plan("edit-styles"), dir.resolve("plans"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "'" + java + "' -jar target/prevent.jar --plan '" + plans + "' --no-color update --lead COLC --interactive";
        Process round = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
        round.getOutputStream().write("green\nSpeakers booked\n\nFirst look taken\nq\n".getBytes(StandardCharsets.UTF_8));
        round.getOutputStream().flush();
        String screen = new String(round.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(round.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(round.exitValue()).as(screen).isZero();
        assertThat(screen).contains("4 open actions led by COLC", "1.1  Community groups  (due 31 March 2016)",
                "status now: amber; last update 2015-12-01: Waiting for replies", "1.2  Faith groups", "2.2  Channel",
                "2 actions recorded.").doesNotContain("3.1  Schools");
        Plan plan = Validation.of(plans, LocalDate.now()).validPlan();
        Action first = action(plan, "1.1");
        Action second = action(plan, "1.2");
        assertThat(first.status()).isEqualTo("green");
        assertThat(first.updates().get(first.updates().size() - 1).note()).isEqualTo("Speakers booked");
        assertThat(second.status()).isNull();
        assertThat(second.updates()).extracting(u -> u.note()).containsExactly("First look taken");
        assertThat(Files.readString(plans.resolve("objective-2-flow.yaml")))
                .isEqualTo(Files.readString(Fixtures.plan("edit-styles").resolve("objective-2-flow.yaml")));
    }

    @Test
    void theRoundDatesEveryAnswerWithDateShowsThemUnwrittenWithDryRunAndSkipsAStatusAlreadyHeld() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v script").start().waitFor() == 0, "script (util-linux) is needed");
        Path plans = Fixtures.copy(Fixtures.plan("edit-styles"), dir.resolve("plans"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String round = "'" + java + "' -jar target/prevent.jar --plan '" + plans + "' --no-color update --lead COLC --interactive "
                + "--date 2016-01-20";
        // 1.1 is amber: "At risk" is amber by its label, so it records nothing; then 1.2 gets a note.
        String answers = "At risk\n\n\nChecked\nq\n";

        String dry = screen(round + " --dry-run", answers);
        byte[] untouched = Files.readAllBytes(plans.resolve("objective-1-comments.yaml"));
        String wet = screen(round, answers);

        assertThat(dry).contains("+        note: Checked", "(dry run: nothing written)", "1 action would be recorded.");
        assertThat(untouched).isEqualTo(Files.readAllBytes(Fixtures.plan("edit-styles").resolve("objective-1-comments.yaml")));
        assertThat(wet).contains("1 action recorded.").doesNotContain("amber → amber");
        Plan plan = Validation.of(plans, LocalDate.now()).validPlan();
        assertThat(action(plan, "1.1").updates()).hasSameSizeAs(action(Validation.of(Fixtures.plan("edit-styles"), LocalDate.now())
                .validPlan(), "1.1").updates());
        assertThat(action(plan, "1.2").updates()).extracting(u -> u.date() + " " + u.note()).containsExactly("2016-01-20 Checked");
    }

    private static String screen(String command, String answers) throws Exception {
        Process round = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
        round.getOutputStream().write(answers.getBytes(StandardCharsets.UTF_8));
        round.getOutputStream().flush();
        String screen = new String(round.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(round.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(round.exitValue()).as(screen).isZero();
        return screen;
    }

    private static Action action(Plan plan, String id) {
        return plan.actions().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

}
