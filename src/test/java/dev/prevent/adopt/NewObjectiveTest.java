package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Objective;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** prevent add-objective: the next free id, a file named as import names one, checked, and refused over a taken id. */
class NewObjectiveTest {

    @TempDir
    Path dir;

    @Test
    void anObjectiveIsAddedWithTheNextFreeIdAndTakesItsFirstAction() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));

        Cli.Result added = Cli.on(plan, "add-objective", "--name", "Training and awareness", "--aim", "Staff know how to refer");
        Cli.Result action = Cli.on(plan, "add", "--objective", "3", "--title", "WRAP", "--lead", "COLC", "--timescale", "2016/17");
        Cli.Result taken = Cli.on(plan, "add-objective", "--id", "3", "--name", "Again", "--aim", "A");

        assertThat(added.exit()).as(added.err()).isZero();
        Path file = plan.resolve("objective-3-training-and-awareness.yaml");
        assertThat(added.out()).isEqualTo("wrote " + file + " (objective 3, no actions yet)\n");
        assertThat(action.exit()).as(action.err()).isZero();
        Objective objective = Validation.of(plan, LocalDate.of(2016, 4, 1)).validPlan().objectives().get(2);
        assertThat(objective.id()).isEqualTo("3");
        assertThat(objective.name()).isEqualTo("Training and awareness");
        assertThat(objective.aim()).isEqualTo("Staff know how to refer");
        assertThat(objective.actions()).extracting(a -> a.id() + " " + a.title() + " " + a.lead()).containsExactly("3.1 WRAP [COLC]");
        assertThat(taken.exit()).isEqualTo(2);
        assertThat(taken.err()).isEqualTo("prevent: the plan already has an objective 3 (objective-3-training-and-awareness.yaml); "
                + "leave out --id for the next free one\n");
    }

    @Test
    void aDryRunShowsTheNewFileAndWritesNothing() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));

        Cli.Result result = Cli.on(plan, "add-objective", "--id", "7", "--name", "Schools", "--aim", "Every school knows", "--dry-run");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("--- /dev/null\n+++ b/").contains("+id: '7'\n", "+name: Schools\n", "+actions: []\n")
                .endsWith("(dry run: nothing written)\n");
        try (var files = Files.list(plan)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("objective-7-schools.yaml");
        }
    }
}
