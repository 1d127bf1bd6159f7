package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages in the user's words: no library's internals, the real reason, and only ids the plan's files take. */
class PlainWordsTest {

    @TempDir
    Path dir;

    @Test
    void aWordDocumentNamedAsAWorkbookIsSaidToBeOneNotInXmlBeansWords() throws Exception {
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path paper = dir.resolve("paper.docx");
        assertThat(Cli.run("--plan", plans.toString(), "report", "--format", "docx", "-o", paper.toString()).exit()).isZero();
        Path renamed = Files.copy(paper, dir.resolve("Our plan.xlsx"));
        Path into = Files.createDirectories(dir.resolve("into"));
        Files.copy(plans.resolve("plan.yaml"), into.resolve("plan.yaml"));

        Cli.Result imported = Cli.run("--plan", into.toString(), "import", renamed.toString());
        Cli.Result returned = Cli.run("--plan", plans.toString(), "returns", renamed.toString());

        for (Cli.Result result : List.of(imported, returned)) {
            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("it is a Word document, not an Excel workbook; was it renamed?")
                    .doesNotContain("schemas.openxmlformats", "substitution", "Exception");
        }
    }

    @Test
    void aRolloverInARepositoryWithNoCommitsSaysSo() throws Exception {
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        byte[] before = Files.readAllBytes(plans.resolve("plan.yaml"));

        Cli.Result rollover = Cli.run("--plan", plans.toString(), "rollover", "2016/17");
        Cli.Result update = Cli.run("--plan", plans.toString(), "update", "1.1", "--note", "Met", "--commit");

        assertThat(rollover.exit()).isEqualTo(2);
        assertThat(rollover.err()).contains("the plan has never been committed, so there is no year to tag").doesNotContain("not committed;");
        assertThat(update.exit()).isEqualTo(2);
        assertThat(update.err()).contains("the git repository has no commits yet; commit the plan first");
        assertThat(plans.resolve("plan.yaml")).hasBinaryContent(before);
    }

    @Test
    void addObjectiveTakesOnlyAnIdThePlansFilesTake() throws Exception {
        Path plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        for (String id : List.of("../../x", "1/2", "-1", "01", "1.5", "a b", "")) {
            Cli.Result result = Cli.run("--plan", plans.toString(), "add-objective", "--name", "X", "--aim", "Y", "--id=" + id);
            assertThat(result.exit()).as(id).isEqualTo(2);
            assertThat(result.err()).as(id).contains("is not an objective id");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plans");
        }
        assertThat(Cli.run("--plan", plans.toString(), "add-objective", "--name", "Training", "--aim", "Staff refer", "--id", "4b").exit())
                .isZero();
    }
}
