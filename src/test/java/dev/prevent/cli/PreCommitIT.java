package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prevent.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook as a council's plan repository uses it: its .pre-commit-config.yaml names this
 * repository at a commit, pre-commit (the Debian package) clones it and runs the hook, which builds the
 * tool on first use. A commit that breaks the plan is refused; a good one goes through.
 */
class PreCommitIT {

    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run run(Path cwd, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        builder.environment().put("PRE_COMMIT_HOME", dir.resolve("pre-commit-cache").toString());
        builder.environment().put("GIT_AUTHOR_NAME", "Coordinator");
        builder.environment().put("GIT_AUTHOR_EMAIL", "coordinator@example.org");
        builder.environment().put("GIT_COMMITTER_NAME", "Coordinator");
        builder.environment().put("GIT_COMMITTER_EMAIL", "coordinator@example.org");
        builder.environment().remove("PREVENT_PLAN");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void aBadCommitIsRefusedAndAGoodOnePasses() throws Exception {
        assumeTrue(run(dir, "sh", "-c", "command -v pre-commit").exit() == 0, "pre-commit is needed (apt-get install pre-commit)");
        Path self = Path.of("").toAbsolutePath();
        String rev = run(self, "git", "rev-parse", "HEAD").out().strip();
        assumeTrue(rev.matches("[0-9a-f]{40}"), "this checkout must be a git repository with a commit");
        Path repo = Files.createDirectories(dir.resolve("council-plan"));
        assertThat(run(repo, "git", "init", "-q", "-b", "main").exit()).isZero();
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), "repos:\n  - repo: " + self + "\n    rev: " + rev
                + "\n    hooks:\n      - id: prevent-validate\n");
        assertThat(run(repo, "pre-commit", "install").exit()).isZero();
        Fixtures.copy(Fixtures.shippedPlan(), repo.resolve("plans"));

        run(repo, "git", "add", "-A");
        Run good = run(repo, "git", "commit", "-q", "-m", "The plan as agreed");
        Path file = repo.resolve("plans/objective-1-ideologies.yaml");
        Files.writeString(file, Files.readString(file).replace("    lead: [ALL]", "    lead: [Police]"));
        run(repo, "git", "add", "-A");
        Run bad = run(repo, "git", "commit", "-q", "-m", "A lead that is no agency");

        assertThat(good.exit()).as(good.out()).isZero();
        assertThat(good.out()).contains("prevent validate").contains("Passed");
        assertThat(bad.exit()).as(bad.out()).isNotZero();
        assertThat(bad.out()).contains("Failed", "lead 'Police' of action 1.1 is not an agency of plan.yaml");
        assertThat(run(repo, "git", "log", "--format=%s").out()).isEqualTo("The plan as agreed\n");
    }
}
