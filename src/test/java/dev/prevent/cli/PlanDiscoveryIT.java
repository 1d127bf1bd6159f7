package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prevent validate} with no --plan, run by the built jar from inside a plan repository and from outside one. */
class PlanDiscoveryIT {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run validate(Path from) throws Exception {
        Process process = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of("target/prevent.jar").toAbsolutePath().toString(), "validate", "--as-of", "2016-04-01"))
                .directory(from.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void fromThePlanFolderFromASubFolderAndFromNowhere() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("council-plan"));
        Files.createDirectories(repo.resolve(".git"));
        Fixtures.copy(Fixtures.shippedPlan(), repo.resolve("plans"));
        Path minutes = Files.createDirectories(repo.resolve("minutes/2016"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(elsewhere.resolve(".git"));

        Run inPlans = validate(repo.resolve("plans"));
        Run inSub = validate(minutes);
        Run nowhere = validate(elsewhere);

        assertThat(inPlans.exit()).as(inPlans.err()).isZero();
        assertThat(inPlans.out()).startsWith("objective-1-ideologies.yaml:9:5: warning:").endsWith(".: 0 errors, 29 warnings in 5 files\n");
        assertThat(inSub.exit()).as(inSub.err()).isZero();
        assertThat(inSub.out()).contains("../../plans/objective-1-ideologies.yaml:9:5:").endsWith("../../plans: 0 errors, 29 warnings in 5 files\n");
        assertThat(nowhere.exit()).isEqualTo(2);
        assertThat(nowhere.err()).isEqualTo("prevent: no plan here: looked for plans/plan.yaml and plan.yaml in " + elsewhere.toRealPath()
                + " (up to the top of the repository or the file system); name the plan folder with --plan DIR, or set PREVENT_PLAN\n");
    }
}
