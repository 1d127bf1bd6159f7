package dev.prevent.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the hostile corpus, run through the built jar in a JVM of its own with a 256 MB heap
 * and a time limit: the exit code, the rule, file and line it must give, and no stack trace on either stream.
 */
class HostileInputIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final long SECONDS = 30;

    @TempDir
    Path dir;

    static Stream<HostileCorpus.Case> cases() {
        return HostileCorpus.cases();
    }

    @Test
    void theCorpusHasAtLeastFortyCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsAsExpectedWithinBounds(HostileCorpus.Case c) throws Exception {
        Path plan = HostileCorpus.layOut(c, dir);
        Path given = c.plan().isEmpty() ? plan : plan.resolve(c.plan());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", "target/prevent.jar", "--plan", given.toString(),
                "validate", "--format", "json", "--as-of", "2016-04-01"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        boolean finished = process.waitFor(SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("%s finished within %d s", c, SECONDS).isTrue();
        String stdout = new String(out.get(), StandardCharsets.UTF_8);
        String stderr = new String(err.get(), StandardCharsets.UTF_8);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(process.exitValue()).as("%s: %s%s", c.what(), stderr, stdout.length() > 2000 ? "" : stdout).isEqualTo(c.exit());
        assertThat(stdout + stderr).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("OutOfMemoryError");
        assertThat(seconds).as("seconds taken by %s", c).isLessThan(SECONDS);
        if (c.exit() == 2) {
            assertThat(stderr).startsWith("prevent: ").hasLineCount(1);
            return;
        }
        assertThat(stderr).isEmpty();
        JsonNode result = JSON.readTree(stdout);
        assertThat(result.get("valid").asBoolean()).isEqualTo(c.exit() == 0);
        if (c.exit() == 1) {
            String file = c.file().equals(".") ? plan.toString() : plan.resolve(c.file()).toString();
            assertThat(result.get("diagnostics")).as(stdout).anySatisfy(d -> {
                assertThat(d.get("severity").asText()).isEqualTo("error");
                assertThat(d.get("rule").asText()).isEqualTo(c.rule());
                assertThat(d.get("file").asText()).isEqualTo(file);
                assertThat(d.get("line").asInt()).isEqualTo(c.line());
            });
        }
    }

    private static byte[] read(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
