package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word and Excel readers' grids, cell by cell: what each kind of cell gives. */
class OfficeReadersTest {

    @TempDir
    Path dir;

    @Test
    void excelCellsGiveWhatExcelShows() throws Exception {
        Path file = dir.resolve("cells.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("S");
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue("ACTION");
            row.createCell(1).setCellFormula("1+1");
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellValue(2.5);
            row.createCell(4).setCellValue("line one\r\nline two");
            row.createCell(5).setCellFormula("\"a\"&\"b\"");
            XSSFRow second = sheet.createRow(1);
            second.createCell(0).setCellValue("Merged over two columns");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        List<String> reports = new ArrayList<>();

        Grid grid = ExcelSheet.read(file, null, reports);

        assertThat(grid.rows().get(0).cells()).extracting(Grid.Cell::text)
                .containsExactly("ACTION", "2", "TRUE", "2.5", "line one\nline two", "ab");
        assertThat(grid.rows().get(1).across()).as("a merge over two of six columns is not a heading row").isFalse();
        assertThat(grid.rows().get(0).where()).isEqualTo(new Grid.Place("cells.xlsx sheet 'S'", 1));
        assertThat(reports).isEmpty();
    }

    @Test
    void wordCellsKeepTheirItalicsTheirNestedTablesAndAMergeWithoutAValue() throws Exception {
        Path file = dir.resolve("cells.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable table = document.createTable(3, 2);
            table.getRow(0).getCell(0).setText("ACTION");
            table.getRow(0).getCell(1).setText("LEAD");
            XWPFParagraph paragraph = table.getRow(1).getCell(0).getParagraphs().get(0);
            XWPFRun plain = paragraph.createRun();
            plain.setText("Work with ");
            XWPFRun italic = paragraph.createRun();
            italic.setItalic(true);
            italic.setText("faith groups ");
            XWPFRun both = paragraph.createRun();
            both.setItalic(true);
            both.setBold(true);
            both.setText("now");
            XWPFTableCell lead = table.getRow(1).getCell(1);
            lead.setText("COLC");
            lead.getCTTc().addNewTcPr().addNewVMerge().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
            // A continued merge written with no value, as Word writes it.
            table.getRow(2).getCell(1).getCTTc().addNewTcPr().addNewVMerge();
            XWPFTableCell nested = table.getRow(2).getCell(0);
            nested.setText("Nested:");
            XWPFTable inner = nested.insertNewTbl(nested.getCTTc().addNewP().newCursor());
            inner.getCTTbl().addNewTblPr();
            var innerRow = inner.createRow();
            innerRow.addNewTableCell().setText("a");
            innerRow.addNewTableCell().setText("b");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.ONE);
            document.write(out);
        }

        List<Grid> grids = WordTables.read(file, new ArrayList<>());

        Grid grid = grids.get(0);
        assertThat(grid.rows().get(1).text(0)).isEqualTo("Work with *faith groups* ***now***");
        assertThat(grid.rows().get(2).cells().get(1)).isEqualTo(new Grid.Cell("COLC", null, true));
        assertThat(grid.rows().get(2).text(0)).startsWith("Nested:").contains("a | b");
        assertThat(grid.rows().get(0).across()).isFalse();
    }
}
