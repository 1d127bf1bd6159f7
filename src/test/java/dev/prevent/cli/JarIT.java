package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The built jar and the ./prevent launcher, run as a user runs them, in a JVM of their own. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JarIT {

    record Run(int exit, String out, String err) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        builder.environment().remove("PREVENT_PLAN");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        return new Run(process.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    static Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", "target/prevent.jar"));
        command.addAll(List.of(args));
        return run(command);
    }

    @Test
    void theJarValidatesTheShippedPlan() throws Exception {
        Run run = jar("validate", "--as-of", "2016-04-01");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("plans/objective-2-individuals.yaml:25:14: warning: 'xxx'")
                .endsWith("plans: 0 errors, 29 warnings in 5 files\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theJarExitsTwoOnAMissingFolderWithOneLine() throws Exception {
        Run run = jar("--plan", "missing", "validate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("prevent: no plan folder at 'missing' (name one with --plan DIR, or set PREVENT_PLAN)\n");
    }

    @Test
    void theJarKnowsItsVersion() throws Exception {
        // Built in a git clone (as CI and every developer build), the version names the commit.
        assertThat(jar("--version").out()).matches(java.nio.file.Files.exists(Path.of(".git"))
                ? "prevent \\d+\\.\\d+\\.\\d+ \\(commit [0-9a-f]{8}\\)\n" : "prevent \\d+\\.\\d+\\.\\d+\n");
    }

    @Test
    void theLauncherRunsTheBuiltJar() throws Exception {
        Run run = run(List.of("bash", "prevent", "validate", "--strict", "--as-of", "2016-04-01"));

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("plans: 0 errors, 29 warnings in 5 files");
    }

    @Test
    void theLauncherWorksThroughASymbolicLinkFromAnotherFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("prevent"), Path.of("prevent").toAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", link.toString(), "--plan",
                Path.of("plans").toAbsolutePath().toString(), "validate", "--as-of", "2016-04-01")).directory(dir.toFile());
        builder.environment().remove("PREVENT_PLAN");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(err).isZero();
        assertThat(out).endsWith("0 errors, 29 warnings in 5 files\n");
    }
}
