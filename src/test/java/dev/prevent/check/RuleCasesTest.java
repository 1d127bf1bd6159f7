package dev.prevent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.load.MemoryFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules' edge cases, each on a plan held in memory: what is reported, and what is rightly not. */
class RuleCasesTest {

    static final String PLAN = "title: T\nperiod: 2015/16\nstatuses:\n  - key: red\n    label: Behind\n  - key: green\n"
            + "    label: On target\nagencies:\n  A: Agency\nduties:\n  training: Training\n";
    static final String HEAD = "id: \"1\"\nname: N\naim: A\nactions:\n";
    static final String ACTION = "  - id: \"1.1\"\n    title: T\n    action: Do\n    lead: A\n    timescale: 2015/16\n"
            + "    duties: [training]\n    status: green\n";

    static Validation validation(String... namesAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plan.yaml", PLAN.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return Validation.of(new MemoryFiles(Path.of("p"), files), LocalDate.of(2016, 1, 1));
    }

    static List<String> found(Validation v) {
        return v.diagnostics().stream().map(d -> d.at().file().getFileName() + ":" + d.at().line() + " " + d.rule().id() + " "
                + d.message()).toList();
    }

    @Test
    void aValidPlanHasNothingToSay() {
        assertThat(found(validation("objective-1.yaml", HEAD + ACTION))).isEmpty();
    }

    @Test
    void twoObjectivesWithOneIdAreReported() {
        assertThat(found(validation("objective-1.yaml", HEAD + ACTION, "objective-2.yaml", HEAD + ACTION.replace("1.1", "1.2"))))
                .contains("objective-2.yaml:1 duplicate-id objective id '1' is used twice: here and at p/objective-1.yaml:1:5; "
                        + "give each objective its own id");
    }

    @Test
    void anUnknownStatusInAnUpdateIsReportedAtIt() {
        String logged = ACTION + "    updates:\n      - date: 2015-10-01\n        status: gren\n";

        assertThat(found(validation("objective-1.yaml", HEAD + logged))).anySatisfy(line -> assertThat(line)
                .startsWith("objective-1.yaml:14 unknown-status status 'gren' of an update of action 1.1 is not on the plan's scale "
                        + "(did you mean 'green'?)"));
    }

    @Test
    void aNewestUpdateWithoutAStatusLeavesTheStatusFieldAlone() {
        String logged = ACTION + "    updates:\n      - date: 2015-09-01\n        status: green\n      - date: 2015-10-01\n"
                + "        note: Met again\n";

        assertThat(found(validation("objective-1.yaml", HEAD + logged))).isEmpty();
    }

    @Test
    void anEmptyDutyNamesNoAreaAndAMistypedOneIsSuggested() {
        String empty = ACTION.replace("duties: [training]", "duties: [training, '']");
        String typo = ACTION.replace("duties: [training]", "duties: [trainng]");

        assertThat(found(validation("objective-1.yaml", HEAD + empty))).noneSatisfy(l -> assertThat(l).contains("unknown-duty"));
        assertThat(found(validation("objective-1.yaml", HEAD + typo))).anySatisfy(l -> assertThat(l).isEqualTo(
                "objective-1.yaml:10 unknown-duty duty area 'trainng' of action 1.1 is not declared in plan.yaml's duties "
                        + "(did you mean 'training'?); the areas are training"));
    }

    @Test
    void sarifListsEveryRuleAndTheTerminalColoursSeverities() {
        Validation v = validation("objective-1.yaml", HEAD + ACTION.replace("    status: green\n", ""));
        StringWriter sarif = new StringWriter();
        new SarifDiagnostics().write(v, false, new PrintWriter(sarif));
        StringWriter coloured = new StringWriter();
        new TextDiagnostics(true, Validation.SHOWN_PER_RULE).write(v, false, new PrintWriter(coloured));

        for (dev.prevent.model.Rule rule : dev.prevent.model.Rule.values()) {
            assertThat(sarif.toString()).contains("\"id\" : \"" + rule.id() + "\"");
        }
        assertThat(coloured.toString()).contains("\u001b[").contains("warning");
    }

    @Test
    void anUnknownLeadIsFoundWhereItIsWrittenBareOrInAList() {
        assertThat(validation("objective-1.yaml", HEAD + ACTION.replace("lead: A", "lead: XY")).diagnostics())
                .anySatisfy(d -> assertThat(d.rule().id() + " " + d.at().line() + ":" + d.at().column()).isEqualTo("unknown-lead 8:11"));
        assertThat(validation("objective-1.yaml", HEAD + ACTION.replace("lead: A", "lead: [A, XY]")).diagnostics())
                .anySatisfy(d -> assertThat(d.rule().id() + " " + d.at().line() + ":" + d.at().column()).isEqualTo("unknown-lead 8:15"));
    }

