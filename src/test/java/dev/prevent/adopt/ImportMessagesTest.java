package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What import and update say of files that are not what they should be, in the user's words: never the library's
 * (a zip bomb's settings, "DOCTYPE is disallowed", "Input length = 1"), never binary bytes read as headings.
 */
class ImportMessagesTest {

    @TempDir
    Path dir;

    Path plan;

    @BeforeEach
    void aPlan() {
        plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
    }

    private Cli.Result importing(Path file) {
        return Cli.run("--plan", plan.toString(), "import", file.toString());
    }

    private byte[] docx(String action) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createTable(1, 1).getRow(0).getCell(0).setText(action);
            document.write(bytes);
        }
        return bytes.toByteArray();
    }

    @Test
    void aWordFileNamedCsvIsSaidToBeOneNotReadAsText() throws Exception {
        Path file = Files.write(dir.resolve("plan.csv"), docx("ACTION"));

        Cli.Result result = importing(file);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("prevent: " + file + " is a Word or Excel file (a zip archive), not CSV text; give it "
                + "its own ending, .docx or .xlsx, and import that\n");
    }

    @Test
    void aTableWithItsHeadingRowAndNoActionsSaysSo() throws Exception {
        Path file = Files.write(dir.resolve("plan.docx"), docx("ACTION"));

        Cli.Result result = importing(file);

        assertThat(result.err()).isEqualTo("prevent: plan.docx table 1 has a heading row (ACTION) but no action under it, so there "
                + "is nothing to import\n");
    }

    @Test
    void aFolderAndAPipeAreNamedForWhatTheyAre() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plan folder.csv"));
        Cli.Result fromFolder = importing(folder);
        assertThat(fromFolder.err()).isEqualTo("prevent: '" + folder + "' is a folder; import reads a plan's table saved as .docx, "
                + ".xlsx or .csv\n");

        Path fifo = dir.resolve("pipe.csv");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed for a pipe");
        Cli.Result fromPipe = importing(fifo);
        assertThat(fromPipe.err()).isEqualTo("prevent: '" + fifo + "' is not a saved file (a pipe or a device); import reads a "
                + "plan's table saved as .docx, .xlsx or .csv\n");
    }

    @Test
    void aDocumentWithADoctypeIsRefusedInPlainWords() throws Exception {
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx("ACTION")));
                ZipOutputStream out = new ZipOutputStream(changed)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    part = xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY x \"y\">]>").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(part);
            }
        }
        Path file = Files.write(dir.resolve("plan.docx"), changed.toByteArray());

        Cli.Result result = importing(file);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("prevent: cannot read " + file + " as a Word document: its XML declares a DOCTYPE, which "
                + "no file saved by Word or Excel has, so it was not read\n");
    }

    @Test
    void aNoteFileThatIsNotUtf8IsSaidToBeSo() throws Exception {
        Path note = Files.write(dir.resolve("note.txt"), "Caf\u00e9 booked".getBytes(StandardCharsets.ISO_8859_1));

        Cli.Result result = Cli.run("--plan", plan.toString(), "update", "1.2", "--note-file", note.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("prevent: the note file '" + note + "' is not UTF-8 text; save it as UTF-8 (in Notepad: "
                + "File, Save as, Encoding UTF-8) and run again\n");
    }
}
