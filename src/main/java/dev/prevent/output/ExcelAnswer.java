package dev.prevent.output;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An answer as an Excel sheet ({@code .xlsx}, through Apache POI): the CSV's columns under a bold header row,
 * with an autofilter and the top row frozen, days as Excel dates, true/false as Excel's, whole numbers as numbers,
 * and a cell that has a colour (a status) shaded in it with text that stays readable. Every other cell is text:
 * Excel never runs a text cell as a formula, so no guard is needed and the plan's words stay exact.
 */
public final class ExcelAnswer {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("[1-9]\\d{0,8}|0");
    /** Excel's widest column is 255 characters; a plan's long text wraps well before that. */
    private static final int WIDEST = 60;

    private ExcelAnswer() {
    }

    /** Writes the answer's fields as a workbook of one sheet named {@code sheetName}. */
    public static void write(Answer answer, String sheetName, OutputStream out) throws IOException {
        Table table = answer.fields();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            XSSFCellStyle header = workbook.createCellStyle();
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Map<String, XSSFCellStyle> shaded = new HashMap<>();
            XSSFRow top = sheet.createRow(0);
            List<Column> columns = table.columns();
            int[] widths = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                XSSFCell cell = top.createCell(c);
                cell.setCellValue(columns.get(c).name());
                cell.setCellStyle(header);
                widths[c] = columns.get(c).name().length();
            }
            int r = 1;
            for (List<Cell> row : table.rows()) {
                XSSFRow line = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    Cell value = row.get(c);
                    XSSFCell cell = line.createCell(c);
                    String text = value.text();
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (DAY.matcher(text).matches()) {
                        cell.setCellValue(LocalDate.parse(text));
                        cell.setCellStyle(date);
                    } else if (text.equals("true") || text.equals("false")) {
                        cell.setCellValue(Boolean.parseBoolean(text));
                    } else if (WHOLE.matcher(text).matches() && !columns.get(c).name().equals("id")) {
                        cell.setCellValue(Long.parseLong(text));
                    } else {
                        cell.setCellValue(text);
                    }
                    if (value.colour() != null && value.colour().matches("#[0-9A-Fa-f]{6}")) {
                        cell.setCellStyle(shaded.computeIfAbsent(value.colour(), colour -> shade(workbook, colour)));
                    }
                    widths[c] = Math.max(widths[c], Math.min(WIDEST, text.length()));
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            workbook.write(out);
        }
    }

    private static XSSFCellStyle shade(XSSFWorkbook workbook, String colour) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(colour.substring(1)), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont font = workbook.createFont();
        font.setColor(new XSSFColor(HexFormat.of().parseHex(ContrastingText.readableOn(colour).substring(1)), null));
        style.setFont(font);
        return style;
    }
}
