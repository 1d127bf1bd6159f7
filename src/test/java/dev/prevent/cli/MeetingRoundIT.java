package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two meeting rounds as a coordinator runs them, with the built jar and git as it is: a council's spreadsheet imported
 * (its statuses dated by the document's own day), committed and tagged at the first meeting; a coordinator's update;
 * forms to three partners, answered without a date, with a date, and with a date older than the action's newest entry;
 * the forms read with {@code returns --commit}; who is outstanding; the paper made before the second meeting, showing
 * every answer; the second meeting tagged; and the year's table and each trend, as each tagged revision says.
 *
 * <p>The days are relative to today, which the jar reads from the clock: round one forty days ago, round two now.
 */
class MeetingRoundIT {

    @TempDir
    Path dir;

    Path work;
    Map<String, String> env;

    private record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Run run(Map<String, String> more, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().putAll(env);
        builder.environment().putAll(more);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private Run prevent(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of("target/prevent.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Run run = run(Map.of(), command.toArray(String[]::new));
        return run;
    }

    private Run ok(Run run) {
        assertThat(run.exit()).as(run.all()).isZero();
        return run;
    }

    /** git, with the commit made as of noon on {@code day}. */
    private Run git(LocalDate day, String... args) throws Exception {
        String when = day.atTime(12, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime().toString();
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return ok(run(Map.of("GIT_AUTHOR_DATE", when, "GIT_COMMITTER_DATE", when), command.toArray(String[]::new)));
    }

    private static boolean onPath(String tool) {
        return Optional.ofNullable(System.getenv("PATH")).stream().flatMap(p -> java.util.Arrays.stream(p.split(":")))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    @Test
    void twoRoundsFromImportToTheSecondMeetingKeepEveryAnswerAndEveryMeetingAsItWas() throws Exception {
        assumeTrue(onPath("git"), "MeetingRoundIT needs git on the PATH; skipped");
        LocalDate today = LocalDate.now();
        LocalDate saved = today.minusDays(40);
        LocalDate firstMeeting = today.minusDays(35);
        work = Files.createDirectories(dir.resolve("anytown"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve(".gitconfig"), "[user]\n\tname = Alex Smith\n\temail = alex@anytown.gov.uk\n"
                + "[init]\n\tdefaultBranch = main\n");
        env = Map.of("HOME", home.toString(), "GIT_CONFIG_NOSYSTEM", "1", "TZ", ZoneId.systemDefault().getId());

        // Round one: the council's spreadsheet, last saved forty days ago, read in and committed; the meeting tagged.
        git(saved, "init", "-q");
        ok(prevent("init", "plans"));
        Files.delete(work.resolve("plans/objective-1-example.yaml"));
        Path sheet = spreadsheet(work.resolve("Anytown plan.xlsx"), saved);
        Run imported = ok(prevent("import", sheet.toString(), "--objective", "1"));
        assertThat(imported.err()).contains("the statuses read are dated " + words(saved) + ", the day Anytown plan.xlsx was last saved");
        git(saved.plusDays(1), "add", "plans");
        git(saved.plusDays(1), "commit", "-q", "-m", "Our plan");
        git(saved.plusDays(1), "tag", "meeting-" + firstMeeting);

        // Between meetings: the coordinator records 1.3 as behind, two days ago.
        ok(prevent("update", "1.3", "--status", "red", "--note", "Venue lost", "--date", today.minusDays(2).toString(), "--commit"));

        // Round two: a form for each partner; each answers its own way.
        Path forms = work.resolve("returns");
        ok(prevent("request", "--meeting", today.plusDays(10).toString(), "--into", forms.toString()));
        Path council = only(forms, "COUNCIL");
        Path police = only(forms, "POLICE");
        Path nhs = only(forms, "NHS");
        answer(council, "1.1", "On target", "Met the faith forum", null);
        answer(police, "1.2", "Complete", "All officers trained", today.minusDays(3));
        answer(nhs, "1.3", "On target", "Venue found after all", today.minusDays(5));

        Run read = ok(prevent("returns", council.toString(), nhs.toString(), "--commit"));
        // The NHS answer is older than the coordinator's entry of two days ago: kept, and said.
        assertThat(read.out()).contains("action 1.3's answer (On target, " + words(today.minusDays(5)) + ") is recorded in its log, "
                + "but its newer entry of " + words(today.minusDays(2)) + " (Behind) stays its status",
                "prevent update 1.3 --status green");
        Run outstanding = ok(prevent("returns", "--outstanding", forms.toString()));
        assertThat(outstanding.out()).contains("POLICE Police: no reply", "1 of 3 forms have not been read by prevent returns")
                .doesNotContain("COUNCIL The council:").doesNotContain("NHS NHS");
        ok(prevent("returns", police.toString(), "--commit"));
        assertThat(ok(prevent("returns", "--outstanding", forms.toString())).out()).contains("0 of 3 forms have not been read");

        // The paper made before the meeting, as of today: every answer is in it.
        ok(prevent("report", "-o", "report.html"));
        Document paper = Jsoup.parse(work.resolve("report.html").toFile(), "UTF-8");
        assertThat(status(paper, "1.1")).isEqualTo("On target");
        assertThat(status(paper, "1.2")).isEqualTo("Complete");
        assertThat(status(paper, "1.3")).isEqualTo("Behind");
        assertThat(ok(prevent("list", "--status", "green", "--format", "csv")).out()).contains("1.1,");

        // The second meeting, tagged today; the paper of the day after compares with it, and the year shows both.
        git(today, "tag", "meeting-" + today);
        Run trend = ok(prevent("list", "--since", "meeting-" + firstMeeting, "--format", "csv"));
        assertThat(trend.out()).contains("1.1,").contains("better");
        ok(prevent("report", "--as-of", today.toString(), "-o", "year.html"));
        Document year = Jsoup.parse(work.resolve("year.html").toFile(), "UTF-8");
        // Columns: Behind, At risk, On target, Complete, not assessed, all. At the first meeting the spreadsheet's statuses
        // (R, A, G as imported); at the second what the partners and the coordinator recorded.
        assertThat(year.select("caption:contains(at each meeting) ~ tbody tr").eachText()).containsExactly(
                "meeting-" + firstMeeting + " (" + words(firstMeeting) + ") 1 1 1 0 0 3",
                "meeting-" + today + " (" + words(today) + ") 1 0 1 1 0 3");
    }

    /** The status a paper gives an action, by its id. */
    private static String status(Document paper, String id) {
        // The action's row: its status follows 'Status' in its details, shape first.
        return paper.select("table.actions tr:has(th .id:matchesOwn(^" + java.util.regex.Pattern.quote(id) + "$)) dt:containsOwn(Status) + dd .status")
                .text().replaceFirst("^\\S+ ", "");
    }

    private static String words(LocalDate day) {
        return dev.prevent.output.LongDate.of(day);
    }

    private static Path only(Path folder, String agency) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(agency + " ") && f.toString().endsWith(".xlsx"))
                    .findFirst().orElseThrow();
        }
    }

    /** A partner's answer in its form, as Excel saves it; {@code day} null: the date cell left empty. */
    private static void answer(Path form, String id, String status, String note, LocalDate day) {
        dev.prevent.FilledForms.edit(form, workbook -> {
            Row row = dev.prevent.FilledForms.row(workbook.getSheetAt(0), id);
            dev.prevent.returns.FormCell.of(row, "New status").setCellValue(status);
            dev.prevent.returns.FormCell.of(row, "Progress note").setCellValue(note);
            if (day != null) {
                dev.prevent.returns.FormCell.of(row, "Date of update").setCellValue(day);
            }
        });
    }

    /** The council's plan as a spreadsheet, last saved on {@code saved}: three actions, one for each partner, R, A and G. */
    private static Path spreadsheet(Path file, LocalDate saved) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Plan");
            String[][] rows = {
                    {"Ref", "Action", "Lead", "Timescale", "RAG", "Update"},
                    {"1.1", "Work with faith groups", "The council", "31/03/2027", "A", "Two groups met"},
                    {"1.2", "Train officers in Prevent awareness", "Police", "31/03/2027", "G", "Course booked"},
                    {"1.3", "Hold a community event", "NHS and public health", "31/03/2027", "R", "No venue yet"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.getProperties().getCoreProperties().setModified(Optional.of(
                    Date.from(saved.atTime(16, 30).atZone(ZoneId.systemDefault()).toInstant())));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
