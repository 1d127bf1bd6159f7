package dev.prevent.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prevent rollover}: next year's folder from this year's, the old one untouched. */
class RolloverTest {

    @TempDir
    Path dir;

    @Test
    void theShippedPlanIntoItsNextYear() throws Exception {
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        String before = Files.readString(plans.resolve("objective-1-ideologies.yaml"));

        Cli.Result result = Cli.run("--plan", plans.toString(), "rollover", "2016/17");

        assertThat(result.exit()).as(result.err()).isZero();
        Path next = dir.resolve("plans-2016-17");
        assertThat(result.out()).contains("wrote " + next.resolve("plan.yaml"), "carried 14 actions", "left 0 closed",
                "timescale 1.1 2015-2016 → 2016-2017", "timescale 2.1 2015/16 → 2016/17");
        Plan plan = Validation.of(next, LocalDate.of(2016, 4, 1)).validPlan();
        assertThat(plan.period()).isEqualTo("2016/17");
        assertThat(plan.version()).isEqualTo("1");
        assertThat(plan.actions().count()).isEqualTo(14);
        assertThat(Files.readString(next.resolve("objective-1-ideologies.yaml")))
                .isEqualTo(before.replace("timescale: 2015-2016", "timescale: 2016-2017"));
        assertThat(Files.readString(plans.resolve("objective-1-ideologies.yaml"))).isEqualTo(before);
    }

    @Test
    void closedActionsStayBehindAndIdsAndHistoryCarryOver() throws Exception {
        Path plans = Fixtures.copy(Fixtures.plan("queries"), dir.resolve("queries"));
        Plan old = Validation.of(plans, LocalDate.of(2016, 4, 1)).validPlan();

        Cli.Result result = Cli.run("--plan", plans.toString(), "rollover", "2016/17", "--into", dir.resolve("next").toString());

        assertThat(result.exit()).as(result.err()).isZero();
        Plan next = Validation.of(dir.resolve("next"), LocalDate.of(2016, 4, 1)).validPlan();
        Map<String, Action> carried = next.actions().collect(Collectors.toMap(Action::id, Function.identity()));
        assertThat(carried).doesNotContainKey("1.10").containsKeys("1.1", "1.2", "1.9");
        assertThat(result.out()).contains("left ").contains("1.10");
        assertThat(carried.get("1.9").timescale().written()).isEqualTo("2016-17");
        Action was = old.actions().filter(a -> a.id().equals("1.1")).findFirst().orElseThrow();
        assertThat(carried.get("1.1").updates()).hasSameSizeAs(was.updates());
        assertThat(carried.get("1.1").lead()).isEqualTo(was.lead());
    }

    @Test
    void closedActionsLeaveListsOfEveryShapeAndADashInACommentIsNoItem() throws Exception {
        Path plans = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plans"));
        Files.writeString(plans.resolve("objective-3.yaml"), "id: 3\nname: Block\naim: A dash alone on its line\nactions:\n"
                + "  -\n    # owner - the council, agreed - in May\n    id: 3.1\n    title: Done - at last\n    action: A\n"
                + "    lead: COLC\n    timescale: 2015/16\n    status: done\n"
                + "  -\n    id: 3.2\n    title: Open\n    action: B\n    lead: COLC\n    timescale: 2015/16\n    status: on\n");
        Files.writeString(plans.resolve("objective-4.yaml"), "id: 4\nname: Flow\naim: On one line\nactions: ["
                + "{id: 4.1, title: Done, action: A, lead: COLC, timescale: 2015/16, status: done}, "
                + "{id: 4.2, title: Open, action: B, lead: COLC, timescale: Q4 2015/16, status: on}, "
                + "{id: 4.3, title: Done too, action: C, lead: COLC, timescale: 2015/16, status: done}, "
                + "{id: 4.4, title: Done three, action: D, lead: COLC, timescale: 2015/16, status: done}]\n");
        Path next = dir.resolve("next");

        Cli.Result result = Cli.run("--plan", plans.toString(), "rollover", "2016/17", "--into", next.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(Files.readString(next.resolve("objective-3.yaml"))).isEqualTo("id: 3\nname: Block\naim: A dash alone on its "
                + "line\nactions:\n  -\n    id: 3.2\n    title: Open\n    action: B\n    lead: COLC\n    timescale: 2016/17\n"
                + "    status: on\n");
        assertThat(Files.readString(next.resolve("objective-4.yaml"))).isEqualTo("id: 4\nname: Flow\naim: On one line\nactions: ["
                + "{id: 4.2, title: Open, action: B, lead: COLC, timescale: \"Q4 2016/17\", status: on}]\n");
        assertThat(result.out()).contains("left 5 closed: 2.2, 3.1, 4.1, 4.3, 4.4");
        assertThat(Validation.of(next, LocalDate.of(2016, 4, 1)).errors()).isZero();
    }

    @Test
    void aFolderThatIsNotEmptyOrAnEarlierYearIsRefused() throws Exception {
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Files.createDirectories(dir.resolve("taken"));
        Files.writeString(dir.resolve("taken/notes.txt"), "mine");

        Cli.Result taken = Cli.run("--plan", plans.toString(), "rollover", "2016/17", "--into", dir.resolve("taken").toString());
        Cli.Result earlier = Cli.run("--plan", plans.toString(), "rollover", "2014/15");
        Cli.Result notAYear = Cli.run("--plan", plans.toString(), "rollover", "2016");

        assertThat(taken.exit()).isEqualTo(2);
        assertThat(taken.err()).contains("already exists and is not empty");
        assertThat(earlier.exit()).isEqualTo(2);
        assertThat(earlier.err()).contains("a rollover goes to a later year, such as 2016/17");
        assertThat(notAYear.exit()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("taken/notes.txt"))).isEqualTo("mine");
    }
}
