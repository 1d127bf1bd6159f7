package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Office files that are not what their names say, or are built to hurt: a clear message, exit 2, nothing written. */
class OfficeHostileTest {

    @TempDir
    Path dir;

    Path plans;

    @BeforeEach
    void plan() {
        plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
    }

    Cli.Result importOf(Path file) {
        return Cli.run("--plan", plans.toString(), "import", file.toString());
    }

    void nothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(plans)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("objective-4"));
        }
    }

    @Test
    void textNamedDocxOrXlsxIsRefusedByName() throws IOException {
        Cli.Result word = importOf(Files.writeString(dir.resolve("plan.docx"), "ACTION,LEAD\nTalk,COLC\n"));
        Cli.Result excel = importOf(Files.writeString(dir.resolve("plan.xlsx"), "ACTION,LEAD\nTalk,COLC\n"));

        assertThat(word.exit()).isEqualTo(2);
        assertThat(word.err()).startsWith("prevent: cannot read " + dir.resolve("plan.docx") + " as a Word document");
        assertThat(excel.exit()).isEqualTo(2);
        assertThat(excel.err()).startsWith("prevent: cannot read " + dir.resolve("plan.xlsx") + " as an Excel workbook");
        assertThat(word.all() + excel.all()).doesNotContain("Exception", "\tat ");
        nothingWritten();
    }

    @Test
    void theOldBinaryFormatsAskToBeSavedAsTheNewOnes() throws IOException {
        Cli.Result doc = importOf(Files.writeString(dir.resolve("plan.doc"), "old"));
        Cli.Result xls = importOf(Files.writeString(dir.resolve("plan.xls"), "old"));

        assertThat(doc.exit()).isEqualTo(2);
        assertThat(doc.err()).contains("is in the old Office format; open it in Word or Excel and save it as .docx");
        assertThat(xls.err()).contains("save it as .xlsx");
    }

    @Test
    void aWordDocumentWithNoTableSaysSo() throws IOException {
        Path docx = dir.resolve("letter.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("Dear colleagues");
            document.write(out);
        }

        Cli.Result result = importOf(docx);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("letter.docx has no tables; import reads a plan's table of actions");
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsTheMemory() throws IOException {
        // A document part of 80 MB of spaces: far past the limit, and inflating a thousandfold.
        Path docx = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                zip.write(spaces);
            }
        }

        Cli.Result result = importOf(docx);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("prevent: cannot read " + docx + " as a Word document: it unpacks to far more than a "
                + "real document does (a zip bomb?), so it was not read; if it is a real document, open it in Word or Excel and save "
                + "it again\n");
        assertThat(result.all()).doesNotContain("OutOfMemoryError", "\tat ", "ZipSecureFile");
        nothingWritten();
    }
}
