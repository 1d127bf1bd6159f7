package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.Fixtures;
import dev.prevent.exit.UserError;
import dev.prevent.model.Action;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an import names and numbers what it writes (objective ids from headings, refs, an objective column or the
 * next free number; file names; action ids), what it refuses, and how it reads the cells of a row into an action's
 * fields, on the report fixture's plan (objectives 1 and 2; statuses off, at-risk, on, done).
 */
class PlanImportTest {

    static final LocalDate TODAY = LocalDate.of(2016, 4, 1);

    @TempDir
    Path dir;

    Path plan;

    @BeforeEach
    void aPlan() {
        plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
    }

    PlanImport.Result imported(String name, String csv) throws Exception {
        return imported(name, csv, null);
    }

    PlanImport.Result imported(String name, String csv, String objectiveId) throws Exception {
        Path file = Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
        PlanImport.Result result = PlanImport.run(file, plan, PlanImport.Request.of(objectiveId, null, TODAY), TODAY);
        result.change().apply(false, false);
        return result;
    }

    List<String> files(PlanImport.Result result) {
        return result.change().files().stream().map(w -> w.file().getFileName() + " " + w.about()).toList();
    }

    Map<String, Action> actions() {
        return WordImportTest.plan(plan).actions().collect(Collectors.toMap(Action::id, Function.identity()));
    }

    Map<String, String> objectiveNames() {
        return WordImportTest.plan(plan).objectives().stream().collect(Collectors.toMap(Objective::id, Objective::name));
    }

    @Test
    void anObjectiveColumnGroupsItsRowsAndRowsWithoutOneMakeAnObjectiveOfTheirOwn() throws Exception {
        PlanImport.Result result = imported("tracker.csv", "objective,ACTION,LEAD\n3,Brief schools,COLC\n,Loose end,NHS\n"
                + "3,Brief colleges,COLP\n");

        assertThat(files(result)).containsExactly("objective-3.yaml 2 actions", "objective-4-tracker.yaml 1 action");
        assertThat(objectiveNames()).containsEntry("3", "Objective 3").containsEntry("4", "tracker");
        assertThat(actions().get("3.2").action()).isEqualTo("Brief colleges");
        assertThat(actions().get("4.1").action()).isEqualTo("Loose end");
    }

    @Test
    void anObjectiveHeadingWithoutANumberTakesTheOneItsRefsGive() throws Exception {
        PlanImport.Result result = imported("plan.csv", "Objective: Communities,,\nRef,ACTION,LEAD\n07.2,Visit centres,COLC\n");

        assertThat(files(result)).containsExactly("objective-7-communities.yaml 1 action");
        assertThat(actions()).containsKey("07.2");
    }

    @Test
    void withNoHeadingAndNoRefsTheObjectiveIsTheNextNumberPastTheNumberedOnes() throws Exception {
        Files.writeString(plan.resolve("objective-a.yaml"), "id: A\nname: Annex\naim: Other work\nactions: []\n");

        PlanImport.Result result = imported("Schools work.csv", "ACTION,LEAD\nBrief schools,COLC\n");

        assertThat(files(result)).containsExactly("objective-3-schools-work.yaml 1 action");
        assertThat(objectiveNames()).containsEntry("3", "Schools work");
    }

    @Test
    void anObjectiveThatIsTakenIsRefusedNamingItsFileAndTheWayOut() throws Exception {
        assertThatThrownBy(() -> imported("one.csv", "Ref,ACTION\n1.9,Brief schools\n")).isInstanceOf(UserError.class)
                .hasMessage("the plan already has an objective 1 (objective-1.yaml); give a new id with --objective ID");
        assertThatThrownBy(() -> imported("two.csv", "Objective 5: New,\nRef,ACTION\n5.1,A\nObjective 2: Old,\n2.9,B\n"))
                .isInstanceOf(UserError.class).hasMessage("the plan already has an objective 2 (objective-2.yaml); import into a "
                        + "new plan folder with --into DIR, or remove it first");
        assertThat(plan.resolve("objective-5-new.yaml")).doesNotExist();
    }

    @Test
    void anIdGivenThatIsTakenIsRefusedEvenWithoutAFile() throws Exception {
        assertThatThrownBy(() -> imported("two.csv", "Objective 5: New,\nRef,ACTION\n5.1,A\nObjective 5: Again,\n5.2,B\n"))
                .isInstanceOf(UserError.class).hasMessageStartingWith("the plan already has an objective 5; import into");
    }

