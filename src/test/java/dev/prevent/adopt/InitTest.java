package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitTest {

    @TempDir
    Path dir;

    @Test
    void aNewPlanValidatesAtOnceAndWarnsOfTheDutyAreasStillToPlanForAndEachPlaceholderLeft() {
        Path plan = dir.resolve("our-plan");

        Cli.Result init = Cli.run("init", plan.toString());
        Cli.Result validate = Cli.run("--plan", plan.toString(), "validate", "--format", "json");

        assertThat(init.exit()).as(init.all()).isZero();
        assertThat(init.out()).contains("wrote " + plan.resolve("plan.yaml"), "wrote " + plan.resolve("objective-1-example.yaml"));
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("\"errors\" : 0", "\"warnings\" : 12");
        assertThat(validate.out().lines().filter(line -> line.contains("\"uncovered-duty\""))).hasSize(7);
        // What init wrote for the council to replace: the title, the aims, the council's name and the example action.
        assertThat(validate.out().lines().filter(line -> line.contains("\"placeholder\""))).hasSize(5);
        assertThat(Cli.run("--plan", plan.toString(), "validate", "--strict").exit()).isOne();
        assertThat(Cli.run("--plan", plan.toString(), "coverage").out()).contains("1 of 8 duty areas covered");
        assertThat(plan.resolve("schema/objective.schema.json")).exists();
    }

    @Test
    void theDutyAreasAreTheHomeOfficeToolkitsEightWithTheirSource() throws IOException {
        Path plan = dir.resolve("p");
        Cli.run("init", plan.toString());

        String header = Files.readString(plan.resolve("plan.yaml"));
        assertThat(header).contains("# The areas the plan must cover: the eight sections of the Home Office's \"Prevent duty toolkit\n"
                + "# for local authorities\" (updated February 2024).", "duties:\n  partnership-group: Multi-agency partnership group\n",
                "  communications: Communications and engagement\n");
    }

    @Test
    void itsFilesNameTheirSchemasAndUseARedAmberGreenCompleteScale() throws IOException {
        Path plan = dir.resolve("p");
        Cli.run("init", plan.toString());

        assertThat(Files.readAllLines(plan.resolve("plan.yaml")).get(0)).isEqualTo("# yaml-language-server: $schema=schema/plan.schema.json");
        assertThat(Files.readAllLines(plan.resolve("objective-1-example.yaml")).get(0))
                .isEqualTo("# yaml-language-server: $schema=schema/objective.schema.json");
        assertThat(Cli.run("--plan", plan.toString(), "leads", "--format", "csv").out().lines().findFirst())
                .contains("code,name,actions,red,amber,green,complete,notAssessed,overdue");
    }

    @Test
    void itNeverOverwritesAnything() throws IOException {
        Path plan = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(plan.resolve("notes.txt"), "mine");
        Path file = dir.resolve("a-file");
        Files.writeString(file, "mine");

        Cli.Result intoFolder = Cli.run("init", plan.toString());
        Cli.Result ontoFile = Cli.run("init", file.toString());

        assertThat(intoFolder.exit()).isEqualTo(2);
        assertThat(intoFolder.err()).contains("already exists and is not empty");
        assertThat(ontoFile.exit()).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("mine");
        try (var files = Files.list(plan)) {
            assertThat(files).containsExactly(plan.resolve("notes.txt"));
        }
    }

    @Test
    void aPeriodCanBeGivenAndMustBeAFinancialYear() throws IOException {
        Path plan = dir.resolve("p");
        assertThat(Cli.run("init", plan.toString(), "--period", "2027/28").exit()).isZero();
        assertThat(Files.readString(plan.resolve("plan.yaml"))).contains("period: 2027/28\n");

        Cli.Result bad = Cli.run("init", dir.resolve("q").toString(), "--period", "2027");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("prevent: --period '2027' is not");
        assertThat(dir.resolve("q")).doesNotExist();
    }

    @Test
    void withBenchmarksItWritesTenNumberedItemsToNameFromTheCouncilsCopyAndValidateFlagsEachUntilNamed() throws IOException {
        Path plan = dir.resolve("plans");
        assertThat(Cli.run("init", plan.toString(), "--with-benchmarks").exit()).isZero();

        String header = Files.readString(plan.resolve("plan.yaml"));
        assertThat(header).contains("# The Home Office assures councils against benchmarks whose wording it issues",
                "  benchmarks:\n    name: Prevent assurance benchmarks\n", "      b10: 'Benchmark 10: write its name from the council''s copy'");
        Cli.Result validate = Cli.run("--plan", plan.toString(), "validate");
        assertThat(validate.out().lines().filter(line -> line.contains("is still named as prevent init wrote it; write its name"))).hasSize(10);

        Files.writeString(plan.resolve("plan.yaml"), header.replace("'Benchmark 3: write its name from the council''s copy'", "Risk assessment"));
        assertThat(Cli.run("--plan", plan.toString(), "validate").out().lines()
                .filter(line -> line.contains("is still named as prevent init wrote it; write its name"))).hasSize(9);
    }
}
