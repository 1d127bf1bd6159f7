package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.exit.UserError;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Excel sheet as a grid: its limits exactly and one past them, its merged ranges, its fills, its sheets. */
class ExcelSheetTest {

    @TempDir
    Path dir;

    final List<String> reports = new ArrayList<>();

    int made;

    /** A new workbook, each in a folder of its own under the one name (messages name the file). */
    Path workbook(Consumer<XSSFWorkbook> build) throws Exception {
        Path file = Files.createDirectories(dir.resolve(String.valueOf(++made))).resolve("tracker.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            build.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    static void put(XSSFSheet sheet, int row, int column, String text) {
        (sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row)).createCell(column).setCellValue(text);
    }

    @Test
    void anErrorTheSheetShowsAndAFormulaNeverComputedAreKeptAndSaid() throws Exception {
        Path file = workbook(w -> {
            XSSFSheet sheet = w.createSheet("S");
            put(sheet, 0, 0, "ACTION");
            put(sheet, 0, 1, "RESOURCES");
            put(sheet, 1, 0, "Train staff");
            sheet.getRow(1).createCell(1).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0);
            put(sheet, 2, 0, "Brief heads");
            // POI writes a formula without a value unless asked to compute it, as some programs save them.
            sheet.getRow(2).createCell(1).setCellFormula("SUM(C1:C3)");
        });

        Grid grid = ExcelSheet.read(file, null, reports);

