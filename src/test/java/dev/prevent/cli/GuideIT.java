package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator's guide, run as a newcomer would: every command of its {@code sh} blocks, in order, in one shell
 * on a fresh folder holding the spreadsheet the guide shows, with the built jar as {@code prevent} and git as it is.
 * So the guide cannot say what the tool no longer does.
 */
class GuideIT {

    private static final Path GUIDE = Path.of("docs/guide.md");
    private static final String SPREADSHEET = "Anytown Prevent plan.csv";

    @TempDir
    Path dir;

    @Test
    void everyCommandOfTheGuideRunsOnAFreshFolder() throws Exception {
        assumeTrue(onPath("git") && onPath("sh"), "GuideIT needs git and sh on the PATH; skipped");
        List<FencedCodeBlock> blocks = blocks();
        Path work = Files.createDirectories(dir.resolve("anytown"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve(".gitconfig"), "[user]\n\tname = Alex Smith\n\temail = alex.smith@anytown.gov.uk\n"
                + "[init]\n\tdefaultBranch = main\n");
        Files.writeString(work.resolve(SPREADSHEET), spreadsheet(blocks), StandardCharsets.UTF_8);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path prevent = bin.resolve("prevent");
        Files.writeString(prevent, "#!/bin/sh\nexec '" + ProcessHandle.current().info().command().orElse("java") + "' -jar '"
                + Path.of("target/prevent.jar").toAbsolutePath() + "' \"$@\"\n");
        assertThat(prevent.toFile().setExecutable(true)).isTrue();
        StringBuilder script = new StringBuilder("set -ex\n");
        blocks.stream().filter(b -> "sh".equals(b.getInfo())).forEach(b -> script.append(b.getLiteral()));

        ProcessBuilder shell = new ProcessBuilder("sh", "-c", script.toString()).directory(work.toFile()).redirectErrorStream(true);
        shell.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        shell.environment().put("HOME", home.toString());
        shell.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        shell.environment().remove("PREVENT_PLAN");
        shell.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process run = shell.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(run.exitValue()).as(output).isZero();
        assertThat(script.toString()).contains("prevent init", "prevent import", "prevent update", "git revert", "prevent rollover");
        assertThat(output).contains("wrote plans/objective-1-leadership.yaml (2 actions)", "the title 'Prevent Delivery Plan' is still",
                "wrote report.html", "1 action, as of", "carried 4 actions", "plan-2026-27");
        assertThat(Files.readString(work.resolve("plans/plan.yaml"))).contains("period: 2027/28");
        assertThat(work.resolve("report.docx")).exists();
    }

    /** The guide's code blocks, in order. */
    private static List<FencedCodeBlock> blocks() throws IOException {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        Parser.builder().build().parse(Files.readString(GUIDE)).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blocks.add(block);
            }
        });
        return blocks;
    }

    /** The spreadsheet as the guide shows it: the first block that begins with its heading row. */
    private static String spreadsheet(List<FencedCodeBlock> blocks) {
        return blocks.stream().map(FencedCodeBlock::getLiteral).filter(text -> text.startsWith("Ref,Action,Lead,")).findFirst()
                .orElseThrow(() -> new AssertionError("the guide shows no spreadsheet"));
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
