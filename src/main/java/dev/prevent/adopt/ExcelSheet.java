package dev.prevent.adopt;

import dev.prevent.exit.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet of an Excel workbook ({@code .xlsx}, through Apache POI) read into a {@link Grid}: values as Excel
 * shows them ({@code £5,000}), dates as {@code YYYY-MM-DD}, a merged cell's value in the first row of its range
 * and marked as merged down in the rows below, a row merged across the used columns marked as a heading, and a
 * cell's solid fill kept for the RAG column.
 */
final class ExcelSheet {

    /** The most rows and columns with words: far beyond any plan; past them the sheet is refused, not cut. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 64;

    private ExcelSheet() {
    }

    /**
     * The sheet named {@code sheet}, or the first.
     *
     * @throws UserError (exit 2) when the file is not an Excel workbook, is too big, or has no such sheet
     */
    static Grid read(Path xlsx, String sheet, List<String> reports) {
        try {
            if (Files.size(xlsx) > CsvSheet.MAX_BYTES) {
                throw new UserError(xlsx + " is over " + (CsvSheet.MAX_BYTES >> 20) + " MB; a plan to import may be at most that");
            }
            OfficeZip.limited();
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                XSSFSheet chosen = sheet == null ? workbook.getSheetAt(0) : workbook.getSheet(sheet);
                if (chosen == null) {
                    List<String> names = new ArrayList<>();
                    workbook.forEach(s -> names.add("'" + s.getSheetName() + "'"));
                    throw new UserError(xlsx + " has no sheet '" + sheet + "'; its sheets are " + String.join(", ", names));
                }
                if (sheet == null && workbook.getNumberOfSheets() > 1) {
                    reports.add(xlsx.getFileName() + ": read its first sheet, '" + chosen.getSheetName()
                            + "'; name another with --sheet NAME");
                }
                return grid(chosen, xlsx.getFileName() + " sheet '" + chosen.getSheetName() + "'", reports);
            }
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new UserError(xlsx + " is in the old Excel format; open it in Excel, save it as .xlsx and import that");
        } catch (IOException | POIXMLException | IllegalStateException | IllegalArgumentException e) {
            throw new UserError("cannot read " + xlsx + " as an Excel workbook: " + OfficeZip.why(e));
        }
    }

    private static Grid grid(XSSFSheet sheet, String name, List<String> reports) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        // Rows and columns past the limits are refused if they hold anything: none is ever dropped unread.
        // (A sheet's last row is often far below its last words, where someone once formatted a cell.)
        int lastRow = 0;
        int width = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!text(cell, formatter).isEmpty()) {
                    if (row.getRowNum() >= MAX_ROWS || cell.getColumnIndex() >= MAX_COLUMNS) {
                        throw new UserError(name + " has words in row " + (row.getRowNum() + 1) + ", column "
                                + (cell.getColumnIndex() + 1) + "; a sheet to import may have at most " + MAX_ROWS
                                + " rows and " + MAX_COLUMNS + " columns. Split it, or remove what is past them");
                    }
                    lastRow = Math.max(lastRow, row.getRowNum());
                    width = Math.max(width, cell.getColumnIndex() + 1);
                }
            }
        }
        // Merged ranges: the first row holds the value; the cells under it are marked as merged down. Ranges that
        // overlap (Excel makes none; a crafted file can) could ask for billions of cells: counted first, and refused.
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        long mergedCells = 0;
        for (CellRangeAddress range : merged) {
            mergedCells += Math.max(0, Math.min(range.getLastRow(), lastRow) - range.getFirstRow());
        }
        if (mergedCells > (long) MAX_ROWS * MAX_COLUMNS) {
            throw new UserError(name + " has " + merged.size() + " merged ranges covering " + mergedCells + " cells, more than a sheet of "
                    + MAX_ROWS + " rows and " + MAX_COLUMNS + " columns holds (ranges that overlap?); unmerge them in Excel and import again");
        }
        Map<Long, Long> mergedFrom = new HashMap<>();
        Set<Integer> across = new HashSet<>();
        for (CellRangeAddress range : merged) {
            if (range.getFirstColumn() == 0 && range.getLastColumn() >= width - 1 && width > 1) {
                across.add(range.getFirstRow());
            }
            for (int r = range.getFirstRow() + 1; r <= Math.min(range.getLastRow(), lastRow); r++) {
                mergedFrom.put(key(r, range.getFirstColumn()), key(range.getFirstRow(), range.getFirstColumn()));
            }
        }
        Map<Long, Grid.Cell> values = new HashMap<>();
        List<Grid.Row> rows = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<Grid.Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                Grid.Cell value = new Grid.Cell(cell == null ? "" : text(cell, formatter), cell == null ? null : fill(cell), false);
                shownAsIs(cell, name, r, c).ifPresent(reports::add);
                Long from = mergedFrom.get(key(r, c));
                if (from != null && values.containsKey(from)) {
                    Grid.Cell top = values.get(from);
                    value = new Grid.Cell(top.text(), top.fill(), true);
                }
                values.put(key(r, c), value);
                cells.add(value);
            }
            rows.add(new Grid.Row(new Grid.Place(name, r + 1), cells, across.contains(r)));
        }
        return new Grid(name, rows);
    }

    private static long key(int row, int column) {
        return (long) row << 16 | column;
    }

    /** A formula the program that saved the file never computed: no value is stored for it. */
    private static boolean uncomputed(Cell cell) {
        return cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV();
    }

    /** The report of a cell kept as it shows, not as a value: an error Excel shows, a formula never computed. */
    private static Optional<String> shownAsIs(Cell cell, String name, int row, int column) {
        if (cell == null) {
            return Optional.empty();
        }
        String where = name + " row " + (row + 1) + ", column " + (column + 1);
        if (uncomputed(cell)) {
            return Optional.of(where + ": the formula =" + cell.getCellFormula() + " was never computed (the file was saved by a "
                    + "program that does not compute), so its text is kept in its place; check the value in Excel");
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.ERROR ? Optional.of(where + ": the cell shows the error " + text(cell, null)
                + ", which is kept as it shows; mend it in the sheet if it should say something else") : Optional.empty();
    }

    /**
     * What Excel shows in the cell; a date as {@code YYYY-MM-DD}; a formula's last computed value, or its text when it
     * was never computed; an error as Excel shows it ({@code #DIV/0!}). Nothing a cell shows is dropped.
     */
    private static String text(Cell cell, DataFormatter formatter) {
        if (uncomputed(cell)) {
            return "=" + cell.getCellFormula();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? LocalDate.ofInstant(cell.getDateCellValue().toInstant(), ZoneOffset.systemDefault()).toString()
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString()).strip();
            case STRING -> cell.getStringCellValue().replace("\r\n", "\n").strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static String fill(Cell cell) {
        if (!(cell.getCellStyle() instanceof XSSFCellStyle style) || style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        XSSFColor colour = style.getFillForegroundColorColor();
        if (colour == null) {
            return null;
        }
        byte[] rgb = colour.getRGBWithTint() != null ? colour.getRGBWithTint() : colour.getRGB();
        if (rgb == null) {
            return null;
        }
        byte[] last = rgb.length == 4 ? new byte[] {rgb[1], rgb[2], rgb[3]} : rgb;
        return "#" + HexFormat.of().formatHex(last);
    }
}
