package dev.prevent.adopt;

import dev.prevent.exit.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The tables of a Word document ({@code .docx}, through Apache POI), each read into a {@link Grid}: a cell merged
 * across columns ({@code gridSpan}) fills the first of them, and a row that is one cell across the table is marked
 * so; a cell merged down ({@code vMerge}) gives its text to every row it spans; paragraphs become lines, bulleted
 * or numbered ones {@code - } items, bold and italic Markdown; a cell's shading is kept for the RAG column.
 */
final class WordTables {

    private static final Pattern TYPED_BULLET = Pattern.compile("^\\s*[•▪◦·]\\s+");

    private WordTables() {
    }

    /**
     * Every table of the document, in order.
     *
     * @throws UserError (exit 2) when the file is not a Word document or is too big
     */
    static List<Grid> read(Path docx, List<String> reports) {
        return read(docx, reports, new ArrayList<>());
    }

    /**
     * As {@link #read(Path, List)}, the document's paragraphs above its first table (its title, a subtitle, who owns
     * it, a RAG key) added to {@code above}, each as its text, a heading's or title's marked with a leading {@code #}.
     */
    static List<Grid> read(Path docx, List<String> reports, List<String> above) {
        String name = String.valueOf(docx.getFileName());
        try {
            if (Files.size(docx) > CsvSheet.MAX_BYTES) {
                throw new UserError(docx + " is over " + (CsvSheet.MAX_BYTES >> 20) + " MB; a plan to import may be at most that");
            }
            OfficeZip.limited();
            refuseWideRows(docx, name);
            try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
                for (var element : document.getBodyElements()) {
                    if (element instanceof XWPFTable) {
                        break;
                    }
                    if (element instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                        String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(Locale.ROOT);
                        boolean heading = style.startsWith("title") || style.startsWith("heading");
                        above.add((heading ? "# " : "") + paragraph.getText().strip().replaceAll("\\s*\\R\\s*", " "));
                    }
                }
                List<Grid> grids = new ArrayList<>();
                for (XWPFTable table : document.getTables()) {
                    grids.add(grid(table, name + " table " + (grids.size() + 1)));
                }
                if (grids.isEmpty()) {
                    throw new UserError(docx + " has no tables; import reads a plan's table of actions");
                }
                return grids;
            }
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new UserError(docx + " is in the old Word format; open it in Word, save it as .docx and import that");
        } catch (IOException | POIXMLException
                 | IllegalStateException | IllegalArgumentException e) {
            throw new UserError("cannot read " + docx + " as a Word document: " + OfficeZip.why(e));
        }
    }

    /**
     * Refuses a table row of more cells than a table to import has, before POI reads the document: POI lists a row's
     * cells as it loads it, in time that grows with the square of their number, so a crafted row of forty thousand
     * cells would run for minutes. The document's XML is streamed (no DTD, no entities) and its cells counted.
     */
    private static void refuseWideRows(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            ZipEntry part = zip.getEntry("word/document.xml");
            if (part == null) {
                return;
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            try (InputStream in = new BoundedInputStream(zip.getInputStream(part), OfficeZip.MAX_PART)) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                // Per open row, its cells so far; a cell may hold a table of its own rows.
                Deque<int[]> rows = new ArrayDeque<>();
                int table = 0;
                int row = 0;
                int depth = 0;
                Deque<Integer> rowDepths = new ArrayDeque<>();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String tag = xml.getLocalName();
                        if (tag.equals("tbl") && rows.isEmpty()) {
                            table++;
                            row = 0;
                        } else if (tag.equals("tr")) {
                            rows.push(new int[1]);
                            rowDepths.push(depth);
                            if (rows.size() == 1) {
                                row++;
                            }
                        } else if (tag.equals("tc") && !rows.isEmpty() && depth == rowDepths.peek() + 1
                                && ++rows.peek()[0] > ExcelSheet.MAX_COLUMNS) {
                            throw new UserError(name + " table " + table + " row " + row + " has more than " + ExcelSheet.MAX_COLUMNS
                                    + " cells; a table to import may have at most that (Word makes at most 63 columns)");
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (xml.getLocalName().equals("tr") && !rows.isEmpty()) {
                            rows.pop();
                            rowDepths.pop();
                        }
                        depth--;
                    }
                }
            }
        } catch (XMLStreamException | ZipException unreadable) {
            // POI says what is wrong with it, in the reading that follows.
        }
    }

    private static Grid grid(XWPFTable table, String name) {
        List<Grid.Row> rows = new ArrayList<>();
        int width = 0;
        for (XWPFTableRow row : table.getRows()) {
            int columns = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                columns += span(cell);
            }
            width = Math.max(width, columns);
        }
        // The cell each grid column was last merged down from: its text is every continued cell's text.
        Map<Integer, Grid.Cell> mergedDown = new HashMap<>();
        int number = 0;
        for (XWPFTableRow row : table.getRows()) {
            number++;
            List<Grid.Cell> cells = new ArrayList<>();
            List<XWPFTableCell> tableCells = row.getTableCells();
            for (XWPFTableCell tableCell : tableCells) {
                int column = cells.size();
                Grid.Cell cell = new Grid.Cell(text(tableCell), fill(tableCell), false);
                switch (merge(tableCell)) {
                    case RESTART -> mergedDown.put(column, cell);
                    case CONTINUE -> {
                        Grid.Cell above = mergedDown.get(column);
                        cell = above == null ? cell : new Grid.Cell(above.text(), above.fill(), true);
                    }
                    case NONE -> mergedDown.remove(column);
                }
                cells.add(cell);
                for (int i = 1; i < span(tableCell); i++) {
                    cells.add(Grid.Cell.of(""));
                }
            }
            boolean across = width > 1 && tableCells.size() == 1 && span(tableCells.get(0)) >= width - 1;
            rows.add(new Grid.Row(new Grid.Place(name, number), cells, across));
        }
        return new Grid(name, rows);
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, Math.min(span.intValue(), 64));
    }

    /** How a cell takes part in a merge down the table. */
    private enum Merge { NONE, RESTART, CONTINUE }

    private static Merge merge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getVMerge() == null) {
            return Merge.NONE;
        }
        // A vMerge with no value continues the cell above, as the OOXML standard says.
        return properties.getVMerge().getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
    }

    private static String fill(XWPFTableCell cell) {
        String colour = cell.getColor();
        return colour != null && colour.matches("[0-9A-Fa-f]{6}") ? "#" + colour.toLowerCase(Locale.ROOT) : null;
    }

    /** A cell's text: its paragraphs as lines, and the text of any table inside it, a row a line. */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraph(paragraph));
            } else if (element instanceof XWPFTable inner) {
                for (XWPFTableRow row : inner.getRows()) {
                    lines.add(String.join(" | ", row.getTableCells().stream().map(WordTables::text)
                            .map(t -> t.replace('\n', ' ')).toList()));
                }
            }
        }
        // Blank paragraphs at the end (Word's last empty paragraph) go with the strip.
        return String.join("\n", lines).strip();
    }

    /** A paragraph as a line of Markdown: {@code - } for a bulleted or numbered one, {@code **}/{@code *} for bold and italic. */
    private static String paragraph(XWPFParagraph paragraph) {
        StringBuilder line = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        StringBuilder run = new StringBuilder();
        for (XWPFRun r : paragraph.getRuns()) {
            String text = r.text();
            if (text == null || text.isEmpty()) {
                continue;
            }
            boolean b = r.isBold() && !text.isBlank();
            boolean i = r.isItalic() && !text.isBlank();
            // A change of style ends the run so far (an empty one marks nothing).
            if (b != bold || i != italic) {
                line.append(marked(run.toString(), bold, italic));
                run.setLength(0);
            }
            if (run.length() == 0) {
                bold = b;
                italic = i;
            }
            run.append(text);
        }
        line.append(marked(run.toString(), bold, italic));
        String text = line.toString();
        // A field, a content control or anything else that is not a plain run: the paragraph's own text, never less.
        if (!text.replace("*", "").strip().equals(paragraph.getText().replace("*", "").strip())) {
            text = paragraph.getText();
        }
        boolean listed = paragraph.getNumID() != null || String.valueOf(paragraph.getStyle()).toLowerCase(Locale.ROOT).startsWith("list");
        // A bullet typed as a character ("• item") is a list item too.
        if (TYPED_BULLET.matcher(text).find()) {
            return "- " + TYPED_BULLET.matcher(text).replaceFirst("");
        }
        return listed && !text.isBlank() ? "- " + text.strip() : text;
    }

    private static String marked(String text, boolean bold, boolean italic) {
        if (text.isBlank() || !bold && !italic) {
            return text;
        }
        String mark = (bold ? "**" : "") + (italic ? "*" : "");
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        String trail = text.substring(text.stripTrailing().length());
        return lead + mark + text.strip() + new StringBuilder(mark).reverse() + trail;
    }
}
