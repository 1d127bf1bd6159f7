package dev.prevent.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and text that try to trip the tool, in-process: special output files, terminal and
 * spreadsheet injection, links out of the plan folder, a FIFO plan.yaml, the PDF's ceiling and the smaller ones.
 * Template limits are in {@code report.TemplateLimitsTest}; the bounded-time cases also run in a child JVM
 * through the hostile corpus.
 */
class SpecialFilesAndInjectionTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    // 1. Output onto what is not a regular file.

    @Test
    void aReportOntoADeviceWritesIntoItAndLeavesTheDevice() throws Exception {
        Path device = dir.resolve("null");
        // A copy of /dev/null made here (root may make devices), so the real one is never at risk.
        assumeTrue(run("mknod", device.toString(), "c", "1", "3") == 0, "mknod needs root");

        Cli.Result result = Cli.run("--plan", "plans", "report", "-o", device.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.isRegularFile(device)).as("still a device").isFalse();
        assertThat(Files.exists(device)).isTrue();
    }

    @Test
    void aReportOntoAFifoWritesIntoIt() throws Exception {
        Path fifo = dir.resolve("report.html");
        assumeTrue(run("mkfifo", fifo.toString()) == 0, "mkfifo is needed");
        Process reader = new ProcessBuilder("cat", fifo.toString()).start();

        Cli.Result result = Cli.run("--plan", "plans", "report", "-o", fifo.toString());

        byte[] read = reader.getInputStream().readAllBytes();
        assertThat(reader.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(new String(read, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
    }

    @Test
    void aReportOntoASymlinkReplacesItsTargetAndKeepsTheLink() throws Exception {
        Path target = Files.writeString(dir.resolve("meeting.html"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("report.html"), target.getFileName());

        Cli.Result result = Cli.run("--plan", "plans", "report", "-o", link.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target.getFileName());
        assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void aTemporaryFileLeftByAKilledRunIsRemovedByTheNextWriteAndAFailedWriteLeavesNone() throws Exception {
        Path out = dir.resolve("report.html");
        // No process has id 0 but the kernel: the name of a run that is gone.
        Path leftover = Files.writeString(dir.resolve(".report.html.prevent-999999999-123.part"), "half");

        assertThat(Cli.run("--plan", "plans", "report", "-o", out.toString()).exit()).isZero();
        assertThat(Files.exists(leftover)).isFalse();

        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("report.html.ftl"), "<p>${nothing.here}</p>");
        Cli.Result failed = Cli.run("--plan", "plans", "report", "-o", out.toString(), "--templates", broken.toString());
        assertThat(failed.exit()).isEqualTo(2);
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    // 3. A FIFO named plan.yaml.

    @Test
    void aFifoNamedPlanYamlIsRefusedNotWaitedOn() throws Exception {
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Files.delete(plan.resolve("plan.yaml"));
        assumeTrue(run("mkfifo", plan.resolve("plan.yaml").toString()) == 0, "mkfifo is needed");

        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("--plan", plan.toString(), "validate"));

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("plan.yaml is not a regular file").contains("[no-plan-file]");
    }

    // 4. Terminal and log injection.

    @Test
    void controlCharactersInAPlanAreShownNeverSent() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("control-character"), dir.resolve("plans"));
        Files.writeString(plan.resolve("objective.yaml"), Files.readString(plan.resolve("objective.yaml"))
                .replace("status: blue", "status: \"\\e[2K\\rno problems\\e[8m\""));

        Cli.Result validate = Cli.run("--plan", plan.toString(), "validate");
        Cli.Result list = Cli.run("--plan", Fixtures.plan("control-character").toString(), "list");

        assertThat(validate.all()).doesNotContain("\u001b").doesNotContain("\r").contains("<U+001B>[2K<U+000D>no problems");
        assertThat(validate.out()).contains("[control-character]");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).doesNotContain("\u001b").contains("Action <U+001B>[2K no problems");
    }

    @Test
    void aFileNameCannotForgeALineOfOutput() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("control-character"), dir.resolve("plans"));
        Files.move(plan.resolve("objective.yaml"), plan.resolve("x\n::error file=README.md,line=1::forged\n.yaml"));

        Cli.Result text = Cli.run("--plan", plan.toString(), "validate");
        Cli.Result github = Cli.run("--plan", plan.toString(), "validate", "--format", "github");

        assertThat(text.out().lines()).noneMatch(line -> line.startsWith("::"));
        assertThat(text.out()).contains("x<U+000A>::error file=README.md,line=1::forged<U+000A>.yaml:6:12: warning:");
        assertThat(github.out().lines().filter(line -> line.startsWith("::"))).allMatch(line -> line.startsWith("::warning file="));
    }

    // 5. Spreadsheet formula injection.

    @Test
    void csvCellsThatWouldBeFormulasAreGuardedUnlessAskedNotTo() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("queries"), dir.resolve("plans"));
        Files.writeString(plan.resolve("objective-1.yaml"), Files.readString(plan.resolve("objective-1.yaml"))
                .replaceFirst("title: [^\\n]+", "title: \"=HYPERLINK(\\\\\"http://evil\\\\\",\\\\\"x\\\\\")\""));

        Cli.Result guarded = Cli.run("--plan", plan.toString(), "list", "--format", "csv", "--as-of", "2016-04-01");
        Cli.Result raw = Cli.run("--plan", plan.toString(), "list", "--format", "csv", "--no-formula-guard", "--as-of", "2016-04-01");
        Cli.Result json = Cli.run("--plan", plan.toString(), "list", "--format", "json", "--as-of", "2016-04-01");

        assertThat(guarded.exit()).as(guarded.err()).isZero();
        assertThat(guarded.out()).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
        assertThat(raw.out()).contains("\"=HYPERLINK(");
        assertThat(JSON.readTree(json.out()).get("actions").get(0).get("title").asText()).startsWith("=HYPERLINK(");
    }

    @Test
    void importRefusesControlCharactersAndWarnsOfFormulas() throws Exception {
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path escape = Files.writeString(dir.resolve("escape.csv"), "ACTION,LEAD\n\"Talk\u001b[2J to groups\",COLC\n");
        Path formula = Files.writeString(dir.resolve("formula.csv"), "ACTION,LEAD,COMMENTS\nTalk to groups,COLC,\"=cmd|' /C calc'!A0\"\n");

        Cli.Result refused = Cli.run("--plan", plan.toString(), "import", escape.toString());
        Cli.Result warned = Cli.run("--plan", plan.toString(), "import", formula.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("row 2, column 'ACTION'", "<U+001B>").doesNotContain("\u001b");
        assertThat(warned.exit()).as(warned.err()).isZero();
        assertThat(warned.err()).contains("formula.csv row 2, column 'COMMENTS': the cell begins with '='");
    }

    // 8 and 11. Import: encodings, separators, sizes, and a cell YAML would read as nothing.

    @Test
    void importReadsWindows1252Utf16AndSemicolonsAndSaysSo() throws Exception {
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path ansi = Files.write(dir.resolve("ansi.csv"), "ACTION,RESOURCES\nBuy leaflets,£5,000\n".replace("£5,000", "\"£5,000\"")
                .getBytes(Charset.forName("windows-1252")));
        Path unicode = Files.write(dir.resolve("unicode.csv"), "ACTION,LEAD\nTalk to groups,COLC\n".getBytes(StandardCharsets.UTF_16));
        Path semicolons = Files.writeString(dir.resolve("semi.csv"), "ACTION;LEAD\nTalk to groups;COLC\n");

        Cli.Result first = Cli.run("--plan", plan.toString(), "import", ansi.toString(), "--objective", "7");
        Cli.Result second = Cli.run("--plan", plan.toString(), "import", unicode.toString(), "--objective", "8");
        Cli.Result third = Cli.run("--plan", plan.toString(), "import", semicolons.toString(), "--objective", "9");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("read as Windows-1252");
        assertThat(Files.readString(plan.resolve("objective-7-ansi.yaml"))).contains("£5");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains("read as UTF-16");
        assertThat(third.exit()).as(third.err()).isZero();
        assertThat(third.err()).contains("separated by ';'");
        assertThat(Files.readString(plan.resolve("objective-9-semi.yaml"))).contains("lead:\n      - COLC");
    }

    @Test
    void aTildeCellIsKeptAsTextAndAnOversizedFileIsRefusedUnread() throws Exception {
        Path plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path tilde = Files.writeString(dir.resolve("tilde.csv"), "ACTION,LEAD,RESOURCES\n~,COLC,~\n");
        Path huge = dir.resolve("huge.csv");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("ACTION\n".getBytes(StandardCharsets.US_ASCII));
            byte[] row = "x,\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 6000; i++) {
                out.write(row);
            }
        }

        Cli.Result kept = Cli.run("--plan", plan.toString(), "import", tilde.toString());
        Cli.Result refused = Cli.run("--plan", plan.toString(), "import", huge.toString());

        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(Files.readString(plan.resolve("objective-4-tilde.yaml"))).contains("action: '~'");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("huge.csv is 18.0 MB; a spreadsheet to import may be at most 16 MB");
    }

    // 6. The PDF's ceiling, and a chart only where it helps.

    @Test
    void aPdfPastItsCeilingIsRefusedWithAdviceAndTheChartIsForFewObjectives() throws Exception {
        Path plan = Files.createDirectories(dir.resolve("big"));
        Files.copy(Fixtures.plan("queries").resolve("plan.yaml"), plan.resolve("plan.yaml"));
        StringBuilder actions = new StringBuilder();
        for (int i = 1; i <= 5_001; i++) {
            actions.append("  - id: \"1.").append(i).append("\"\n    title: T\n    action: A\n    lead: COLC\n    timescale: 2015/16\n    status: on\n");
        }
        Files.writeString(plan.resolve("objective-1.yaml"), "id: \"1\"\nname: One\naim: A\nactions:\n" + actions);
        for (int i = 2; i <= 31; i++) {
            Files.writeString(plan.resolve("objective-" + i + ".yaml"), "id: \"" + i + "\"\nname: N\naim: A\nactions:\n  - id: \""
                    + i + ".1\"\n    title: T\n    action: A\n    lead: COLC\n    timescale: 2015/16\n    status: on\n");
        }

        Cli.Result pdf = Cli.run("--plan", plan.toString(), "report", "--format", "pdf", "-o", dir.resolve("big.pdf").toString());
        Cli.Result html = Cli.run("--plan", plan.toString(), "report", "--format", "html", "-o", "-");

        assertThat(pdf.exit()).isEqualTo(1);
        assertThat(pdf.err()).contains("too large to print as PDF: it has 5,031 actions; a PDF takes at most 5,000")
                .contains("--objective ID or --lead CODE");
        assertThat(Files.exists(dir.resolve("big.pdf"))).isFalse();
        assertThat(html.out()).doesNotContain("<svg").contains("Actions by objective");
        assertThat(Cli.run("--plan", "plans", "report", "-o", "-").out()).contains("<svg");
    }

    // 9. A failed write to standard output.

    @Test
    void aFailedWriteToStandardOutputIsAnErrorButAReaderThatStopsIsNot() {
        Cli.Result full = Cli.runWritingTo(new Failing("No space left on device"), "--plan", "plans", "list", "--format", "csv");
        Cli.Result pipe = Cli.runWritingTo(new Failing("Broken pipe"), "--plan", "plans", "overdue", "--as-of", "2016-04-01",
                "--fail-if-any");

        assertThat(full.exit()).isEqualTo(2);
        assertThat(full.err()).contains("cannot write to standard output");
        assertThat(pipe.exit()).as("the answer's own exit code").isEqualTo(1);
        assertThat(pipe.err()).isEmpty();
    }

    /** A standard output that fails as a full disk or a closed pipe does. */
    static final class Failing extends OutputStream {
        private final String why;

        Failing(String why) {
            this.why = why;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(why);
        }
    }

    // 10. Links out of the plan folder.

    @Test
    void linksOutOfThePlanFolderAreRefusedUnreadAndBadLinksReported() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("valid"), dir.resolve("plans"));
        Path secret = Files.writeString(dir.resolve("credentials.yaml"), "AWS_SECRET_ACCESS_KEY: hunter2\n");
        Files.createSymbolicLink(plan.resolve("secrets.yaml"), secret);
        Files.createSymbolicLink(plan.resolve("gone.yaml"), dir.resolve("nowhere.yaml"));
        Files.createSymbolicLink(plan.resolve("loop.yaml"), plan.resolve("loop.yaml"));
        Files.copy(plan.resolve("objective.yaml"), Files.createDirectories(plan.resolve("parts")).resolve("more.yaml"));

        Cli.Result result = Cli.run("--plan", plan.toString(), "validate");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).doesNotContain("AWS_SECRET_ACCESS_KEY").doesNotContain("hunter2")
                .contains("secrets.yaml: error: 'secrets.yaml' is a link to a file outside the plan folder")
                .contains("'gone.yaml' is a link that leads nowhere").contains("'loop.yaml' is a link that leads nowhere")
                .contains("[symlink]");
    }

    @Test
    void aLinkInsideThePlanFolderIsRead() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("valid"), dir.resolve("plans"));
        Files.move(plan.resolve("objective.yaml"), plan.resolve("objective.txt"));
        Files.createSymbolicLink(plan.resolve("objective.yaml"), plan.resolve("objective.txt"));

        assertThat(Cli.run("--plan", plan.toString(), "validate").out()).contains("no problems");
    }

    // 11. The smaller ones.

    @Test
    void aByteOrderMarkInsideAFileIsShownAndCarriageReturnLinesAreCounted() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("valid"), dir.resolve("plans"));
        String objective = Files.readString(plan.resolve("objective.yaml"));
        Files.writeString(plan.resolve("objective.yaml"), objective.replace("    action: ", "\uFEFF    action: "));
        Path cr = Fixtures.copy(Fixtures.plan("valid"), dir.resolve("cr"));
        List<String> lines = Files.readAllLines(cr.resolve("objective.yaml"));
        Files.writeString(cr.resolve("objective.yaml"), String.join("\r", lines.subList(0, 6)) + "\r    notes: \"a\0b\"\r"
                + String.join("\r", lines.subList(6, lines.size())) + "\r");

        Cli.Result bom = Cli.run("--plan", plan.toString(), "validate");
        Cli.Result carriage = Cli.run("--plan", cr.toString(), "validate");

        assertThat(bom.out()).contains("<U+FEFF>").doesNotContain("\uFEFF");
        assertThat(carriage.out()).contains("objective.yaml:7:").contains("NUL");
    }

    @Test
    void escapesThatMakeNoTextReachTheReportShownAndSarifPathsAreUris() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("valid"), dir.resolve("plans"));
        Files.move(plan.resolve("objective.yaml"), plan.resolve("objective 2 #draft 100%.yaml"));
        Path file = plan.resolve("objective 2 #draft 100%.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("title: [^\\n]+", "title: \"nul \\\\0 and \\\\uD800 here\""));

        Cli.Result html = Cli.run("--plan", plan.toString(), "report", "-o", "-");
        Cli.Result sarif = Cli.run("--plan", plan.toString(), "validate", "--format", "sarif");

        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(html.out()).doesNotContain("\0").contains("nul &lt;U+0000&gt; and &lt;U+D800&gt; here");
        assertThat(sarif.out()).contains("objective%202%20%23draft%20100%25.yaml");
    }

    @Test
    void anAsOfAtTheEdgeOfTheCalendarIsNoInternalError() {
        Cli.Result result = Cli.run("--plan", "plans", "list", "--as-of", "0001-01-01", "--stale", "2147483647");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("internal error");
    }

    @Test
    void aShallowCloneIsNamedWhenARevisionIsMissing() throws Exception {
        Path origin = dir.resolve("origin");
        Fixtures.copy(Fixtures.plan("valid"), origin.resolve("plans"));
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("one").setSign(false).call();
            Files.writeString(origin.resolve("plans/notes.txt"), "two");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("two").setSign(false).call();
        }
        Path clone = dir.resolve("clone");
        try (Git ignored = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile()).setDepth(1).call()) {
            Cli.Result result = Cli.run("--plan", clone.resolve("plans").toString(), "changes", "--since", "HEAD~1");

            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.err()).contains("This clone is shallow").contains("fetch-depth: 0");
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
