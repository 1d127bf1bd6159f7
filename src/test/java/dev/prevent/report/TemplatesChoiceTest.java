package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper's templates change only when asked: report --templates DIR, or plan.yaml's templates: naming a folder
 * inside the plan's repository; never a templates/ folder that happens to be where the command runs. The paper
 * says when the council's own were used.
 */
class TemplatesChoiceTest {

    @TempDir
    Path repo;

    @Test
    void plansOwnTemplatesInsideItsRepositoryAreUsedAndThePaperSaysSo() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), repo.resolve("plans"));
        Path templates = Files.createDirectories(repo.resolve("council-templates"));
        Files.writeString(templates.resolve("report.md.ftl"), "Our own paper for ${plan.title}<#if templates??>, from ${templates}</#if>\n");
        Files.writeString(plan.resolve("plan.yaml"), Files.readString(plan.resolve("plan.yaml")) + "templates: ../council-templates\n");
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();

        Cli.Result result = Cli.run("--plan", plan.toString(), "report", "--format", "markdown");
        Cli.Result builtIn = Cli.run("--plan", plan.toString(), "report", "--format", "markdown", "--templates",
                Files.createDirectories(repo.resolve("empty")).toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo("Our own paper for Report fixture, from " + plan.resolve("../council-templates").normalize() + "\n");
        // A folder with none of the files: the built-in ones are used for what it lacks, and the paper says whose folder.
        assertThat(builtIn.out()).contains("# Report fixture", ", with the templates in " + repo.resolve("empty"));
    }

    @Test
    void templatesOutsideThePlansRepositoryAreRefused(@TempDir Path elsewhere) throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), repo.resolve("plans"));
        Path templates = Files.createDirectories(elsewhere.resolve("templates"));
        Files.writeString(plan.resolve("plan.yaml"), Files.readString(plan.resolve("plan.yaml")) + "templates: " + templates + "\n");
        Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call().close();

        Cli.Result result = Cli.run("--plan", plan.toString(), "report", "--format", "markdown");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("plan.yaml's templates: '" + templates + "' is outside the plan's repository");
    }

    @Test
    void withoutBeingAskedThePaperUsesTheBuiltInTemplatesWhereverItIsMade() {
        var plan = Validation.of(Fixtures.plan("report"), LocalDate.of(2016, 4, 1)).validPlan();

        // The working folder of this build has a templates/ folder of its own: it is not taken.
        assertThat(Files.isDirectory(Path.of("templates"))).isTrue();
        assertThat(ReportTemplates.chosen(null, plan, Fixtures.plan("report")).folder()).isEmpty();
    }
}
