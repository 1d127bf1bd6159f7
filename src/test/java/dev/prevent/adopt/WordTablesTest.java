package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.exit.UserError;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word document's tables as grids: cells spanning columns, rows across the table, shading, the size limit, no table. */
class WordTablesTest {

    @TempDir
    Path dir;

    Path document(Consumer<XWPFDocument> build) throws Exception {
        Path file = dir.resolve("plan.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            build.accept(document);
            document.write(out);
        }
        return file;
    }

    @Test
    void aRowOfMoreCellsThanATableHasIsRefusedBeforeItsCellsAreRead() throws Exception {
        Path file = document(d -> {
            var table = d.createTable(1, 1);
            table.getRow(0).getCell(0).setText("ACTION");
            var row = d.createTable(1, 1).getRow(0).getCtRow();
            // Cells of many words, so that the file packs as a real one does (POI refuses what packs a hundredfold).
            java.util.Random random = new java.util.Random(40_000);
            for (int i = 0; i < 40_000; i++) {
                row.addNewTc().addNewP().addNewR().addNewT().setStringValue(Long.toString(random.nextLong(), 36));
            }
        });

        assertThatThrownBy(() -> WordTables.read(file, new java.util.ArrayList<>())).isInstanceOf(dev.prevent.exit.UserError.class)
                .hasMessage("plan.docx table 2 row 1 has more than 64 cells; a table to import may have at most that (Word makes at "
                        + "most 63 columns)");
    }

    static void span(XWPFTableCell cell, int columns) {
        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    @Test
    void aCellSpanningColumnsFillsItsFirstAndLeavesTheRestEmpty() throws Exception {
        Path file = document(d -> {
            XWPFTable table = d.createTable(2, 3);
            table.getRow(0).getCell(0).setText("Ref");
            table.getRow(0).getCell(1).setText("ACTION");
            table.getRow(0).getCell(2).setText("LEAD");
            table.getRow(1).removeCell(2);
            table.getRow(1).getCell(0).setText("1.1 Talk");
            span(table.getRow(1).getCell(0), 2);
            table.getRow(1).getCell(1).setText("COLC");
        });

        Grid grid = WordTables.read(file, new ArrayList<>()).get(0);

        assertThat(grid.rows().get(1).cells()).extracting(Grid.Cell::text).containsExactly("1.1 Talk", "", "COLC");
        assertThat(grid.rows()).extracting(Grid.Row::across).containsExactly(false, false);
        assertThat(grid.name()).isEqualTo("plan.docx table 1");
        assertThat(grid.rows().get(1).where()).isEqualTo(new Grid.Place("plan.docx table 1", 2));
    }

    @Test
    void aLoneCellAcrossTheTableOrAllButItsLastColumnIsAHeadingRow() throws Exception {
        Path file = document(d -> {
            XWPFTable table = d.createTable(3, 3);
            table.getRow(0).getCell(0).setText("ACTION");
            table.getRow(1).removeCell(2);
            table.getRow(1).removeCell(1);
            table.getRow(1).getCell(0).setText("Objective 1: Ideologies");
            span(table.getRow(1).getCell(0), 3);
            table.getRow(2).removeCell(2);
            table.getRow(2).removeCell(1);
            table.getRow(2).getCell(0).setText("1) Engagement");
            span(table.getRow(2).getCell(0), 2);
        });

        assertThat(WordTables.read(file, new ArrayList<>()).get(0).rows()).extracting(Grid.Row::across)
                .containsExactly(false, true, true);
    }

    @Test
    void aTableOfOneColumnHasNoHeadingRows() throws Exception {
        Path file = document(d -> {
            XWPFTable table = d.createTable(2, 1);
            table.getRow(0).getCell(0).setText("ACTION");
            table.getRow(1).getCell(0).setText("Talk");
        });

        assertThat(WordTables.read(file, new ArrayList<>()).get(0).rows()).extracting(Grid.Row::across).containsOnly(false);
    }

    @Test
    void aShadedCellKeepsItsColourAndEachTableIsNumbered() throws Exception {
        Path file = document(d -> {
            XWPFTable first = d.createTable(1, 2);
            first.getRow(0).getCell(0).setText("Version");
            XWPFTable second = d.createTable(1, 2);
            second.getRow(0).getCell(0).setText("Green");
            second.getRow(0).getCell(0).setColor("00703C");
            second.getRow(0).getCell(1).setColor("auto");
        });

        List<Grid> grids = WordTables.read(file, new ArrayList<>());

        assertThat(grids).extracting(Grid::name).containsExactly("plan.docx table 1", "plan.docx table 2");
        assertThat(grids.get(1).rows().get(0).cells()).extracting(Grid.Cell::fill).containsExactly("#00703c", null);
    }

    @Test
    void aLetterWithoutATableIsSaidToHaveNone() throws Exception {
        Path file = document(d -> d.createParagraph().createRun().setText("Dear colleague"));

        assertThatThrownBy(() -> WordTables.read(file, new ArrayList<>())).isInstanceOf(UserError.class)
                .hasMessage(file + " has no tables; import reads a plan's table of actions");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnreadAndOneAtItIsOpened() throws Exception {
        Path file = dir.resolve("big.docx");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(CsvSheet.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> WordTables.read(file, new ArrayList<>())).isInstanceOf(UserError.class)
                .hasMessage(file + " is over 16 MB; a plan to import may be at most that");

        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(CsvSheet.MAX_BYTES);
        }
        assertThatThrownBy(() -> WordTables.read(file, new ArrayList<>())).isInstanceOf(UserError.class)
                .hasMessageStartingWith("cannot read " + file + " as a Word document");
    }

    @Test
    void aListedParagraphLeftEmptyIsAnEmptyLineNotABullet() throws Exception {
        Path file = document(d -> {
            XWPFTable table = d.createTable(2, 1);
            table.getRow(0).getCell(0).setText("SUCCESS CRITERIA");
            XWPFTableCell cell = table.getRow(1).getCell(0);
            for (String text : List.of("Staff trained", "", "Leaflets out")) {
                var paragraph = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                        && text.equals("Staff trained") ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph.setNumID(BigInteger.ONE);
                if (!text.isEmpty()) {
                    paragraph.createRun().setText(text);
                }
            }
        });

        assertThat(WordTables.read(file, new ArrayList<>()).get(0).rows().get(1).text(0)).isEqualTo("- Staff trained\n\n- Leaflets out");
    }

    @Test
    void aRowOfOneCellThatSpansAllButTheLastColumnIsAcrossEvenWrittenAsASpanOfOne() throws Exception {
        Path file = document(d -> {
            XWPFTable table = d.createTable(2, 2);
            table.getRow(0).getCell(0).setText("ACTION");
            table.getRow(0).getCell(1).setText("LEAD");
            table.getRow(1).removeCell(1);
            table.getRow(1).getCell(0).setText("1) Engagement");
            span(table.getRow(1).getCell(0), 1);
        });

        assertThat(WordTables.read(file, new ArrayList<>()).get(0).rows()).extracting(Grid.Row::across).containsExactly(false, true);
    }
}
