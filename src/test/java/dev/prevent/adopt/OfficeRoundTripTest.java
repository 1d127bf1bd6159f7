package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What prevent writes for Office, read back by {@code prevent import}: the Word paper and the Excel list give back
 * the same actions, on the shipped plan and on a plan with every status.
 */
class OfficeRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Arguments> plans() {
        return Stream.of(Arguments.of("shipped", Fixtures.shippedPlan()), Arguments.of("every status", Fixtures.plan("report")));
    }

    Path emptyPlanLike(Path plan) throws IOException {
        Path into = Files.createDirectories(dir.resolve("back"));
        Files.copy(plan.resolve("plan.yaml"), into.resolve("plan.yaml"));
        return into;
    }

    Plan importedBack(Path plan, Path file) throws IOException {
        Path into = emptyPlanLike(plan);
        Cli.Result result = Cli.run("--plan", into.toString(), "import", file.toString());
        assertThat(result.exit()).as(result.all()).isZero();
        return WordImportTest.plan(into);
    }

    /** What a round trip keeps of an action: the fields both files carry. */
    static List<String> kept(Plan plan, Function<Action, List<String>> fields) {
        return plan.actions().flatMap(a -> fields.apply(a).stream().map(f -> a.id() + " " + f)).toList();
    }

    static List<String> listFields(Action a) {
        return List.of("title: " + a.title(), "theme: " + a.theme(), "lead: " + a.lead(),
                "timescale: " + (a.timescale() == null ? null : a.timescale().written()), "status: " + a.status());
    }

    static List<String> paperFields(Action a) {
        return Stream.concat(listFields(a).stream(), Stream.of("action: " + WordImportTest.words(a.action()),
                "criteria: " + WordImportTest.words(a.successCriteria()), "resources: " + WordImportTest.words(a.resources()))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theWordPaperImportsBackIntoTheSameActions(String name, Path plan) throws IOException {
        Path docx = dir.resolve("paper.docx");
        Cli.Result report = Cli.run("--plan", plan.toString(), "report", "--format", "docx", "-o", docx.toString(),
                "--as-of", "2016-04-01");
        assertThat(report.exit()).as(report.all()).isZero();

        Plan back = importedBack(plan, docx);

        Plan original = WordImportTest.plan(plan);
        assertThat(back.actions().map(Action::id)).containsExactlyElementsOf(original.actions().map(Action::id).toList());
        assertThat(kept(back, OfficeRoundTripTest::paperFields)).containsExactlyElementsOf(kept(original, OfficeRoundTripTest::paperFields));
        assertThat(back.objectives()).extracting(o -> o.id() + " " + o.name())
                .containsExactlyElementsOf(original.objectives().stream().map(o -> o.id() + " " + o.name()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void theExcelListImportsBackIntoTheSameActions(String name, Path plan) throws IOException {
        Path xlsx = dir.resolve("list.xlsx");
        Cli.Result list = Cli.run("--plan", plan.toString(), "list", "--format", "xlsx", "-o", xlsx.toString(),
                "--as-of", "2016-04-01");
        assertThat(list.exit()).as(list.all()).isZero();

        Plan back = importedBack(plan, xlsx);

        Plan original = WordImportTest.plan(plan);
        assertThat(back.actions().map(Action::id)).containsExactlyElementsOf(original.actions().map(Action::id).toList());
        assertThat(kept(back, OfficeRoundTripTest::listFields)).containsExactlyElementsOf(kept(original, OfficeRoundTripTest::listFields));
        assertThat(back.objectives()).extracting(o -> o.id()).containsExactlyElementsOf(original.objectives().stream().map(o -> o.id()).toList());
    }
}
