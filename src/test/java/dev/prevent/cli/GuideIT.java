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
        List<String> commands = blocks.stream().filter(b -> "sh".equals(b.getInfo())).map(FencedCodeBlock::getLiteral).toList();
        StringBuilder output = new StringBuilder();
        // Block by block, in one folder: after the forms are made, the partners fill them in, as they would.
        for (String block : commands) {
            ProcessBuilder shell = new ProcessBuilder("sh", "-c", "set -ex\n" + block).directory(work.toFile()).redirectErrorStream(true);
            shell.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            shell.environment().put("HOME", home.toString());
            shell.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            shell.environment().remove("PREVENT_PLAN");
            shell.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
            Process run = shell.start();
            output.append(new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(run.exitValue()).as(output.toString()).isZero();
            if (block.contains("prevent request")) {
                partnersReply(work.resolve("returns-2027-03-11"));
            }
        }

        String script = String.join("", commands);
        assertThat(script).contains("prevent init", "prevent import", "prevent update", "git revert", "prevent rollover", "prevent request",
                "prevent returns", "prevent remind");
        assertThat(output).contains("wrote plans/objective-1-leadership.yaml (2 actions)", "the title 'Prevent Delivery Plan' is still",
                "COUNCIL: named 'Anytown Council' (was 'The council'), as Anytown Prevent plan.csv row 3 writes it",
                "wrote report.html", "1 action, as of", "carried 4 actions", "plan-2026-27");
        // The round: the council's form saved again by another program, the police's by email, the schools' not back.
        assertThat(output).contains("COUNCIL reply.xlsx: from Anytown Council (COUNCIL)", "attachment 'POLICE progress return 2027-03-11.xlsx': "
                + "from Police (POLICE)", "EDUCATION Schools, colleges and universities: no reply", "1 of 3 forms have not been read",
                "wrote returns-2027-03-11/EDUCATION progress return 2027-03-11 reminder");
        assertThat(output.toString()).doesNotContain("nothing new to record");
        assertThat(Files.readString(work.resolve("plans/plan.yaml"))).contains("period: 2027/28");
        assertThat(work.resolve("report.docx")).exists();
        assertThat(work.resolve("summary.pdf")).exists();
        // The papers and the forms' folder are left out of git.
        Process status = new ProcessBuilder("git", "status", "--porcelain", "--ignored=no").directory(work.toFile()).start();
        String untracked = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(status.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(untracked).doesNotContain("report.", "summary.", "returns-");
    }

    /**
     * The partners' replies: the council fills its form in Excel and a script saves it again cell by cell (its custom
     * properties gone, as openpyxl leaves it), saved beside the form sent; the police fill theirs and reply by email,
     * the message saved into the folder; the schools do not reply.
     */
    private static void partnersReply(Path round) throws Exception {
        Path council = round.resolve("COUNCIL progress return 2027-03-11.xlsx");
        Path filled = round.resolveSibling("council-filled.xlsx");
        Files.copy(council, filled);
        dev.prevent.FilledForms.edit(filled, workbook -> {
            var sheet = workbook.getSheet("Progress");
            var row = dev.prevent.FilledForms.row(sheet, "1.1");
            dev.prevent.returns.FormCell.of(row, "Progress note").setCellValue("Board met in December; terms of reference signed");
            var training = dev.prevent.FilledForms.row(sheet, "2.1");
            dev.prevent.returns.FormCell.of(training, "New status").setCellValue("At risk");
            dev.prevent.returns.FormCell.of(training, "Progress note").setCellValue("January course postponed to February");
        });
        FormsFromOtherProgramsTest.copyValues(filled, round.resolve("COUNCIL reply.xlsx"), true);
        Files.delete(filled);

        Path police = round.resolve("POLICE progress return 2027-03-11.xlsx");
        Path policeFilled = round.resolveSibling(police.getFileName());
        Files.copy(police, policeFilled);
        dev.prevent.FilledForms.edit(policeFilled, workbook -> {
            var row = dev.prevent.FilledForms.row(workbook.getSheet("Progress"), "1.2");
            dev.prevent.returns.FormCell.of(row, "Progress note").setCellValue("Risk assessment reviewed with partners");
        });
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()));
        message.setSubject("RE: Prevent progress return");
        jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Our return is attached.");
        parts.addBodyPart(text);
        jakarta.mail.internet.MimeBodyPart form = new jakarta.mail.internet.MimeBodyPart();
        form.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(Files.readAllBytes(policeFilled),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
        form.setFileName(police.getFileName().toString());
        parts.addBodyPart(form);
        message.setContent(parts);
        message.saveChanges();
        try (var out = Files.newOutputStream(round.resolve("RE Prevent progress return.eml"))) {
            message.writeTo(out);
        }
        Files.delete(policeFilled);
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
