package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prevent.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action for a plan repository, run here as the runner runs it: its script with GITHUB_ACTION_PATH
 * at this checkout and GITHUB_WORKSPACE at a repository that holds only a plan. The action and the workflows
 * are linted with action-validator (npm), which checks them against GitHub's schemas.
 */
class ActionIT {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> command, Map<String, String> env, Path cwd) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().putAll(env);
        builder.environment().remove("PREVENT_PLAN");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void inAPlanOnlyRepositoryItAnnotatesAndWritesSarif() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("council-plan"));
        Fixtures.copy(Fixtures.shippedPlan(), workspace.resolve("plans"));
        Map<String, String> env = Map.of("GITHUB_ACTION_PATH", Path.of("").toAbsolutePath().toString(),
                "GITHUB_WORKSPACE", workspace.toString(), "PREVENT_ACTION_AS_OF", "2016-04-01");

        Run run = run(List.of("bash", Path.of("action/validate.sh").toAbsolutePath().toString()), env, dir);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("::warning file=plans/objective-1-ideologies.yaml,line=9,col=5,title=missing-status::");
        JsonNode sarif = new ObjectMapper().readTree(workspace.resolve("prevent.sarif").toFile());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/results")).hasSize(29);

        Run strict = run(List.of("bash", Path.of("action/validate.sh").toAbsolutePath().toString()),
                Map.of("GITHUB_ACTION_PATH", Path.of("").toAbsolutePath().toString(), "GITHUB_WORKSPACE", workspace.toString(),
                        "PREVENT_ACTION_STRICT", "true", "PREVENT_ACTION_SARIF", "out/strict.sarif"), dir);
        assertThat(strict.exit()).as("warnings fail under strict").isEqualTo(1);
    }

    @Test
    void theActionAndTheWorkflowsPassActionValidator() throws Exception {
        assumeTrue(run(List.of("sh", "-c", "command -v npm"), Map.of(), dir).exit() == 0, "npm is needed for action-validator");
        Path tools = Files.createDirectories(Path.of("target/npm").toAbsolutePath());
        Run install = run(List.of("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", tools.toString(),
                "@action-validator/cli@0.6.0", "@action-validator/core@0.6.0"), Map.of(), dir);
        assumeTrue(install.exit() == 0, "action-validator could not be installed: " + install.err());
        Path validator = tools.resolve("node_modules/.bin/action-validator");

        for (String file : List.of("action.yml", ".github/workflows/plan.yml", ".github/workflows/build.yml")) {
            Run lint = run(List.of(validator.toString(), Path.of(file).toAbsolutePath().toString()), Map.of(), dir);
            assertThat(lint.exit()).as("%s: %s%s", file, lint.out(), lint.err()).isZero();
        }
    }
}
