package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.FilledForms;
import dev.prevent.Fixtures;
import dev.prevent.returns.FormCell;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round of five agencies, two of which replied: {@code remind} drafts one email to each of the other three, its form
 * attached again, the day it was due and its overdue actions in the body, from the plan's contact; {@code --dry-run}
 * names them and writes nothing.
 */
class RemindTest {

    @TempDir
    Path dir;

    Path plan;
    Path forms;

    @BeforeEach
    void aRoundOfFiveTwoOfThemReturned() throws Exception {
        plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        Path header = plan.resolve("plan.yaml");
        String text = Files.readString(header, StandardCharsets.UTF_8);
        Files.writeString(header, text.replace("version: V1.6/5/15\n", "version: V1.6/5/15\ncontact:\n  name: Jo Bloggs\n"
                + "  email: prevent@cityoflondon.example.gov.uk\n"), StandardCharsets.UTF_8);
        forms = dir.resolve("round");
        Cli.Result request = Cli.on(plan, "request", "--lead", "ALL", "--lead", "COLC", "--lead", "COLP", "--lead", "ED", "--lead",
                "Health", "--meeting", "2026-12-10", "--due", "2026-12-03", "--into", forms.toString(), "--eml");
        assertThat(request.exit()).as(request.all()).isZero();
        FilledForms.edit(forms.resolve("COLP progress return 2026-12-10.xlsx"), workbook -> {
            var row = FilledForms.row(workbook.getSheet("Progress"), "3.1");
            FormCell.of(row, "Progress note").setCellValue("Met in November");
        });
        FilledForms.edit(forms.resolve("COLC progress return 2026-12-10.xlsx"), workbook -> {
            var row = FilledForms.row(workbook.getSheet("Progress"), "3.1");
            FormCell.of(row, "New status").setCellValue("Behind");
        });
        for (String code : List.of("COLC", "COLP")) {
            // Both answer 3.1, which they lead together: the second is read over the first's change.
            Cli.Result read = Cli.on(plan, "returns", forms.resolve(code + " progress return 2026-12-10.xlsx").toString(), "--force");
            assertThat(read.exit()).as(read.all()).isZero();
        }
    }

    @Test
    void theThreeWhoHaveNotRepliedEachGetADraftWithTheirFormAndOverdueActions() throws Exception {
        Cli.Result result = Cli.on(plan, "remind", forms.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("3 of 5 forms have not come back").doesNotContain("COLC progress return 2026-12-10 reminder",
                "COLP progress return 2026-12-10 reminder");
        List<Path> drafts;
        try (Stream<Path> listed = Files.list(forms)) {
            drafts = listed.filter(p -> p.getFileName().toString().contains(" reminder ")).sorted().toList();
        }
        assertThat(drafts).extracting(p -> p.getFileName().toString().replaceAll(" reminder .*", ""))
                .containsExactly("ALL progress return 2026-12-10", "ED progress return 2026-12-10", "Health progress return 2026-12-10");
        MimeMessage colp = open(drafts.get(0));
        assertThat(colp.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(colp.getSubject()).isEqualTo("Reminder: Prevent progress return for the meeting on 10 December 2026: All partners");
        InternetAddress contact = new InternetAddress("prevent@cityoflondon.example.gov.uk", "Jo Bloggs", "UTF-8");
        assertThat(colp.getFrom()).containsExactly(contact);
        assertThat(colp.getReplyTo()).containsExactly((Address) contact);
        Multipart parts = (Multipart) colp.getContent();
        String body = (String) parts.getBodyPart(0).getContent();
        // The shipped plan's year ended on 31 March 2016: the six actions of objective 1 all partners lead are overdue today.
        assertThat(body).contains("We have not yet had All partners's progress return for the Prevent working group on "
                + "10 December 2026", "was due on 3 December 2026", "6 actions All partners leads are overdue as of",
                "  1.1 Community groups (due 31 March 2016)\n", "  1.6 Communication campaigns (due 31 March 2016)\n",
                "Please reply to this email with the form attached, as soon as you can, to Jo Bloggs, prevent@cityoflondon.example.gov.uk.");
        Part form = parts.getBodyPart(1);
        assertThat(form.getFileName()).isEqualTo("ALL progress return 2026-12-10.xlsx");
        try (InputStream in = form.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(forms.resolve("ALL progress return 2026-12-10.xlsx")));
        }
        // Twice on one day, nothing is written over.
        Cli.Result again = Cli.on(plan, "remind", forms.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("is there already (reminded today?); nothing was written");
    }

    @Test
    void aDryRunNamesWhoWouldBeRemindedAndWritesNothing() throws Exception {
        long before;
        try (Stream<Path> listed = Files.list(forms)) {
            before = listed.count();
        }

        Cli.Result result = Cli.on(plan, "remind", forms.toString(), "--dry-run");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains("ALL All partners: would be reminded", "6 overdue: 1.1, 1.2", "ED ", "Health ",
                "due 3 December 2026", "3 of 5 forms have not come back; nothing was written (--dry-run)")
                .doesNotContain("COLP City", "COLC City");
        try (Stream<Path> listed = Files.list(forms)) {
            assertThat(listed.count()).isEqualTo(before);
        }
    }

    @Test
    void theRequestsDraftsAreFromTheContactAndSayWhomToReplyTo() throws Exception {
        MimeMessage draft = open(forms.resolve("COLP progress return 2026-12-10.eml"));

        assertThat(draft.getFrom()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("prevent@cityoflondon.example.gov.uk");
        assertThat(draft.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("prevent@cityoflondon.example.gov.uk");
        String body = (String) ((Multipart) draft.getContent()).getBodyPart(0).getContent();
        assertThat(body).contains("Please reply to this email with the form attached, by 3 December 2026, to Jo Bloggs, "
                + "prevent@cityoflondon.example.gov.uk.");
    }

    private static MimeMessage open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            message.getContent();
            return message;
        }
    }
}
