package dev.prevent.edit;

import dev.prevent.words.StatusWords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's own questions: which actions an agency leads and still has open, and adding to an objective with none. */
class PlanEditorTest {

    static final LocalDate TODAY = LocalDate.of(2016, 4, 1);

    @TempDir
    Path dir;

    @Test
    void theOpenActionsOfAnAgencyLeaveOutClosedOnesAndTheOnesOthersLead() {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        PlanEditor editor = PlanEditor.of(plan, TODAY);

        // COLP leads 1.1 (off, open, jointly with COLC) and 2.2 (done: closed).
        assertThat(editor.openActionsLedBy("colp")).extracting(Action::id).containsExactly("1.1");
        assertThat(editor.openActionsLedBy("COLC")).extracting(Action::id).containsExactly("1.1");
        assertThat(editor.openActionsLedBy("SPARE")).isEmpty();
    }

    @Test
    void anUnknownAgencyIsRefusedWithTheOneMeant() {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        PlanEditor editor = PlanEditor.of(plan, TODAY);

        assertThatThrownBy(() -> editor.openActionsLedBy("COLPP")).isInstanceOf(UserError.class)
                .hasMessage("no agency 'COLPP' in this plan (did you mean 'COLP'?); the agencies are COLC, COLP, NHS, NO, SPARE");
    }

    @Test
    void theFirstActionOfAnObjectiveWithNoneStartsItsList() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        Files.writeString(plan.resolve("objective-3.yaml"), "id: 3\nname: Institutions\naim: Work with institutions\nactions: []\n");

        Cli.Result added = Cli.run("--plan", plan.toString(), "add", "--objective", "3", "--title", "Colleges", "--timescale", "2016/17");

        assertThat(added.exit()).as(added.err()).isZero();
        // Ids are written as the file writes its own: unquoted, like its "id: 3".
        assertThat(Files.readString(plan.resolve("objective-3.yaml"))).isEqualTo("id: 3\nname: Institutions\naim: Work with institutions\n"
                + "actions:\n  - id: 3.1\n    title: Colleges\n    action: Colleges\n    timescale: 2016/17\n");
        assertThat(Validation.of(plan, TODAY).validPlan().actions().filter(a -> a.objectiveId().equals("3")).map(Action::id))
                .containsExactly("3.1");

        // Now a list: a second action, with a lead, goes under the first.
        Cli.Result withLead = Cli.run("--plan", plan.toString(), "add", "--objective", "3", "--title", "Schools", "--lead", "COLC");

