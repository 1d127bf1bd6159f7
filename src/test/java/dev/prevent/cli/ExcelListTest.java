package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list --format xlsx -o FILE}: the CSV's columns as a sheet a partner can filter in Excel. */
class ExcelListTest {

    @TempDir
    Path dir;

    static final String PLAN = Fixtures.plan("report").toString();

    XSSFSheet sheet(Path file) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
        return workbook.getSheetAt(0);
    }

    @Test
    void theSheetHasTheCsvsColumnsAndValuesWithAFilterAFrozenHeaderAndRealDates() throws IOException {
        Path xlsx = dir.resolve("list.xlsx");
        Cli.Result result = Cli.run("--plan", PLAN, "list", "--format", "xlsx", "-o", xlsx.toString(), "--as-of", "2016-04-01");
        Cli.Result csv = Cli.run("--plan", PLAN, "list", "--format", "csv", "--as-of", "2016-04-01");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo("wrote " + xlsx + "\n");
        XSSFSheet sheet = sheet(xlsx);
        assertThat(sheet.getSheetName()).isEqualTo("List");
        DataFormatter shown = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                XSSFCell cell = row.getCell(c);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue())
                        : shown.formatCellValue(cell));
            }
            rows.add(cells);
        }
        try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.out()))) {
            assertThat(rows).containsExactlyElementsOf(parser.getRecords().stream().map(CSVRecord::toList).toList());
        }
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M" + (sheet.getLastRowNum() + 1));
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        int due = rows.get(0).indexOf("due");
        XSSFCell day = sheet.getRow(1).getCell(due);
        assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
        assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse(rows.get(1).get(due)));
    }

    @Test
    void statusCellsAreShadedInThePlansColourWithReadableText() throws IOException {
        Path xlsx = dir.resolve("list.xlsx");
        Cli.run("--plan", PLAN, "list", "--format", "xlsx", "-o", xlsx.toString());
        XSSFSheet sheet = sheet(xlsx);

        XSSFRow off = null;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if ("off".equals(sheet.getRow(r).getCell(5).getStringCellValue())) {
                off = sheet.getRow(r);
            }
        }
        assertThat((Object) off).isNotNull();
        for (int c : new int[] {5, 6}) {
            XSSFCellStyle style = off.getCell(c).getCellStyle();
            assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(style.getFillForegroundXSSFColor().getARGBHex()).endsWithIgnoringCase("d4351c");
            assertThat(style.getFont().getXSSFColor().getARGBHex()).endsWithIgnoringCase("ffffff");
        }
    }

    @Test
    void anExcelSheetNeedsAFileAndTextFormatsCanGoToOneToo() throws IOException {
        Cli.Result refused = Cli.run("--plan", PLAN, "list", "--format", "xlsx");
        Path csv = dir.resolve("list.csv");
        Cli.Result written = Cli.run("--plan", PLAN, "leads", "--format", "csv", "-o", csv.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("an Excel sheet is a file: give -o FILE.xlsx");
        assertThat(refused.bytes()).isEmpty();
        assertThat(written.exit()).isZero();
        assertThat(Files.readString(csv)).isEqualTo(Cli.run("--plan", PLAN, "leads", "--format", "csv").out());
    }
}
