package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.FilledForms;
import dev.prevent.Fixtures;
import dev.prevent.returns.FormCell;
import dev.prevent.returns.FormsRead;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's reply saved from a mail program (.eml), its form attached: {@code returns} reads the form from the message
 * as from the file, and says what else the message carried, or that it carried no form.
 */
class ReturnsByEmailTest {

    @TempDir
    Path dir;

    Path plan;
    Path forms;

    @BeforeEach
    void formsForTheShippedPlanTwoOfThemFilled() {
        plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        forms = dir.resolve("forms");
        Cli.Result request = Cli.on(plan, "request", "--meeting", "2026-12-10", "--due", "2026-12-07", "--into", forms.toString());
        assertThat(request.exit()).as(request.all()).isZero();
        FilledForms.edit(forms.resolve("ALL progress return 2026-12-10.xlsx"), workbook -> {
            var row = FilledForms.row(workbook.getSheet("Progress"), "1.1");
            FormCell.of(row, "New status").setCellValue("On target");
            FormCell.of(row, "Progress note").setCellValue("Met the faith forum");
        });
        FilledForms.edit(forms.resolve("COLC progress return 2026-12-10.xlsx"), workbook -> {
            var row = FilledForms.row(workbook.getSheet("Progress"), "3.1");
            FormCell.of(row, "New status").setCellValue("Behind");
        });
    }

    @Test
    void aReplyWithItsFormAttachedIsReadAsTheFormIsAndTheLedgerIsBesideTheMessage() throws Exception {
        Path reply = message("RE Prevent progress return.eml", "ALL progress return 2026-12-10.xlsx", "minutes.pdf");
        Path expected = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("expected"));
        assertThat(Cli.on(expected, "update", "1.1", "--status", "green", "--note", "Met the faith forum").exit()).isZero();

        Cli.Result result = Cli.on(plan, "returns", reply.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains(reply + ", attachment 'ALL progress return 2026-12-10.xlsx': from All partners (ALL)",
                reply + ": attachment 'minutes.pdf' is no form, so it was not read");
        assertThat(plan.resolve("objective-1-ideologies.yaml")).hasSameBinaryContentAs(expected.resolve("objective-1-ideologies.yaml"));
        assertThat(Files.readString(reply.resolveSibling(FormsRead.FILE))).contains("ALL,2026-12-07,2026-12-10," + reply.getFileName());
        // Read twice, it changes nothing.
        assertThat(Cli.on(plan, "returns", reply.toString()).out()).contains("nothing new to record");
    }

    @Test
    void aReplyWithTwoFormsHasBothReadAndOneWithNoneSaysSo() throws Exception {
        Path both = message("both.eml", "ALL progress return 2026-12-10.xlsx", "COLC progress return 2026-12-10.xlsx");
        Path none = message("none.eml", "minutes.pdf");

        Cli.Result two = Cli.on(plan, "returns", both.toString());
        Cli.Result nothing = Cli.on(plan, "returns", none.toString());

        assertThat(two.exit()).as(two.all()).isZero();
        assertThat(two.out()).contains("from All partners (ALL)", "from City of London Corporation (COLC)");
        assertThat(Files.readString(plan.resolve("objective-3-institutions.yaml"))).contains("status: red");
        assertThat(nothing.exit()).as(nothing.all()).isZero();
        assertThat(nothing.out()).contains(none + ": no progress return is attached (.xlsx or .docx), so nothing was read");
    }

    @Test
    void anEmptyMessageIsRefusedByName() throws IOException {
        Path bad = dir.resolve("bad.eml");
        Files.write(bad, new byte[0]);

        Cli.Result result = Cli.on(plan, "returns", bad.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception").contains(bad + " is empty, so it is no saved email");
    }

    @Test
    void anOutlookReplyWithItsFormAttachedIsReadAsTheFormIs() throws Exception {
        Path reply = outlook("RE Prevent progress return.msg", "ALL progress return 2026-12-10.xlsx", "minutes.pdf");
        Path none = outlook("thanks.msg", "minutes.pdf");
        Path expected = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("expected"));
        assertThat(Cli.on(expected, "update", "1.1", "--status", "green", "--note", "Met the faith forum").exit()).isZero();

        Cli.Result result = Cli.on(plan, "returns", reply.toString());
        Cli.Result nothing = Cli.on(plan, "returns", none.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains(reply + ", attachment 'ALL progress return 2026-12-10.xlsx': from All partners (ALL)",
                reply + ": attachment 'minutes.pdf' is no form, so it was not read");
        assertThat(plan.resolve("objective-1-ideologies.yaml")).hasSameBinaryContentAs(expected.resolve("objective-1-ideologies.yaml"));
        assertThat(nothing.exit()).as(nothing.all()).isZero();
        assertThat(nothing.out()).contains(none + ": no progress return is attached (.xlsx or .docx), so nothing was read");
    }

    @Test
    void aFileNamedMsgThatIsNoOutlookMessageIsRefusedByName() throws IOException {
        Path bad = dir.resolve("renamed.msg");
        Files.writeString(bad, "From: someone\n\nnot an Outlook message");

        Cli.Result result = Cli.on(plan, "returns", bad.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("Exception").contains(bad + " is not an Outlook message (.msg)");
    }

    /**
     * A reply as Outlook saves it (.msg, a compound file: its subject, and a storage per attachment holding the file's
     * name and bytes), built with POI's POIFS as Outlook lays it out, since POI writes no .msg of its own.
     */
    private Path outlook(String name, String... attached) throws IOException {
        Path path = dir.resolve("outlook").resolve(name);
        Files.createDirectories(path.getParent());
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem msg = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             OutputStream out = Files.newOutputStream(path)) {
            var root = msg.getRoot();
            root.createDocument("__substg1.0_0037001F", new java.io.ByteArrayInputStream("RE: Prevent progress return"
                    .getBytes(StandardCharsets.UTF_16LE)));
            for (int i = 0; i < attached.length; i++) {
                String file = attached[i];
                var attachment = root.createDirectory(String.format("__attach_version1.0_#%08X", i));
                attachment.createDocument("__substg1.0_3707001F", new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_16LE)));
                byte[] bytes = file.endsWith(".xlsx") ? Files.readAllBytes(forms.resolve(file)) : "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
                attachment.createDocument("__substg1.0_37010102", new java.io.ByteArrayInputStream(bytes));
            }
            msg.writeFilesystem(out);
        }
        return path;
    }

    /** A reply as a mail program saves it: a line of text, then each file attached by its name. */
    private Path message(String name, String... attached) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("RE: Prevent progress return", StandardCharsets.UTF_8.name());
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Here is our return.", StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        for (String file : attached) {
            MimeBodyPart part = new MimeBodyPart();
            byte[] bytes = file.endsWith(".xlsx") ? Files.readAllBytes(forms.resolve(file)) : "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "application/octet-stream")));
            part.setFileName(file);
            parts.addBodyPart(part);
        }
        message.setContent(parts);
        message.saveChanges();
        Path path = dir.resolve("inbox").resolve(name);
        Files.createDirectories(path.getParent());
        try (OutputStream out = Files.newOutputStream(path)) {
            message.writeTo(out);
        }
        return path;
    }
}
