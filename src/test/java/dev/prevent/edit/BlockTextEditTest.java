package dev.prevent.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code update} puts a new line after an action whose last value is a block of text: under the text and
 * above the blank lines that part it from the next action, unless the text keeps those lines as its own
 * ({@code |+}); and on a line of its own when the file does not end with one.
 */
class BlockTextEditTest {

    @TempDir
    Path dir;

    Path plan;

    @BeforeEach
    void aPlan() throws Exception {
        plan = Files.createDirectories(dir.resolve("plan"));
        Files.copy(Fixtures.plan("report").resolve("plan.yaml"), plan.resolve("plan.yaml"));
    }

    String updated(String objective, String id) throws Exception {
        Files.writeString(plan.resolve("objective-1.yaml"), objective);
        Cli.Result result = Cli.run("--plan", plan.toString(), "update", id, "--status", "off", "--date", "2016-02-01");
        assertThat(result.exit()).as(result.all()).isZero();
        return Files.readString(plan.resolve("objective-1.yaml"));
    }

    static final String HEAD = "id: 1\nname: N\naim: A\nactions:\n";

    @Test
    void aNewLineGoesUnderALiteralTextAndAboveTheBlankLinesAfterIt() throws Exception {
        String after = updated(HEAD + "  - id: 1.1\n    title: T\n    action: A\n    lead: COLC\n    timescale: 2015/16\n"
                + "    notes: |\n      one\n      two\n\n\n  - id: 1.2\n    title: U\n    action: B\n    lead: COLC\n"
                + "    timescale: 2015/16\n", "1.1");

        assertThat(after).contains("    notes: |\n      one\n      two\n    status: off\n    updates:\n      - date: 2016-02-01\n"
                + "        status: off\n\n\n  - id: 1.2\n");
    }

    @Test
    void aTextThatKeepsItsBlankLinesKeepsThem() throws Exception {
        String after = updated(HEAD + "  - id: 1.1\n    title: T\n    action: A\n    lead: COLC\n    timescale: 2015/16\n"
                + "    notes: |+\n      one\n\n  - id: 1.2\n    title: U\n    action: B\n    lead: COLC\n    timescale: 2015/16\n", "1.1");

        assertThat(after).contains("    notes: |+\n      one\n\n    status: off\n");
    }

    @Test
    void aFoldedTextAtTheEndOfAFileWithoutANewlineGetsOneFirst() throws Exception {
        String after = updated(HEAD + "  - id: 1.1\n    title: T\n    action: >-\n      A long\n      action\n    lead: COLC\n"
                + "    timescale: 2015/16", "1.1");

        assertThat(after).endsWith("    timescale: 2015/16\n    status: off\n    updates:\n      - date: 2016-02-01\n"
                + "        status: off\n");
    }

    @Test
    void aBlockTextInTheMiddleOfAnActionIsNotItsEnd() throws Exception {
        String after = updated(HEAD + "  - id: 1.1\n    title: T\n    action: |\n      A\n\n    lead: COLC\n    timescale: 2015/16\n"
                + "  - id: 1.2\n    title: U\n    action: B\n    lead: COLC\n    timescale: 2015/16\n", "1.1");

        assertThat(after).contains("    action: |\n      A\n\n    lead: COLC\n    timescale: 2015/16\n    status: off\n");
    }
}
