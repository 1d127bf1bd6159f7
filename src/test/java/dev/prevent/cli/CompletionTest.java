package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bash completion script, sourced in a real bash and asked what 'prevent li<TAB>' completes to. */
class CompletionTest {

    @TempDir
    Path dir;

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        Cli.Result script = Cli.run("generate-completion");
        assertThat(script.exit()).isZero();
        Path file = dir.resolve("prevent_completion");
        Files.writeString(file, script.out());

        assertThat(complete(file, "li")).isEqualTo("list");
        assertThat(complete(file, "le")).isEqualTo("leads");
        assertThat(complete(file, "overdue", "--fail")).isEqualTo("--fail-if-any");
    }

    @Test
    void bashCompletesTheLeadsStatusesAndObjectivesOfThePlanAtHand() throws Exception {
        Path file = dir.resolve("prevent_completion");
        Files.writeString(file, Cli.run("generate-completion").out());
        // The real tool on PATH, run from the test classes, as the script calls it while the user types.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path prevent = bin.resolve("prevent");
        Files.writeString(prevent, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' dev.prevent.cli.Main \"$@\"\n");
        prevent.toFile().setExecutable(true);
        String plans = Path.of("plans").toAbsolutePath().toString();

        assertThat(complete(file, bin, "list", "--plan", plans, "--lead", "CO")).isEqualTo("COLC\nCOLP");
        assertThat(complete(file, bin, "list", "--plan", plans, "--status", "")).isEqualTo("red\nblue\ngreen\nnone");
        assertThat(complete(file, bin, "report", "--plan", plans, "--objective", "")).isEqualTo("1\n2\n3");
        assertThat(complete(file, bin, "list", "--plan", dir.resolve("nowhere").toString(), "--lead", "")).isEmpty();
    }

    @Test
    void theHelperPrintsThePlansValuesOneALine() {
        assertThat(Cli.run("complete", "lead", "--plan", "plans").out())
                .isEqualTo("ALL\nCOLC\nCOLP\nHealth\nED\nProbation\nCHSA\nCHSC\n");
        assertThat(Cli.run("complete", "status", "--plan", "no-such-folder").out()).isEmpty();
    }

    private String complete(Path script, String... words) throws Exception {
        return complete(script, null, words);
    }

    private String complete(Path script, Path bin, String... words) throws Exception {
        String line = "prevent " + String.join(" ", words);
        String test = "source '" + script + "'\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
                + "COMP_WORDS=(prevent " + String.join(" ", List.of(words).stream().map(w -> "'" + w + "'").toList())
                + "); COMP_CWORD=" + words.length + "\n"
                + (bin == null ? "" : "PATH='" + bin + "':$PATH\n")
                + "_prevent_plan_values\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        // Outside a real completion bash's compopt says so on stderr; only the completions (stdout) matter.
        Process bash = new ProcessBuilder(List.of("bash", "-c", test)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(bash.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
