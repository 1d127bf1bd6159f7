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

    private String complete(Path script, String... words) throws Exception {
        String line = "prevent " + String.join(" ", words);
        String test = "source '" + script + "'\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
                + "COMP_WORDS=(prevent " + String.join(" ", words) + "); COMP_CWORD=" + words.length + "\n"
                + "_complete_prevent\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        // Outside a real completion bash's compopt says so on stderr; only the completions (stdout) matter.
        Process bash = new ProcessBuilder(List.of("bash", "-c", test)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(bash.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
