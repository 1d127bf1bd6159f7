package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV exports a new user tried, case by case (issue 16): each once went wrong, and each now reads as the
 * council meant, with every guess listed.
 */
class RealWorldCsvTest {

    @TempDir
    Path dir;

    Path plans;

    @BeforeEach
    void shippedPlan() {
        plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
    }

    Map<String, Action> imported(Path folder) {
        Plan plan = WordImportTest.plan(folder);
        return plan.actions().collect(Collectors.toMap(Action::id, Function.identity()));
    }

    Cli.Result importOf(Path folder, String name, byte[] bytes) throws IOException {
        Path csv = Files.write(dir.resolve(name), bytes);
        return Cli.run("--plan", folder.toString(), "import", csv.toString());
    }

    Cli.Result importOf(Path folder, String name, String text) throws IOException {
        return importOf(folder, name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void excelsByteOrderMarkATitleRowAndTheRefColumn() throws IOException {
        Cli.Result result = importOf(plans, "objective 4.csv", "\uFEFFObjective 4 - Communities,,,\n"
                + "Ref,ACTION,LEAD,TIME\n4.1,Brief committees,COLC,2016-17\n4.7,Visit centres,COLP,2016-17\n");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo("wrote " + plans.resolve("objective-4-communities.yaml") + " (2 actions)\n");
        Map<String, Action> actions = imported(plans);
        // The mark is not in any text, and the ids are the Ref column's, as written: 4.7 is not renumbered 4.2.
        assertThat(actions).containsKeys("4.1", "4.7").doesNotContainKey("4.2");
        assertThat(actions.get("4.1").notes()).isNull();
        assertThat(Files.readString(plans.resolve("objective-4-communities.yaml"))).doesNotContain("\uFEFF");
    }

    @Test
    void aWindows1252ExportKeepsItsPoundSignsAndMoneyIsOneResource() throws IOException {
        Cli.Result result = importOf(plans, "ansi.csv", "ACTION,RESOURCES\nBuy leaflets,\"£5,000, Staff time; Venue\"\n"
                .getBytes(Charset.forName("windows-1252")));

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.err()).contains("ansi.csv: not UTF-8, so read as Windows-1252");
        assertThat(imported(plans).get("4.1").resources()).containsExactly("£5,000", "Staff time", "Venue");
    }

    @Test
    void aRowRepeatedByMergedCellsIsNotASecondAction() throws IOException {
        Cli.Result result = importOf(plans, "merged.csv", "ACTION,LEAD\nBrief committees,COLC\nBrief committees,COLC\n"
                + "Visit centres,COLP\n");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).endsWith("(2 actions)\n");
        assertThat(result.err()).contains("merged.csv row 3 repeats the row above word for word");
    }

    @Test
    void ukDatesAreReadAsTimescalesAndEachReadingIsListed() throws IOException {
        Cli.Result result = importOf(plans, "dates.csv", "ACTION,TIME\nA,31/03/2017\nB,March 2017\nC,Mar-17\n"
                + "D,Q3 16/17\nE,2016-17\nF,TBC\nG,16/17\n");

        assertThat(result.exit()).as(result.all()).isZero();
        Map<String, Action> actions = imported(plans);
        assertThat(List.of("4.1", "4.2", "4.3", "4.4", "4.5", "4.7")).extracting(id -> actions.get(id).timescale().written())
                .containsExactly("2017-03-31", "2017-03", "2017-03", "Q3 2016/17", "2016-17", "2016/17");
        assertThat(actions.get("4.6").timescale()).isNull();
        assertThat(actions.get("4.6").notes()).isEqualTo("Time: TBC\n");
        assertThat(result.err()).contains("dates.csv row 7: time 'TBC' is not known yet, so the action has no timescale",
                "5 values were guessed; check them in the new files:",
                "  dates.csv row 2: time '31/03/2017' read as 31 March 2017 (day first, as in the UK)",
                "  dates.csv row 3: time 'March 2017' read as 2017-03 (due at the month's end)",
                "  dates.csv row 4: time 'Mar-17' read as 2017-03 (due at the month's end)",
                "  dates.csv row 5: time 'Q3 16/17' read as Q3 2016/17",
                "  dates.csv row 8: time '16/17' read as the financial year 2016/17");
    }

    @Test
    void leadsSplitAtSlashesAmpersandsAndAndAndMatchFullNames() throws IOException {
        Cli.Result result = importOf(plans, "leads.csv", "ACTION,LEAD\nA,COLC/COLP\nB,COLC & COLP\nC,City of London Police\n"
                + "D,Probation and Health\nE,\"COLC\nHome Office\"\n");

        assertThat(result.exit()).as(result.all()).isZero();
        Map<String, Action> actions = imported(plans);
        assertThat(List.of("4.1", "4.2", "4.3", "4.4", "4.5")).extracting(id -> actions.get(id).lead()).containsExactly(
                List.of("COLC", "COLP"), List.of("COLC", "COLP"), List.of("COLP"), List.of("Probation", "Health"), List.of("COLC"));
        assertThat(actions.get("4.5").notes()).isEqualTo("Lead: COLC; Home Office\n");
        assertThat(result.err()).contains("  'Home Office' (row 6)\n", "\n  HO: Home Office\n").doesNotContain("'&'")
                .as("a full name is no guess").doesNotContain("City of London Police");
    }

    @Test
    void ragWordsAndLettersOnAnInitPlanAndItsSchemaModelinePointsAtItsSchema() throws IOException {
        Path fresh = dir.resolve("fresh");
        assertThat(Cli.run("init", fresh.toString()).exit()).isZero();

        Cli.Result result = importOf(fresh, "rag.csv", "ACTION,RAG\nA,R\nB,Amber\nC,g\nD,Complete\nE,red\nF,Purple\n");

        assertThat(result.exit()).as(result.all()).isZero();
        Map<String, Action> actions = imported(fresh);
        assertThat(List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6")).extracting(id -> actions.get(id).status())
                .containsExactly("red", "amber", "green", "complete", "red", null);
        assertThat(result.err()).contains("  rag.csv row 2: progress 'R' read as red (Behind)",
                "  rag.csv row 4: progress 'g' read as green (On target)",
                "rag.csv row 7: progress 'Purple' is not on the plan's scale (red, amber, green, complete); kept as the log's note");
        String written = Files.readString(fresh.resolve("objective-2-rag.yaml"));
        assertThat(written).startsWith("# yaml-language-server: $schema=schema/objective.schema.json\n");
        assertThat(fresh.resolve("schema/objective.schema.json")).exists();
    }
}
