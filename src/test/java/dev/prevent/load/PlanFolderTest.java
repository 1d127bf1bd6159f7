package dev.prevent.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.exit.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan is found as git finds a repository: here, then each parent, up to the repository's top. */
class PlanFolderTest {

    @TempDir
    Path dir;

    @Test
    void aPlansFolderHereOrAboveIsFoundAndShownRelative() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("plans"));
        Files.writeString(repo.resolve("plans/plan.yaml"), "title: x\n");
        Path deep = Files.createDirectories(repo.resolve("docs/minutes"));

        assertThat(PlanFolder.find(repo)).isEqualTo(Path.of("plans"));
        assertThat(PlanFolder.find(deep)).isEqualTo(Path.of("../../plans"));
        assertThat(PlanFolder.find(repo.resolve("plans"))).isEqualTo(Path.of("."));
    }

    @Test
    void theSearchStopsAtTheTopOfARepositoryAndSaysWhereItLooked() throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), "title: outside the repository\n");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path sub = Files.createDirectories(repo.resolve("sub"));

        assertThatThrownBy(() -> PlanFolder.find(sub)).isInstanceOf(UserError.class)
                .hasMessageContaining("looked for plans/plan.yaml and plan.yaml in " + sub + ", " + repo)
                .hasMessageNotContaining(", " + dir + " ").hasMessageContaining("--plan DIR, or set PREVENT_PLAN")
                .hasMessageContaining(" (up to the top of the repository or the file system)");
    }

    @Test
    void aSearchThatLookedInOneFolderSaysWhyItStoppedOnlyWhenARepositoryStoppedIt() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("top"));
        Files.createDirectories(repo.resolve(".git"));

        assertThatThrownBy(() -> PlanFolder.find(repo)).isInstanceOf(UserError.class)
                .hasMessage("no plan here: looked for plans/plan.yaml and plan.yaml in " + repo + " (up to the top of the repository "
                        + "or the file system); name the plan folder with --plan DIR, or set PREVENT_PLAN");
        // The file system's root: one folder looked in, and no repository.
        assertThatThrownBy(() -> PlanFolder.find(Path.of("/"))).isInstanceOf(UserError.class)
                .hasMessage("no plan here: looked for plans/plan.yaml and plan.yaml in /; name the plan folder with --plan DIR, "
                        + "or set PREVENT_PLAN");
    }
}