        assertThat(withLead.exit()).as(withLead.err()).isZero();
        assertThat(Files.readString(plan.resolve("objective-3.yaml"))).endsWith("  - id: 3.2\n    title: Schools\n"
                + "    action: Schools\n    lead: [COLC]\n");
    }

    @Test
    void theFirstActionOfAnEmptyObjectiveIsWrittenWithItsLists() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        String empty = "id: 3\nname: Institutions\naim: Work with institutions\nactions: []\n";
        Files.writeString(plan.resolve("objective-3.yaml"), empty);

        Cli.Result result = Cli.run("--plan", plan.toString(), "add", "--objective", "3", "--title", "Schools", "--lead", "COLC",
                "--lead", "COLP", "--criterion", "Every head briefed", "--criterion", "Feedback: good, mostly");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readString(plan.resolve("objective-3.yaml"))).isEqualTo("id: 3\nname: Institutions\naim: Work with "
                + "institutions\nactions:\n  - id: 3.1\n    title: Schools\n    action: Schools\n    lead: [COLC, COLP]\n"
                + "    success_criteria: [Every head briefed, 'Feedback: good, mostly']\n");
        assertThat(PlanEditor.of(plan, TODAY).plan().actions().filter(a -> a.id().equals("3.1")).findFirst().orElseThrow()
                .successCriteria()).containsExactly("Every head briefed", "Feedback: good, mostly");
    }

    @Test
    void anUnknownObjectiveIsRefusedWithTheObjectivesThereAre() {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));

        assertThatThrownBy(() -> PlanEditor.of(plan, TODAY).add("9", "T", null, List.of(), null, List.of()))
                .isInstanceOf(UserError.class).hasMessageStartingWith("no objective '9' in this plan").hasMessageEndingWith("; the objectives are 1, 2");
    }

    @Test
    void anUnknownIdShowsHowIdsAreWrittenWithFiveOfThemAndNoEllipsisWhenThatIsAll() {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        PlanEditor.Request request = new PlanEditor.Request("3.1", "on", null, null, List.of(), null);

        assertThatThrownBy(() -> PlanEditor.of(plan, TODAY).update(request)).isInstanceOf(UserError.class)
                .hasMessage("no action '3.1' in this plan (did you mean '1.1'?); ids are written as in the plan, e.g. 1.1, 1.2, 2.1, 2.2, 2.3");
    }

    @Test
    void anUnknownIdInALongerPlanShowsTheFirstFiveAndAnEllipsis() {
        PlanEditor.Request request = new PlanEditor.Request("9.1", "red", null, null, List.of(), null);

        assertThatThrownBy(() -> PlanEditor.of(Fixtures.shippedPlan(), TODAY).update(request)).isInstanceOf(UserError.class)
                .hasMessage("no action '9.1' in this plan (did you mean '1.1'?); ids are written as in the plan, e.g. 1.1, 1.2, 1.3, 1.4, 1.5...");
    }

    @Test
    void anEditThatWouldMakeAnErrorNamesTheErrorsAndNotThePlansWarnings() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        byte[] before = Files.readAllBytes(plan.resolve("objective-1.yaml"));
        assertThat(Validation.of(plan, TODAY).warnings()).isPositive();

        assertThatThrownBy(() -> PlanEditor.of(plan, TODAY).add("1", "New", null, List.of("XYZ"), null, List.of()).apply(false, false))
                .isInstanceOf(UserError.class).satisfies(e -> assertThat(e.getMessage().lines().skip(1))
                        .singleElement().asString().contains("objective-1.yaml:").contains("XYZ").contains("error"))
                .hasMessageStartingWith("the change would give the plan an error, so nothing was written:\n");
        assertThat(Files.readAllBytes(plan.resolve("objective-1.yaml"))).isEqualTo(before);
    }

    @Test
    void aFileIndentedAsAWholeGetsItsNewListAtItsOwnIndentation() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        Files.writeString(plan.resolve("objective-3.yaml"), "  id: 3\n  name: N\n  aim: A\n  actions:\n    - id: 3.1\n"
                + "      title: T\n      action: A\n      lead: COLC\n      timescale: 2016/17\n");

        Changeset edited = PlanEditor.of(plan, TODAY).update(new PlanEditor.Request("3.1", null, "Started",
                LocalDate.of(2016, 3, 1), List.of(), null));

        assertThat(new String(edited.file().after(), java.nio.charset.StandardCharsets.UTF_8)).endsWith("      timescale: 2016/17\n"
                + "      updates:\n        - date: 2016-03-01\n          note: Started\n");
    }

    @Test
    void actionsWrittenOnOneLineAreNotAddedToButLeftAsTheyWere() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        String oneLine = "id: 3\nname: Institutions\naim: Work with institutions\n"
                + "actions: [{id: 3.1, title: Colleges, action: Brief colleges, lead: COLC, timescale: 2016/17}]\n";
        Files.writeString(plan.resolve("objective-3.yaml"), oneLine);

        assertThatThrownBy(() -> PlanEditor.of(plan, TODAY).add("3", "Schools", null, List.of(), null, List.of()))
                .isInstanceOf(UserError.class).hasMessageStartingWith("objective 3 has its actions written on one line");
        assertThat(Files.readString(plan.resolve("objective-3.yaml"))).isEqualTo(oneLine);
        assertThat(PlanEditor.of(plan, TODAY).plan().title()).isEqualTo("Report fixture");
    }

    @Test
    void aNewActionHasItsKeysWhereTheFirstActionHasThem() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        String wide = "id: 3\nname: Institutions\naim: Work with institutions\nactions:\n"
                + "  -   id: 3.1\n      title: Colleges\n      action: Brief colleges\n      lead: COLC\n      timescale: 2016/17\n";
        Files.writeString(plan.resolve("objective-3.yaml"), wide);

        Changeset edited = PlanEditor.of(plan, TODAY).add("3", "Schools", null, List.of(), "2016/17", List.of());

        assertThat(new String(edited.file().after(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(wide
                + "  -   id: 3.2\n      title: Schools\n      action: Schools\n      timescale: 2016/17\n");
    }

    @Test
    void anUnknownStatusIsRefusedWithTheOneMeantAndTheScale() {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));

        assertThatThrownBy(() -> StatusWords.resolve(PlanEditor.of(plan, TODAY).plan(), "on trak")).isInstanceOf(UserError.class)
                .hasMessage("'on trak' is not a status of this plan (did you mean 'On track'?); the scale is off (Off track), "
                        + "at-risk (At risk), on (On track), done (Done) (by key, label, colour or RAG letter)");
    }

    @Test
    void anEditThatLeavesTheBytesAsTheyWereChangedNothing() {
        Path file = dir.resolve("objective-1.yaml");
        byte[] text = "id: 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(Changeset.FileChange.edited(file, text, text.clone()).changed()).isFalse();
        assertThat(Changeset.FileChange.edited(file, text, "id: 2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).changed()).isTrue();
    }

    @Test
    void aNewLeadAloneAddsNothingToTheLog() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));

        Changeset edited = PlanEditor.of(plan, TODAY).update(new PlanEditor.Request("1.2", null, null, null, List.of("COLC"), null));

        assertThat(new String(edited.file().after(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(plan.resolve("objective-1.yaml")).replace("    lead: NHS\n", "    lead: COLC\n"));
        assertThat(edited.message()).isEqualTo("1.2 Faith groups: lead COLC");
    }
}
