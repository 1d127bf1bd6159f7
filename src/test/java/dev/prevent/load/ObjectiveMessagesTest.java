package dev.prevent.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a coordinator reads when an objective file is wrong, case by case, each message at its line and column;
 * and what the loader says of a folder whose plan.yaml is missing, misnamed or not a file.
 */
class ObjectiveMessagesTest {

    static final String PLAN = "title: T\nperiod: 2015/16\nstatuses:\n  - key: red\n    label: Behind\nagencies:\n  A: Agency\n";
    static final String HEAD = "id: \"1\"\nname: N\naim: A\n";
    static final String ACTION = "  - id: \"1.1\"\n    title: T\n    action: Do\n    lead: A\n    timescale: 2015/16\n";

    static List<String> diagnostics(String plan, String objective) {
        MemoryFiles files = new MemoryFiles(Path.of("p"), Map.of("plan.yaml", plan.getBytes(StandardCharsets.UTF_8),
                "objective-1.yaml", objective.getBytes(StandardCharsets.UTF_8)));
        return PlanLoader.load(files).diagnostics().stream()
                .map(d -> d.at().line() + ":" + d.at().column() + " " + d.message() + " [" + d.rule().id() + "]").toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a mapping      | - a\\n- b\\n | 1:1 objective-1.yaml should be a mapping (key: value lines), not a list [wrong-type]
            no actions         | HEAD | 1:1 objective-1.yaml has no 'actions'; it is required [missing-key]
            an action as text  | HEAD + actions:\\n  - Do it\\n | 5:5 each action should be a mapping (key: value lines), not text [wrong-type]
            an action of nothing | HEAD + actions:\\n  - id: "1.1"\\n    title: T\\n    action: ''\\n | 7:13 'action' of action 1.1 is empty; it needs a value [missing-key]
            a title as a list  | HEAD + actions:\\n  - id: "1.1"\\n    title: [a]\\n    action: Do\\n | 6:12 'title' of action 1.1 should be text, not a list [wrong-type]
            a lead as a map    | HEAD + actions:\\n  - id: "1.1"\\n    title: T\\n    action: Do\\n    lead: [{a: b}]\\n | 8:12 each item of 'lead' in action 1.1 should be text, not a mapping (key: value lines) [wrong-type]
            an id not first    | HEAD + actions:\\n  - title: T\\n    id: "1.1"\\n    lead: A\\n | 5:5 action 1.1 has no 'action'; it is required [missing-key]
            an id as a list    | HEAD + actions:\\n  - id: [1]\\n    title: T\\n    action: Do\\n | 5:9 'id' of an action of objective 1 should be text, not a list [wrong-type]
            a UK date          | HEAD + actions:\\n + ACTION + "    updates:\\n      - date: 14/09/2015\\n" | 11:15 '14/09/2015' in 'date' of an update of action 1.1 is not a date; write dates as YYYY-MM-DD, e.g. 2015-09-14 [bad-date]
            an undated update  | HEAD + actions:\\n + ACTION + "    updates:\\n      - note: x\\n" | 11:9 an update of action 1.1 has no 'date'; it is required [missing-key]
            """)
    void eachMistakeInAnObjectiveFileHasItsOwnMessageAtItsPlace(String name, String parts, String expected) {
        String objective = String.join("", List.of(parts.split("\\s*\\+\\s*")).stream().map(part -> switch (part.strip()) {
            case "HEAD" -> HEAD;
            case "ACTION" -> ACTION;
            default -> part.strip().replaceAll("^\"|\"$", "").replace("\\n", "\n");
        }).toList());

        assertThat(diagnostics(PLAN, objective)).as(objective).contains(expected.strip());
    }

    @Test
    void aNullItemOfAListIsPassedOverQuietly() {
        String objective = HEAD + "actions:\n" + ACTION.replace("    lead: A\n", "    lead: [A, ~]\n");

        assertThat(diagnostics(PLAN, objective)).isEmpty();
    }

    @Test
    void aDutyAreaThatIsAListIsWrong() {
        assertThat(diagnostics(PLAN + "duties:\n  training: [a, b]\n", HEAD + "actions:\n" + ACTION))
                .contains("9:13 duty area 'training' should be its name, or a mapping of name and description, not a list [wrong-type]");
    }

    @TempDir
    Path dir;

    static List<String> messages(Path folder) {
        return PlanLoader.load(new DiskFiles(folder)).diagnostics().stream().map(Diagnostic::message).toList();
    }

    @Test
    void aPlanYmlIsToBeRenamed() throws Exception {
        Files.writeString(dir.resolve("plan.yml"), PLAN);

        assertThat(messages(dir)).contains("the folder has no plan.yaml; rename plan.yml to plan.yaml");
    }

    @Test
    void noPlanYamlAtAllSaysWhatItIsFor() throws Exception {
        Files.writeString(dir.resolve("objective-1.yaml"), HEAD + "actions:\n" + ACTION);
        Files.createSymbolicLink(dir.resolve("objective-2.yaml"), Path.of("/etc/hostname"));

        assertThat(messages(dir)).contains("the folder has no plan.yaml; every plan folder needs one for the title, period, statuses "
                + "and agencies");
    }

    @Test
    void aPlanYamlThatIsNotAFileIsSaidSoOnceAndNotAlsoMissing() throws Exception {
        Files.createDirectories(dir.resolve("plan.yaml"));

        assertThat(messages(dir)).containsExactly("plan.yaml is not a regular file (a pipe, a device or a folder), so it was not read");
    }

    static dev.prevent.model.Plan loaded(String plan) {
        MemoryFiles files = new MemoryFiles(Path.of("p"), Map.of("plan.yaml", plan.getBytes(StandardCharsets.UTF_8),
                "objective-1.yaml", (HEAD + "actions:\n" + ACTION).getBytes(StandardCharsets.UTF_8)));
        return PlanLoader.load(files).plan();
    }

    @Test
    void aMarkingIsStrippedAndABlankOneIsNone() {
        assertThat(loaded(PLAN + "marking: ' OFFICIAL '\n").marking()).isEqualTo("OFFICIAL");
        assertThat(loaded(PLAN + "marking: ' '\n").marking()).isNull();
        assertThat(loaded(PLAN).marking()).isNull();
    }

    @Test
    void aPeriodIsKeptAsWrittenWhenItIsNoFinancialYear() {
        assertThat(loaded(PLAN).period()).isEqualTo("2015/16");
        assertThat(loaded(PLAN.replace("period: 2015/16", "period: 2015-16")).period()).isEqualTo("2015-16");
        assertThat(loaded(PLAN.replace("period: 2015/16", "period: next year")).period()).isEqualTo("next year");
        assertThat(diagnostics(PLAN.replace("period: 2015/16", "period: ''"), HEAD + "actions:\n" + ACTION))
                .containsExactly("2:9 'period' of plan.yaml is empty; it needs a value [missing-key]");
    }

    @Test
    void aFolderOrALinkToOneNamedLikeAPlanFileIsPassedOverAndALinkToAFileInsideIsRead() throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), PLAN);
        Path objectives = Files.createDirectories(dir.resolve("objectives"));
        Files.writeString(objectives.resolve("one.yaml"), HEAD + "actions:\n" + ACTION);
        Files.createSymbolicLink(dir.resolve("objective-1.yaml"), objectives.resolve("one.yaml"));
        Files.createDirectories(dir.resolve("objective-8.yaml"));
        Files.createSymbolicLink(dir.resolve("objective-9.yaml"), objectives);

        LoadResult result = PlanLoader.load(new DiskFiles(dir));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.plan().objectives()).extracting(o -> o.id()).containsExactly("1");
    }

    @Test
    void aLinkThatLeadsNowhereIsRefusedOnceAndNotReadToo() throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), PLAN);
        Files.writeString(dir.resolve("objective-1.yaml"), HEAD + "actions:\n" + ACTION);
        Files.createSymbolicLink(dir.resolve("objective-2.yaml"), dir.resolve("gone.yaml"));

        assertThat(messages(dir)).containsExactly("'objective-2.yaml' is a link that leads nowhere (dangling, or a loop of links)");
    }
}