    @Test
    void updatesOutOfOrderAreEachMeasuredAgainstTheLatestBeforeThem() {
        String logged = ACTION + "    updates:\n      - date: 2015-12-01\n      - date: 2015-10-01\n      - date: 2015-11-01\n";

        assertThat(found(validation("objective-1.yaml", HEAD + logged))).filteredOn(l -> l.contains("update-order")).containsExactly(
                "objective-1.yaml:14 update-order this update of action 1.1 (2015-10-01) comes after a later one (2015-12-01); "
                        + "keep updates oldest first",
                "objective-1.yaml:15 update-order this update of action 1.1 (2015-11-01) comes after a later one (2015-12-01); "
                        + "keep updates oldest first");
    }

    @Test
    void aStatusFieldBehindItsNewestUpdateIsStaleAndAnEmptyStatusInTheLogIsNone() {
        String stale = ACTION.replace("status: green", "status: red") + "    updates:\n      - date: 2015-10-01\n        status: green\n";
        String empty = ACTION.replace("status: green", "status: red") + "    updates:\n      - date: 2015-10-01\n        status: ''\n";

        assertThat(found(validation("objective-1.yaml", HEAD + stale))).anySatisfy(l -> assertThat(l).contains("stale-status"));
        assertThat(found(validation("objective-1.yaml", HEAD + empty))).noneSatisfy(l -> assertThat(l).contains("stale-status"));
    }

    @Test
    void placeholdersInAnObjectiveAndInAnUpdateAreFoundAndOneWrittenAsAnEscapeIsStillNamed() {
        String objective = "id: \"1\"\nname: N\naim: TBC\nactions:\n" + ACTION + "    updates:\n      - date: 2015-10-01\n"
                + "        note: Venue TBA\n";
        String escaped = "id: \"1\"\nname: N\naim: \"T\\x42C\"\nactions:\n" + ACTION;

        assertThat(found(validation("objective-1.yaml", objective))).filteredOn(l -> l.contains("placeholder")).containsExactly(
                "objective-1.yaml:3 placeholder 'TBC' in the aim of objective 1 looks like a placeholder left from a draft; "
                        + "write the real text",
                "objective-1.yaml:14 placeholder 'TBA' in the note of an update of action 1.1 looks like a placeholder left from "
                        + "a draft; write the real text");
        assertThat(found(validation("objective-1.yaml", escaped))).filteredOn(l -> l.contains("placeholder")).containsExactly(
                "objective-1.yaml:1 placeholder 'TBC' in objective 1 looks like a placeholder left from a draft; write the real text");
    }

    @Test
    void anErrorIsRedAndAWarningYellowAtATerminal() {
        Validation v = validation("objective-1.yaml", HEAD + ACTION.replace("    status: green\n", "").replace("lead: A", "lead: XY"));
        StringWriter coloured = new StringWriter();
        new TextDiagnostics(true, Validation.SHOWN_PER_RULE).write(v, false, new PrintWriter(coloured));

        assertThat(coloured.toString()).contains("\u001b[1;31merror").contains("\u001b[1;33mwarning");
    }

    @Test
    void anActionWithNoStatusButAnAssessedLogIsToldSo() {
        String logged = ACTION.replace("    status: green\n", "") + "    updates:\n      - date: 2015-10-01\n        status: green\n";

        assertThat(found(validation("objective-1.yaml", HEAD + logged))).filteredOn(l -> l.contains("stale-status")).singleElement()
                .asString().contains("stale-status action 1.1 has no status, but its newest update (2015-10-01) gives status 'green'");
    }

    @Test
    void aPlaceholderInAListWrittenAsAnEscapeIsStillNamed() {
        String escaped = ACTION.replace("    lead: A\n", "    lead: A\n    success_criteria: [\"T\\x42C\"]\n");

        assertThat(found(validation("objective-1.yaml", HEAD + escaped))).filteredOn(l -> l.contains("placeholder")).containsExactly(
                "objective-1.yaml:5 placeholder 'TBC' in action 1.1 looks like a placeholder left from a draft; write the real text");
    }

    @Test
    void githubsAnnotationsEndWithTheSummary() {
        Validation v = validation("objective-1.yaml", HEAD + ACTION.replace("lead: A", "lead: XY"));
        StringWriter github = new StringWriter();
        new GithubDiagnostics(Validation.SHOWN_PER_RULE).write(v, false, new PrintWriter(github));

        assertThat(github.toString()).startsWith("::error file=").endsWith("\n" + TextDiagnostics.summary(v) + System.lineSeparator());
    }
}
