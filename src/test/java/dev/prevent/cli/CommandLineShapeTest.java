package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reads cleanly: each command takes the options it uses, and says each thing once. */
class CommandLineShapeTest {

    @TempDir
    Path dir;

    @Test
    void commandsThatTakeNoPlanHaveNoPlanOption() {
        assertThat(Cli.run("init", "--plan", "plans", dir.resolve("new").toString()).err()).contains("Unknown option", "'--plan'");
        assertThat(Cli.run("schema", "objective", "--plan", "plans").err()).contains("Unknown option", "'--plan'");
        assertThat(Cli.run("generate-completion", "--plan", "plans").exit()).isEqualTo(2);
    }

    @Test
    void thePlanIsTakenBeforeOrAfterTheCommand() {
        assertThat(Cli.run("--plan", "plans", "validate").exit()).isZero();
        assertThat(Cli.run("validate", "--plan", "plans").exit()).isZero();
        assertThat(Cli.run("--plan", "nowhere", "validate", "--plan", "plans").exit()).as("the command's own wins").isZero();
    }

    @Test
    void overdueHasNoOverdueOption() {
        Cli.Result result = Cli.run("overdue", "--overdue");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--overdue'");
    }

    @Test
    void noCommandGivesTheHintOnce() {
        Cli.Result result = Cli.run();

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("prevent: name a command, e.g. 'prevent validate'\nSee 'prevent --help'.\n");
    }

    @Test
    void everyCommandHasAOneLineHeaderInTheCommandList() {
        String help = Cli.run("--help").out();
        String commands = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length(), help.indexOf("Examples:"));

        assertThat(commands).doesNotContain(":\n").doesNotContain("complete ");
        assertThat(Arrays.stream(commands.split("\n")).filter(line -> line.startsWith("  ") && !line.startsWith("    ")))
                .allSatisfy(line -> assertThat(line.strip()).matches("[a-z-]+ +[A-Z].*"));
    }

    @Test
    void valueListsComeFromTheChoicesThemselves() {
        assertThat(Cli.run("list", "--help").out()).contains("One of table, json, csv, markdown, xlsx.");
        assertThat(Cli.run("validate", "--help").out()).contains("One of text, json, github, sarif");
        assertThat(Cli.run("report", "--help").out()).contains("One of html, markdown, pdf, docx.");
    }

    @Test
    void changesTakesAnAsOfDay() {
        Cli.Result result = Cli.run("--plan", "plans", "changes", "--since", "HEAD", "--as-of", "2016-04-01");

        assertThat(result.err()).doesNotContain("Unknown option");
    }

    @Test
    void aPdfToStandardOutputGoesThroughTheCommandsStream() {
        Cli.Result result = Cli.run("--plan", "plans", "report", "--format", "pdf", "-o", "-", "--as-of", "2016-04-01");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(new String(result.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(result.bytes(), StandardCharsets.ISO_8859_1).stripTrailing()).endsWith("%%EOF");
    }
}
