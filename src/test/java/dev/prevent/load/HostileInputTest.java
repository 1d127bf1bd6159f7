package dev.prevent.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that would hurt a naive YAML loader: each ends in one error naming the file, exit 1,
 * no stack trace, within the test's timeout.
 */
@Timeout(value = 3, unit = TimeUnit.SECONDS)
class HostileInputTest {

    @TempDir
    Path plan;

    @BeforeEach
    void aValidHeader() throws IOException {
        Files.copy(Path.of("src/test/resources/plans/valid/plan.yaml"), plan.resolve("plan.yaml"));
    }

    @Test
    void anAliasBombIsRefusedAtTheFirstAlias() throws IOException {
        StringBuilder yaml = new StringBuilder("id: \"1\"\nname: x\naim: y\nactions: []\n");
        yaml.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            yaml.append(("*" + prev + ",").repeat(8)).append("*").append(prev).append("]\n");
        }
        write(yaml.toString());

        assertOneError("objective.yaml:6:", "aliases (*name) are not allowed");
    }

    @Test
    void tenThousandNestedListsAreRefused() throws IOException {
        write("id: \"1\"\nname: x\naim: y\nactions: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

        assertOneError("objective.yaml:4:", "nests deeper than 64 levels");
    }

    @Test
    void deepBlockNestingIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("id: \"1\"\n");
        for (int depth = 0; depth < 200; depth++) {
            yaml.append("  ".repeat(depth)).append("k: \n".replace(" \n", "\n"));
        }
        write(yaml.toString());

        assertOneError("objective.yaml:", "nests deeper than 64 levels");
    }

    @Test
    void aFileOfTwentyMegabytesIsRefusedWithoutParsingIt() throws IOException {
        write("id: \"1\"\nname: x\naim: y\nactions: []\nsummary: " + "x".repeat(20_000_000) + "\n");

        assertOneError("objective.yaml: error: the file is 20.0 MB; a plan file may be at most 16 MB", "");
    }

    @Test
    void aGlobalTagNeverInstantiatesAClass() throws IOException {
        write("id: \"1\"\nname: x\naim: y\nactions:\n  - !!dev.prevent.load.Tripwire []\n"
                + "  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n");

        assertOneError("objective.yaml:5:5", "tags such as '!!dev.prevent.load.Tripwire' are not allowed");
        assertThat(Tripwire.created).isZero();
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() throws IOException {
        byte[] bytes = "id: \"1\"\nname: x\naim: caf\u00e9 \n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(plan.resolve("objective.yaml"), bytes);

        assertOneError("objective.yaml:3:9", "not UTF-8 text (byte 0xE9 here)");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() throws IOException {
        write("id: \"1\"\nname: Garbled \uFFFD name\naim: y\nactions: []\n");

        Cli.Result result = Cli.run("--plan", plan.toString(), "validate");

        assertThat(result.out()).doesNotContain("not UTF-8").contains("0 errors");
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 'a';
        bytes[1] = 0;
        Files.write(plan.resolve("objective.yaml"), bytes);

        assertOneError("objective.yaml:", "error:");
    }

    @Test
    void aNulByteInTextIsRefusedAsBinary() throws IOException {
        write("id: \"1\"\nname: x\u0000y\naim: z\nactions: []\n");

        assertOneError("objective.yaml:2:8", "binary data");
    }

    @Test
    void aSecondDocumentIsRefused() throws IOException {
        write("id: \"1\"\nname: x\naim: y\nactions: []\n---\nid: \"2\"\n");

        assertOneError("objective.yaml:5:1", "one YAML document");
    }

    @Test
    void aByteOrderMarkIsAllowed() throws IOException {
        write("\uFEFFid: \"1\"\nname: x\naim: y\nactions:\n  - id: \"1.1\"\n    title: t\n    action: a\n"
                + "    lead: COLC\n    timescale: 2015/16\n    status: blue\n");

        Cli.Result result = Cli.run("--plan", plan.toString(), "validate");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("no problems in 2 files");
    }

    private void write(String text) throws IOException {
        Files.writeString(plan.resolve("objective.yaml"), text, StandardCharsets.UTF_8);
    }

    private void assertOneError(String where, String what) {
        Cli.Result result = Cli.run("--plan", plan.toString(), "validate");

        assertThat(result.exit()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains(plan.resolve("objective.yaml").toString());
        assertThat(result.out()).contains(where).contains(what).contains("1 error");
        assertThat(result.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
