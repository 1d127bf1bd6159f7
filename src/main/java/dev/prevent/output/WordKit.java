package dev.prevent.output;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The Word documents' kit (POI XWPF): the styles under Word's own names (Normal, Heading 1-3, Table Text, Table Grid),
 * pages, the running header and footer with "Page N of M", headings, tables with repeated header rows, cells, runs,
 * fields, and Markdown as runs. The meeting paper, the self-assessment paper and the Word form each say only what goes
 * on their pages; how Word is written is said once, here. Knows nothing of plans.
 */
public final class WordKit {

    private WordKit() {
    }

    /** The documents' language: British English, as the plans are written. */
    public static final String LANGUAGE = "en-GB";
    /** The documents' font: LibreOffice lays it out with Liberation Sans, of the same widths. */
    public static final String FONT = "Arial";
    /** A cell's inner margins, left and right: 1 mm, not Word's 1.9 mm, for narrow columns' words. */
    public static final int CELL_MARGIN = 57;
    /** A4's sides, in twentieths of a point. */
    public static final int A4_LONG = 16838;
    public static final int A4_SHORT = 11906;

    /** The styles: the font and language, Normal, Heading 1-3 under Word's own names, Table Text, Table Grid. */
    public static void styles(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        var fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(20));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(20));
        // The language a screen reader reads the document in, and Word checks its spelling in.
        defaults.addNewLang().setVal(LANGUAGE);
        CTStyle normal = styles.addNewStyle();
        normal.setType(STStyleType.PARAGRAPH);
        normal.setStyleId("Normal");
        normal.addNewName().setVal("Normal");
        normal.setDefault(true);
        normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(80));
        int[] sizes = {32, 26, 22};
        for (int level = 1; level <= 3; level++) {
            CTStyle heading = styles.addNewStyle();
            heading.setType(STStyleType.PARAGRAPH);
            heading.setStyleId("Heading" + level);
            // Word's own name for the built-in style: a committee template's Heading 1 replaces it on paste.
            heading.addNewName().setVal("heading " + level);
            heading.addNewBasedOn().setVal("Normal");
            heading.addNewNext().setVal("Normal");
            heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
            heading.addNewQFormat();
            var p = heading.addNewPPr();
            p.addNewKeepNext();
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            p.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
            var r = heading.addNewRPr();
            r.addNewB();
            r.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
        }
        // Text in tables is a size smaller, with no space after each paragraph: a plan's table is dense.
        CTStyle tableText = styles.addNewStyle();
        tableText.setType(STStyleType.PARAGRAPH);
        tableText.setStyleId("TableText");
        tableText.addNewName().setVal("Table Text");
        tableText.addNewBasedOn().setVal("Normal");
        tableText.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        tableText.addNewRPr().addNewSz().setVal(BigInteger.valueOf(16));
        CTStyle grid = styles.addNewStyle();
        grid.setType(STStyleType.TABLE);
        grid.setStyleId("TableGrid");
        grid.addNewName().setVal("Table Grid");
        var borders = grid.addNewTblPr().addNewTblBorders();
        for (var border : List.of(borders.addNewTop(), borders.addNewBottom(), borders.addNewLeft(), borders.addNewRight(),
                borders.addNewInsideH(), borders.addNewInsideV())) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setColor("505A5F");
        }
        document.createStyles().setStyles(styles);
    }

    /**
     * Every page's header (the marking, centred and bold, then {@code top}) and footer ("Page N of M", then
     * {@code after}, on the right; the marking again, centred).
     *
     * @param marking a protective marking ("OFFICIAL-SENSITIVE"), or null
     */
    public static void headerAndFooter(XWPFDocument document, String marking, String top, String after) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        if (marking != null) {
            XWPFParagraph mark = header.createParagraph();
            mark.setAlignment(ParagraphAlignment.CENTER);
            run(mark, marking, true).setFontSize(10);
        }
        XWPFParagraph line = header.createParagraph();
        run(line, top, false).setFontSize(8);
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setAlignment(ParagraphAlignment.RIGHT);
        run(bottom, "Page ", false).setFontSize(8);
        field(bottom, "PAGE");
        run(bottom, " of ", false).setFontSize(8);
        field(bottom, "NUMPAGES");
        if (after != null) {
            run(bottom, " · " + after, false).setFontSize(8);
        }
        if (marking != null) {
            XWPFParagraph mark = footer.createParagraph();
            mark.setAlignment(ParagraphAlignment.CENTER);
            run(mark, marking, true).setFontSize(10);
        }
    }

    /** A field Word works out as it lays the page out ({@code PAGE}, {@code NUMPAGES}), at 8 pt. */
    public static void field(XWPFParagraph paragraph, String instruction) {
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        var r = field.addNewR();
        r.addNewRPr().addNewSz().setVal(BigInteger.valueOf(16));
        r.addNewT().setStringValue("1");
    }

    /** The document's last section: its whole body unless a section break ends an earlier one. */
    public static CTSectPr lastSection(XWPFDocument document) {
        return document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
    }

    /**
     * A section's page: its size (in twentieths of a point) turned to landscape or not, and its margins (the header
     * and the footer each 6 mm from the edge).
     */
    public static void page(CTSectPr section, int longSide, int shortSide, boolean landscape, int top, int bottom, int left, int right) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? longSide : shortSide));
        size.setH(BigInteger.valueOf(landscape ? shortSide : longSide));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(top));
        margins.setBottom(BigInteger.valueOf(bottom));
        margins.setRight(BigInteger.valueOf(right));
        margins.setLeft(BigInteger.valueOf(left));
        margins.setHeader(BigInteger.valueOf(340));
        margins.setFooter(BigInteger.valueOf(340));
    }

    /** A heading in Word's own style of its level. */
    public static void heading(XWPFDocument document, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
    }

    /** A new paragraph in a cell, in Table Text: the cell's first, empty one if it has nothing yet. */
    public static XWPFParagraph paragraph(XWPFTableCell cell) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
        XWPFParagraph paragraph = paragraphs.size() == 1 && last.getRuns().isEmpty() ? last : cell.addParagraph();
        paragraph.setStyle("TableText");
        return paragraph;
    }

    /** A run of text, bold or not; its line breaks kept as Word's. */
    public static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /**
     * A grid of the given column widths (twentieths of a point), its first row the headings, bold on grey, repeated
     * on each page and never split, when there are any.
     */
    public static XWPFTable table(XWPFDocument document, List<String> headings, int[] widths) {
        XWPFTable table = document.createTable(1, widths.length);
        table.setStyleID("TableGrid");
        table.setTableAlignment(TableRowAlign.LEFT);
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(Arrays.stream(widths).sum()));
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        var margins = table.getCTTbl().getTblPr().isSetTblCellMar() ? table.getCTTbl().getTblPr().getTblCellMar()
                : table.getCTTbl().getTblPr().addNewTblCellMar();
        for (CTTblWidth side : List.of(margins.addNewLeft(), margins.addNewRight())) {
            side.setType(STTblWidth.DXA);
            side.setW(BigInteger.valueOf(CELL_MARGIN));
        }
        XWPFTableRow first = table.getRow(0);
        for (int i = 0; i < widths.length; i++) {
            cellWidth(first.getCell(i), widths[i]);
        }
        if (!headings.isEmpty()) {
            for (int i = 0; i < headings.size(); i++) {
                text(first.getCell(i), headings.get(i), true);
                shade(first.getCell(i), "f3f2f1");
            }
            first.setRepeatHeader(true);
            first.setCantSplitRow(true);
        }
        return table;
    }

    /** A cell's width, in twentieths of a point. */
    public static void cellWidth(XWPFTableCell cell, int width) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
    }

    /** A row of plain text cells. */
    public static XWPFTableRow row(XWPFTable table, List<String> cells) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < cells.size(); i++) {
            text(row.getCell(i), cells.get(i), false);
        }
        return row;
    }

    /** Keeps a paragraph (and so its table row) on the page of the one after it. */
    public static void keepWithNext(XWPFParagraph paragraph) {
        if (!paragraph.getCTP().isSetPPr()) {
            paragraph.getCTP().addNewPPr();
        }
        paragraph.setKeepNext(true);
    }

    /** A cell's text, in a paragraph of its own. */
    public static XWPFRun text(XWPFTableCell cell, String text, boolean bold) {
        return run(paragraph(cell), text, bold);
    }

    /** A cell's background, as {@code rrggbb}. */
    public static void shade(XWPFTableCell cell, String hex) {
        cell.setColor(hex.toUpperCase(Locale.ROOT));
    }

    /**
     * Parsed Markdown as Word paragraphs, each from {@code next} (a cell's or the body's): lists as paragraphs
     * marked "•" or "1.", hanging; other blocks as one paragraph each.
     */
    public static void markdown(Node document, Supplier<XWPFParagraph> next) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof BulletList || block instanceof OrderedList) {
                int number = block instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                        ? ordered.getMarkerStartNumber() : 1;
                for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                    XWPFParagraph paragraph = hanging(next.get());
                    run(paragraph, block instanceof OrderedList ? number++ + ". " : "• ", false);
                    if (item instanceof ListItem && item.getFirstChild() != null) {
                        inline(item.getFirstChild(), paragraph);
                    }
                }
            } else {
                inline(block, next.get());
            }
        }
    }

    /** A paragraph indented for a list's mark, its lines after the first under the text. */
    public static XWPFParagraph hanging(XWPFParagraph paragraph) {
        paragraph.setIndentationLeft(170);
        paragraph.setIndentationHanging(170);
        return paragraph;
    }

    /** A block's inline text as runs: bold, italic, code as text; soft line breaks kept as line breaks. */
    public static void inline(Node block, XWPFParagraph paragraph) {
        block.accept(new AbstractVisitor() {
            private int bold;
            private int italic;

            @Override
            public void visit(Text text) {
                XWPFRun run = paragraph.createRun();
                run.setText(text.getLiteral());
                run.setBold(bold > 0);
                run.setItalic(italic > 0);
            }

            @Override
            public void visit(Code code) {
                paragraph.createRun().setText(code.getLiteral());
            }

            @Override
            public void visit(StrongEmphasis strong) {
                bold++;
                visitChildren(strong);
                bold--;
            }

            @Override
            public void visit(Emphasis emphasis) {
                italic++;
                visitChildren(emphasis);
                italic--;
            }

            @Override
            public void visit(SoftLineBreak br) {
                paragraph.createRun().addBreak();
            }

            @Override
            public void visit(HardLineBreak br) {
                paragraph.createRun().addBreak();
            }

            @Override
            public void visit(Heading heading) {
                bold++;
                visitChildren(heading);
                bold--;
            }

            @Override
            public void visit(Paragraph p) {
                if (p.getPrevious() != null) {
                    paragraph.createRun().addBreak();
                }
                visitChildren(p);
            }
        });
    }
}