        assertThat(grid.rows().get(1).text(1)).isEqualTo("#DIV/0!");
        assertThat(grid.rows().get(2).text(1)).isEqualTo("=SUM(C1:C3)");
        assertThat(reports).containsExactly(
                "tracker.xlsx sheet 'S' row 2, column 2: the cell shows the error #DIV/0!, which is kept as it shows; mend it in "
                        + "the sheet if it should say something else",
                "tracker.xlsx sheet 'S' row 3, column 2: the formula =SUM(C1:C3) was never computed (the file was saved by a "
                        + "program that does not compute), so its text is kept in its place; check the value in Excel");
    }

    @Test
    void mergedRangesThatOverlapPastWhatASheetHoldsAreRefusedBeforeTheWork() throws Exception {
        Path file = workbook(w -> {
            XSSFSheet sheet = w.createSheet("S");
            put(sheet, 0, 0, "ACTION");
            put(sheet, ExcelSheet.MAX_ROWS - 1, 0, "last");
            // Ranges of many shapes, so that the file packs as a real one does (POI refuses what packs a hundredfold).
            java.util.Random random = new java.util.Random(30_000);
            for (int i = 0; i < 30_000; i++) {
                int column = random.nextInt(ExcelSheet.MAX_COLUMNS);
                sheet.addMergedRegionUnsafe(new CellRangeAddress(1 + random.nextInt(50), ExcelSheet.MAX_ROWS - 1 - random.nextInt(50),
                        column, column));
            }
        });

        assertThatThrownBy(() -> ExcelSheet.read(file, null, reports)).isInstanceOf(UserError.class)
                .hasMessageContaining("has 30000 merged ranges covering").hasMessageContaining("unmerge them in Excel");
    }

    @Test
    void wordsInTheLastRowAndColumnAllowedAreRead() throws Exception {
        Path file = workbook(w -> {
            XSSFSheet sheet = w.createSheet("S");
            put(sheet, 0, 0, "ACTION");
            put(sheet, ExcelSheet.MAX_ROWS - 1, ExcelSheet.MAX_COLUMNS - 1, "last");
        });

        Grid grid = ExcelSheet.read(file, null, reports);

        assertThat(grid.rows()).hasSize(ExcelSheet.MAX_ROWS);
        assertThat(grid.rows().get(0).cells()).hasSize(ExcelSheet.MAX_COLUMNS);
        assertThat(grid.rows().get(ExcelSheet.MAX_ROWS - 1).text(ExcelSheet.MAX_COLUMNS - 1)).isEqualTo("last");
        assertThat(reports).isEmpty();
    }

    @Test
    void wordsOneRowOrOneColumnPastTheLimitAreRefusedNamingTheirCell() throws Exception {
        Path row = workbook(w -> put(w.createSheet("S"), ExcelSheet.MAX_ROWS, 0, "too far"));

        assertThatThrownBy(() -> ExcelSheet.read(row, null, reports)).isInstanceOf(UserError.class)
                .hasMessage("tracker.xlsx sheet 'S' has words in row 20001, column 1; a sheet to import may have at most 20000 rows "
                        + "and 64 columns. Split it, or remove what is past them");

        Path column = workbook(w -> put(w.createSheet("S"), 0, ExcelSheet.MAX_COLUMNS, "too wide"));

        assertThatThrownBy(() -> ExcelSheet.read(column, null, reports)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("tracker.xlsx sheet 'S' has words in row 1, column 65;");
    }

    @Test
    void emptyCellsPastTheLimitsAreNoReasonToRefuse() throws Exception {
        Path file = workbook(w -> {
            XSSFSheet sheet = w.createSheet("S");
            put(sheet, 0, 0, "ACTION");
            sheet.createRow(ExcelSheet.MAX_ROWS + 5).createCell(ExcelSheet.MAX_COLUMNS + 5).setCellValue("");
        });

        assertThat(ExcelSheet.read(file, null, reports).rows()).hasSize(1);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnreadAndOneAtItIsRead() throws Exception {
        Path file = dir.resolve("big.xlsx");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(CsvSheet.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> ExcelSheet.read(file, null, reports)).isInstanceOf(UserError.class)
                .hasMessage(file + " is over 16 MB; a plan to import may be at most that");

        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(CsvSheet.MAX_BYTES);
        }
        // At the limit it is opened: these bytes are no workbook, and that is what is said.
        assertThatThrownBy(() -> ExcelSheet.read(file, null, reports)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("cannot read " + file + " as an Excel workbook");
    }

    @Test
    void theFirstOfSeveralSheetsIsReadAndSaidSoOneSheetIsJustRead() throws Exception {
        Path two = workbook(w -> {
            put(w.createSheet("Plan"), 0, 0, "ACTION");
            put(w.createSheet("Notes"), 0, 0, "x");
        });
        ExcelSheet.read(two, null, reports);
        assertThat(reports).containsExactly("tracker.xlsx: read its first sheet, 'Plan'; name another with --sheet NAME");

        reports.clear();
        Path one = workbook(w -> put(w.createSheet("Plan"), 0, 0, "ACTION"));
        ExcelSheet.read(one, null, reports);
        assertThat(reports).isEmpty();

        assertThatThrownBy(() -> ExcelSheet.read(two, "Other", reports)).isInstanceOf(UserError.class)
                .hasMessage(two + " has no sheet 'Other'; its sheets are 'Plan', 'Notes'");
    }

    @Test
    void aRangeMergedDownFillsTheRowsUnderItUpToTheLastRowWithWords() throws Exception {
        Path file = workbook(w -> {
            XSSFSheet sheet = w.createSheet("S");
            put(sheet, 0, 0, "ACTION");
            put(sheet, 0, 1, "LEAD");
            put(sheet, 1, 0, "Talk");
            put(sheet, 1, 1, "COLC");
            put(sheet, 2, 0, "Walk");
            put(sheet, 3, 0, "Run");
            sheet.addMergedRegion(new CellRangeAddress(1, 9, 1, 1));
        });

        Grid grid = ExcelSheet.read(file, null, reports);

        assertThat(grid.rows()).hasSize(4);
        assertThat(grid.rows()).extracting(r -> r.text(1) + " " + r.cells().get(1).fromAbove())
                .containsExactly("LEAD false", "COLC false", "COLC true", "COLC true");
        assertThat(grid.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(2));
    }

    @Test
    void aRangeAcrossEveryUsedColumnIsAHeadingRowAndOneColumnNeverIs() throws Exception {
        Path wide = workbook(w -> {
            XSSFSheet sheet = w.createSheet("S");
            put(sheet, 0, 0, "Objective 1: Ideologies");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            put(sheet, 1, 0, "ACTION");
            put(sheet, 1, 2, "LEAD");
        });
        Path narrow = workbook(w -> {
            XSSFSheet sheet = w.createSheet("S");
            put(sheet, 0, 0, "ACTION");
            put(sheet, 1, 0, "Talk");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            put(sheet, 3, 0, "Walk");
        });

        assertThat(ExcelSheet.read(wide, null, reports).rows()).extracting(Grid.Row::across).containsExactly(true, false);
        assertThat(ExcelSheet.read(narrow, null, reports).rows()).extracting(Grid.Row::across).containsOnly(false);
    }

    @Test
    void onlyASolidFillIsAShadeAndItIsWrittenAsRgb() throws Exception {
        Path file = workbook(w -> {
            XSSFSheet sheet = w.createSheet("S");
            put(sheet, 0, 0, "solid");
            put(sheet, 0, 1, "dotted");
            put(sheet, 0, 2, "plain");
            XSSFCellStyle solid = w.createCellStyle();
            solid.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xd4, 0x35, 0x1c}, null));
            solid.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            sheet.getRow(0).getCell(0).setCellStyle(solid);
            XSSFCellStyle dotted = w.createCellStyle();
            dotted.setFillForegroundColor(new XSSFColor(new byte[] {0x00, 0x70, 0x3c}, null));
            dotted.setFillPattern(FillPatternType.FINE_DOTS);
            sheet.getRow(0).getCell(1).setCellStyle(dotted);
        });

        assertThat(ExcelSheet.read(file, null, reports).rows().get(0).cells()).extracting(Grid.Cell::fill)
                .containsExactly("#d4351c", null, null);
    }
}
