package dev.prevent.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report killed at any moment (SIGKILL, as when a laptop's battery dies) leaves the previous report as
 * it was: the new one goes to a temporary file that replaces the old one in a single move, or not at all.
 */
class AtomicWriteIT {

    static final byte[] OLD = "the report of the last meeting\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void killedMidReportTheOldFileIsIntact() throws Exception {
        Path plan = HostileCorpus.layOut(HostileCorpus.cases().filter(c -> c.name().equals("ten-thousand-actions"))
                .findFirst().orElseThrow(), Files.createDirectories(dir.resolve("plan")));
        Path out = dir.resolve("report.html");
        int killedBeforeTheEnd = 0;
        for (int delay = 300; delay <= 3900; delay += 400) {
            Files.write(out, OLD);
            Process report = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                    "target/prevent.jar", "--plan", plan.toString(), "report", "--as-of", "2016-04-01", "-o", out.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!report.waitFor(delay, TimeUnit.MILLISECONDS)) {
                report.destroyForcibly().waitFor();
                killedBeforeTheEnd++;
            }

            byte[] now = Files.readAllBytes(out);
            if (!java.util.Arrays.equals(now, OLD)) {
                assertThat(new String(now, StandardCharsets.UTF_8)).as("after a kill at %d ms the file is whole", delay)
                        .startsWith("<!DOCTYPE html>").endsWith("</html>\n");
            }
        }
        assertThat(killedBeforeTheEnd).as("runs killed before they finished").isGreaterThan(0);

        // SIGKILL leaves temporary files no process can remove; the next write to the same file removes them.
        Process whole = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                "target/prevent.jar", "--plan", plan.toString(), "report", "--as-of", "2016-04-01", "-o", out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(whole.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void stoppedMidReportItLeavesNoTemporaryFile() throws Exception {
        Path plan = HostileCorpus.layOut(HostileCorpus.cases().filter(c -> c.name().equals("ten-thousand-actions"))
                .findFirst().orElseThrow(), Files.createDirectories(dir.resolve("plan")));
        Path out = dir.resolve("report.html");
        Process report = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                "target/prevent.jar", "--plan", plan.toString(), "report", "--as-of", "2016-04-01", "-o", out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // Wait until the temporary file exists, then stop the run as Ctrl-C or a CI timeout would (SIGTERM).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && report.isAlive() && !hasPart(dir)) {
            Thread.sleep(20);
        }
        assertThat(report.isAlive()).as("the run was still writing").isTrue();
        report.destroy();
        assertThat(report.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(hasPart(dir)).isFalse();
        assertThat(Files.exists(out)).isFalse();
    }

    private static boolean hasPart(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void aTemplateThatExhaustsMemoryIsATemplateErrorNotATrace() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.html.ftl"), "<#assign s = \"x\"><#list 1..60 as i><#assign s = s + s></#list>${s}");
        Process report = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m", "-jar",
                "target/prevent.jar", "--plan", "plans", "report", "--templates", templates.toString(), "-o",
                dir.resolve("report.html").toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(report.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(report.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("more than fits in memory").doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
    }
}