    @Test
    void aFileNameKeepsFortyCharactersOfItsObjectivesNameAndCutsAtAWordPastThem() throws Exception {
        String forty = "Abcdefghij abcdefghij abcdefghij abcdefg";
        PlanImport.Result exactly = imported("a.csv", "Objective 5: " + forty + ",\nRef,ACTION\n5.1,A\n");
        PlanImport.Result over = imported("b.csv", "Objective 6: " + forty + "h,\nRef,ACTION\n6.1,A\n");

        assertThat(files(exactly)).containsExactly("objective-5-abcdefghij-abcdefghij-abcdefghij-abcdefg.yaml 1 action");
        assertThat(files(over)).containsExactly("objective-6-abcdefghij-abcdefghij-abcdefghij.yaml 1 action");
    }

    @Test
    void aFolderWithoutTheSchemasGetsNoModelineToAFileThatIsNotThere() throws Exception {
        imported("plan.csv", "Objective 5: New,\nRef,ACTION\n5.1,A\n");

        assertThat(Files.readString(plan.resolve("objective-5-new.yaml"))).startsWith("# Imported from plan.csv on 2016-04-01")
                .doesNotContain("$schema");
    }

    @Test
    void aRowWithoutARefTakesTheFirstIdNoOtherRowHas() throws Exception {
        imported("plan.csv", "Objective 5: New,\nRef,ACTION\n,First\n5.1,Second\n,Third\n");

        assertThat(actions()).extractingFromEntries(e -> e.getKey() + " " + e.getValue().action())
                .contains("5.2 First", "5.1 Second", "5.3 Third");
    }

    @Test
    void listsInACellLoseTheirBulletsEmptyOnesAndEmptyItems() throws Exception {
        imported("plan.csv", "Objective 5: New,,,\nRef,ACTION,SUCCESS CRITERIA,RESOURCES\n"
                + "5.1,A,\"• Staff trained\n•\n2) Leaflets out\",\"Staff time;; Funding, £5,000\"\n");

        Action action = actions().get("5.1");
        assertThat(action.successCriteria()).containsExactly("Staff trained", "Leaflets out");
        assertThat(action.resources()).containsExactly("Staff time", "Funding", "£5,000");
    }

    @Test
    void aTitleIsTheFirstSentenceOrClauseWhenShortAndNeverACutOne() throws Exception {
        String eighty = "x".repeat(70) + " abcdefghi";
        imported("plan.csv", "Objective 5: New,\nRef,ACTION\n5.1,\"" + eighty + ". Then more.\"\n5.2,\"" + eighty + "j. Then more.\"\n"
                + "5.3,\"" + "y ".repeat(60) + "\"\n5.4,\"**Brief schools.** Then colleges.\"\n5.5,\"- Visit centres;\nand more\"\n"
                + "5.6,\". Then visit\"\n5.7,\"" + "z ".repeat(50) + "– by talking to heads: then more\"\n5.8,\"Train staff\"\n");

        Map<String, Action> actions = actions();
        assertThat(actions.get("5.1").title()).isEqualTo(eighty);
        assertThat(actions.get("5.2").title()).as("81 characters: no title, never a cut one").isNull();
        assertThat(actions.get("5.2").heading()).isEqualTo(eighty + "j. Then more.");
        assertThat(actions.get("5.3").title()).as("one long sentence").isNull();
        assertThat(actions.get("5.4").title()).isEqualTo("Brief schools");
        assertThat(actions.get("5.5").title()).isEqualTo("Visit centres");
        assertThat(actions.get("5.6").title()).as("no sentence before the stop").isNull();
        assertThat(actions.get("5.7").title()).as("the first clause, as the sentence is long").isNull();
        assertThat(actions.get("5.8").title()).as("a title would only repeat the text").isNull();
        assertThat(actions.get("5.8").heading()).isEqualTo("Train staff");
        assertThat(Files.readString(dir.resolve("plan/" + Files.list(dir.resolve("plan")).map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("objective-5")).findFirst().orElseThrow()))).doesNotContain("…");
    }

    @Test
    void progressByTheLabelIsNoGuessAndByTheLetterOfItsColourIs() throws Exception {
        PlanImport.Result result = imported("plan.csv", "Objective 5: New,\nRef,ACTION,Progress\n5.1,A,On track.\n5.2,B,a\n5.3,C,G\n"
                + "5.4,D,R\n");

        Map<String, Action> actions = actions();
        assertThat(List.of("5.1", "5.2", "5.3", "5.4")).map(id -> actions.get(id).status()).containsExactly("on", "at-risk", "on", "off");
        assertThat(result.guesses()).extracting(PlanImport.Guess::text).containsExactly("plan.csv row 4: progress 'a' read as at-risk (At risk)",
                "plan.csv row 5: progress 'G' read as on (On track)", "plan.csv row 6: progress 'R' read as off (Off track)");
    }

    @Test
    void unknownLeadsAreListedOnceWithTheirRows() throws Exception {
        PlanImport.Result result = imported("plan.csv", "Objective 5: New,,\nRef,ACTION,LEAD\n5.1,A,Youth Service\n5.2,B,COLC\n"
                + "5.3,C,Youth Service\n5.4,D,Schools\n");

        assertThat(result.notices()).contains("leads that are not agencies of plan.yaml, kept in the notes of the actions that name "
                + "them:\n  'Youth Service' (rows 3, 5)\n  'Schools' (row 6)\nTo make them leads, import again with "
                + "--add-agencies (after removing the files just written), or add these lines under plan.yaml's agencies: "
                + "yourself:\n  YS: Youth Service\n  SCHOOLS: Schools");
    }

    @Test
    void importedObjectivesThatWouldNotValidateAreRefusedWithTheErrors() throws Exception {
        assertThatThrownBy(() -> imported("plan.csv", "Objective 5: New,\nRef,ACTION\n5.1,A\n5.1,B\n")).isInstanceOf(UserError.class)
                .hasMessageStartingWith("the change would give the plan an error, so nothing was written:\n"
                        + plan.resolve("objective-5-new.yaml")).hasMessageContaining("'5.1'");
        assertThat(plan.resolve("objective-5-new.yaml")).doesNotExist();
    }

    @Test
    void aSheetIsNamedOnlyForAWorkbook() {
        assertThatThrownBy(() -> PlanImport.run(Files.writeString(dir.resolve("plan.csv"), "ACTION\nA\n"), plan, PlanImport.Request.of(null, "Plan", TODAY), TODAY))
                .isInstanceOf(UserError.class).hasMessage("--sheet names a sheet of an Excel workbook; plan.csv is not one");
    }

    @Test
    void progressByAColourWordOrByTheLetterOfItsColourAlone() throws Exception {
        // A scale whose keys and labels begin with no colour's letter: A can only be the amber status.
        java.nio.file.Path yaml = plan.resolve("plan.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("key: at-risk\n    label: At risk", "key: late\n    label: Late"));
        java.nio.file.Path two = plan.resolve("objective-2.yaml");
        Files.writeString(two, Files.readString(two).replace("status: at-risk", "status: late"));

        PlanImport.Result result = imported("plan.csv", "Objective 5: New,\nRef,ACTION,Progress\n5.1,A,Amber\n5.2,B,a\n5.3,C,green\n");

        Map<String, Action> actions = actions();
        assertThat(List.of("5.1", "5.2", "5.3")).map(id -> actions.get(id).status()).containsExactly("late", "late", "on");
        assertThat(result.guesses()).extracting(PlanImport.Guess::text).containsExactly(
                "plan.csv row 3: progress 'Amber' read as late (Late), the status shown in that colour",
                "plan.csv row 4: progress 'a' read as late (Late)",
                "plan.csv row 5: progress 'green' read as on (On track), the status shown in that colour");
    }

    @Test
    void aWordTableWithoutAHeadingOfItsOwnContinuesTheObjectiveBeforeItAndYellowIsAmber() throws Exception {
        Path docx = dir.resolve("plan.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            XWPFTable first = document.createTable(3, 3);
            first.getRow(0).getCell(0).setText("Objective 5: New");
            first.getRow(1).getCell(0).setText("Ref");
            first.getRow(1).getCell(1).setText("ACTION");
            first.getRow(1).getCell(2).setText("Progress");
            first.getRow(2).getCell(0).setText("5.1");
            first.getRow(2).getCell(1).setText("Talk");
            first.getRow(2).getCell(2).setColor("FFDD00");
            document.createParagraph();
            XWPFTable second = document.createTable(2, 3);
            second.getRow(0).getCell(0).setText("Ref");
            second.getRow(0).getCell(1).setText("ACTION");
            second.getRow(0).getCell(2).setText("Progress");
            second.getRow(1).getCell(0).setText("5.2");
            second.getRow(1).getCell(1).setText("Walk");
            document.write(out);
        }

        PlanImport.Result result = PlanImport.run(docx, plan, PlanImport.Request.of(null, null, TODAY), TODAY);
        result.change().apply(false, false);

        assertThat(files(result)).containsExactly("objective-5-new.yaml 2 actions");
        assertThat(actions().get("5.1").status()).isEqualTo("at-risk");
        assertThat(result.guesses()).extracting(PlanImport.Guess::text).containsExactly(
                "plan.docx table 1 row 3: the progress cell is shaded yellow (#ffdd00), read as at-risk (At risk)");
    }
}
