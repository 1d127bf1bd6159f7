package dev.prevent.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PageSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML report printed to PDF by openhtmltopdf, with the page size, margins and page numbers of the
 * HTML's print stylesheet, and on every page a running header (the plan, the as-of date, the protective
 * marking) and footer (the marking, the day it was made). It fetches nothing: the report is self-contained,
 * and any other address is refused.
 */
final class PdfPrinter {

    /** Held here because java.util.logging keeps loggers weakly: a level set on a dropped one is lost. */
    private static final List<Logger> QUIETENED = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        // The libraries' own logging would reach the user's terminal; what matters is reported by prevent.
        XRLog.setLoggingEnabled(false);
        QUIETENED.forEach(logger -> logger.setLevel(Level.OFF));
        // PDFBox caches the system's font list; keep it out of the user's home folder.
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
    }

    private PdfPrinter() {
    }

    /**
     * The most actions a PDF is made of: the renderer lays out the whole document at once, about 10 ms and
     * 1 MB an action. Past it the paper is refused with advice (a smaller scope, or the HTML).
     */
    static final int MAX_ACTIONS = 5_000;
    /** The longest single text a PDF lays out (about 30,000 words): line breaking grows faster than the paragraph. */
    static final int MAX_TEXT = 200_000;

    /**
     * @throws UserError (exit 1) when the report is past the PDF's limits or exhausts the renderer
     */
    static byte[] print(String html, ReportView.Report model) {
        return print(html, new Running(model.plan().title(), model.asOf().text(), model.plan().marking(), model.made(),
                model.templates()), model.summary().total());
    }

    /** What every page's margin repeats: the plan's title, the paper's day, its marking, when and with which templates it was made. */
    record Running(String title, String asOf, String marking, String made, String templates) {
    }

    /**
     * @throws UserError (exit 1) when the paper is past the PDF's limits or exhausts the renderer
     */
    static byte[] print(String html, Running running, int actions) {
        if (actions > MAX_ACTIONS) {
            throw tooLarge(String.format(Locale.ROOT, "it has %,d actions; a PDF takes at most %,d", actions, MAX_ACTIONS));
        }
        org.w3c.dom.Document prepared = prepared(html, running);
        try {
            return render(prepared);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw tooLarge("the PDF renderer ran out of " + (e instanceof StackOverflowError ? "stack" : "memory")
                    + " (give it more with PREVENT_JAVA_OPTS=-Xmx4g)");
        }
    }

    /** The report as the renderer reads it: with what only the PDF needs added, checked against the PDF's limits. */
    private static org.w3c.dom.Document prepared(String html, Running running) {
        Document document = Jsoup.parse(html);
        running(document, running);
        describeForScreenReaders(document);
        keepHeadingsWithTheirActions(document);
        int longest = longestText(document);
        if (longest > MAX_TEXT) {
            throw tooLarge(String.format(Locale.ROOT, "one text in it is %,d characters long; a PDF lays out at most %,d",
                    longest, MAX_TEXT));
        }
        return xhtml(document);
    }

    /**
     * The document as XHTML read into a DOM of its own. jsoup's own conversion keeps, on every node, a link back to
     * jsoup's copy, so both stayed in memory for the whole of the rendering: a tenth of a big plan's heap. A council's
     * template may hold what XML refuses though a browser takes it (an SVG copied with {@code xlink:href} and no
     * {@code xmlns:xlink}): that paper is converted by jsoup, as all were before, and printed all the same.
     */
    private static org.w3c.dom.Document xhtml(Document document) {
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset(StandardCharsets.UTF_8);
        document.childNodes().stream().filter(DocumentType.class::isInstance).toList().forEach(Node::remove);
        Element root = document.selectFirst("html");
        if (root != null) {
            root.attr("xmlns", XHTML);
        }
        String xml = document.outerHtml();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // The text is the tool's own, but nothing in it may fetch or expand anything.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Refusals are answered below; the parser's own handler would print them on the user's terminal.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            return new W3CDom().fromJsoup(document);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /**
     * Paged media's running elements (CSS GCPM), which the PDF renderer repeats in each page's margin. They are
     * added here, not in the template: browsers and the HTML checker know no {@code element()}, and in a browser's
     * print they would show once, at the top.
     */
    private static final String RUNNING_CSS = ".pdf-running-header { position: running(pdfHeader); text-align: center; }"
            + " .pdf-running-footer { position: running(pdfFooter); }"
            + " .pdf-running-header, .pdf-running-footer { font: 8pt Arial, Helvetica, sans-serif; color: #0b0c0c; }"
            + " @page { @top-center { content: element(pdfHeader); } @bottom-left { content: element(pdfFooter); } }";

    private static void running(Document document, Running running) {
        document.head().appendElement("style").text(RUNNING_CSS);
        String marking = running.marking();
        Element header = document.body().prependElement("div").addClass("pdf-running-header");
        header.appendText(running.title() + " · as of " + running.asOf());
        Element footer = document.body().prependElement("div").addClass("pdf-running-footer");
        if (marking != null) {
            header.appendText(" · ");
            header.appendElement("strong").text(marking);
            footer.appendElement("strong").text(marking);
            footer.appendText(" · ");
        }
        footer.appendText("Made " + running.made());
        if (running.templates() != null) {
            footer.appendText(" · with the templates in " + running.templates());
        }
    }

    /**
     * What PDF/UA asks beyond the HTML's own structure, said in the HTML's own words: each link's description (its
     * text), each chart's alternative text (its title and every bar's figures, as its tooltips give them), and
     * a bookmark for each section, objectives included, so the paper can be navigated like the HTML.
     */
    private static void describeForScreenReaders(Document document) {
        for (Element link : document.select("a[href]:not([title])")) {
            link.attr("title", link.text());
        }
        for (Element chart : document.select("svg:not([alt])")) {
            StringBuilder alt = new StringBuilder(chart.select("> title").text());
            for (Element group : chart.select("> g")) {
                alt.append(alt.isEmpty() ? "" : ". ").append(group.select("> text").first() == null ? "" : group.select("> text").first().text());
                alt.append(": ").append(String.join(", ", group.select("rect > title").eachText()));
            }
            chart.attr("alt", alt.toString());
        }
        Element bookmarks = document.head().appendElement("bookmarks");
        for (Element heading : document.select("h2[id]")) {
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
        }
    }

    /**
     * What the renderer does not do by itself: keep a heading with what follows it, and a short action's row whole
     * on one page. It splits a table row anywhere, but keeps a table whole when asked; so in the PDF each action
     * after an objective's first is a one-row table of its own, in the same columns, and the first shares its table
     * with the heading (inside the caption), the aim and the header row. A short row is kept whole; a long one runs
     * on to the next page ({@link ColumnWidths#TALL_CELL}), as in the Word paper. The HTML keeps one table per
     * objective, as a browser and a screen reader expect.
     */
    private static void keepHeadingsWithTheirActions(Document document) {
        document.head().appendElement("style").text("h2 { page-break-after: auto; break-after: auto; }"
                + " .keep-with-heading, table.actions { page-break-inside: avoid; break-inside: avoid; }"
                + " table.actions.may-split, table.actions.may-split tr { page-break-inside: auto; break-inside: auto; }"
                + " table.actions { margin-bottom: 0; } table.actions.continued { margin-top: 0; }"
                + " table.actions.continued th, table.actions.continued td { border-top: 0; }"
                + " caption > .objective-head { font-weight: normal; } caption h2 { font-weight: bold; }");
        for (Element head : document.select("div.objective-head")) {
            Element table = head.nextElementSibling();
            Element caption = table == null ? null : table.selectFirst("> caption");
            if (caption != null) {
                caption.prependChild(head);
            }
        }
        for (Element table : document.select("table.actions")) {
            Element body = table.selectFirst("> tbody");
            if (body == null) {
                continue;
            }
            Element after = table;
            for (Element row : new ArrayList<>(body.children().subList(Math.min(1, body.children().size()), body.children().size()))) {
                Element alone = new Element("table").classNames(table.classNames()).addClass("continued");
                after.after(alone);
                if (table.selectFirst("> colgroup") != null) {
                    alone.appendChild(table.selectFirst("> colgroup").clone());
                }
                alone.appendElement("tbody").appendChild(row);
                after = alone;
            }
        }
        // A longer row may run on to the next page: kept whole, it left most of a page empty before it, and a plan of
        // long notes printed half-empty pages (the shipped plan's paper was 9 pages, now 7).
        for (Element table : document.select("table.actions")) {
            for (Element cell : table.select("> tbody > tr > td, > tbody > tr > th")) {
                if (cell.text().length() >= ColumnWidths.TALL_CELL) {
                    table.addClass("may-split");
                    break;
                }
            }
        }
        for (Element heading : document.select("h2")) {
            Element next = heading.nextElementSibling();
            if (next == null || heading.parent() == null || heading.parent().hasClass("objective-head")) {
                continue;
            }
            if (next.tagName().equals("table") && next.selectFirst("> caption") != null) {
                next.selectFirst("> caption").prependChild(heading);
            } else if (!next.tagName().equals("table")) {
                Element together = new Element("div").addClass("keep-with-heading");
                heading.before(together);
                together.appendChild(heading).appendChild(next);
            }
        }
    }

    private static UserError tooLarge(String why) {
        return new UserError("the report is too large to print as PDF: " + why + ". Make the PDF of a part of the plan "
                + "(--objective ID or --lead CODE), or use the HTML report, which has no such limit", ExitCode.PLAN_ERRORS, null);
    }

    private static int longestText(Document document) {
        int[] longest = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                longest[0] = Math.max(longest[0], text.getWholeText().length());
            }
        }, document);
        return longest[0];
    }

    /**
     * The fonts the build found (see pom.xml), each embedded only as far as the paper uses it. Liberation Sans
     * answers for Arial, the template's first font, with Arial's metrics; DejaVu Sans and Lohit Bengali come after
     * it in the template's font list, for the letters Liberation lacks.
     */
    private static final List<Font> FONTS = List.of(
            new Font("LiberationSans-Regular.ttf", "Arial", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("LiberationSans-Bold.ttf", "Arial", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("LiberationSans-Italic.ttf", "Arial", 400, BaseRendererBuilder.FontStyle.ITALIC),
            new Font("LiberationSans-BoldItalic.ttf", "Arial", 700, BaseRendererBuilder.FontStyle.ITALIC),
            // A PDF/A embeds every font it uses, so the generic families a template may name (the renderer calls them
            // SansSerif, Serif and Monospaced) are answered by embedded fonts too.
            new Font("LiberationSans-Regular.ttf", "SansSerif", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("LiberationSans-Bold.ttf", "SansSerif", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("LiberationSans-Regular.ttf", "Serif", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("LiberationSans-Bold.ttf", "Serif", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("LiberationMono-Regular.ttf", "Monospaced", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("LiberationMono-Bold.ttf", "Monospaced", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("DejaVuSans.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL),
            new Font("Lohit-Bengali.ttf", "Lohit Bengali", 400, BaseRendererBuilder.FontStyle.NORMAL));

    private record Font(String file, String family, int weight, BaseRendererBuilder.FontStyle style) {
    }

    /** Whether the jar has the fonts for text beyond Latin (a build on a machine without them has not). */
    static boolean hasUnicodeFonts() {
        return PdfPrinter.class.getResource("/dev/prevent/fonts/DejaVuSans.ttf") != null;
    }

    private static void embedFonts(PdfRendererBuilder builder) {
        for (Font font : FONTS) {
            String resource = "/dev/prevent/fonts/" + font.file();
            if (PdfPrinter.class.getResource(resource) == null) {
                continue;
            }
            if (font.file().startsWith("Liberation")) {
                builder.useFont(() -> WithoutLigatures.font(resource), font.family(), font.weight(), font.style(), true);
            } else {
                builder.useFont(() -> PdfPrinter.class.getResourceAsStream(resource), font.family(), font.weight(), font.style(), true);
            }
        }
    }

    private static byte[] render(org.w3c.dom.Document document) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged for screen readers (headings, tables, reading order, the charts' text) and archivable:
            // PDF/UA-1 and PDF/A-2u, which the Accessibility Regulations and councils' records policies ask of a
            // published paper. PDF/A needs the colours' meaning stated: Java's own sRGB profile.
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.withProducer("prevent");
            builder.withW3cDocument(document, "about:blank");
            embedFonts(builder);
            // Right-to-left text (a mosque's name in Arabic or Urdu) laid out and shaped as it is read.
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useUriResolver((base, uri) -> null);
            builder.toStream(pdf);
            PagesAsFinished pages = new PagesAsFinished();
            builder.usePageSupplier(pages);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                // Done on the document the renderer holds, just before its one save: reading the saved PDF back
                // to change it re-parsed every object and took a third of a big plan's PDF.
                renderer.setListener(new PDFCreationListener() {
                    @Override
                    public void preOpen(PdfBoxRenderer r) {
                    }

                    @Override
                    public void preWrite(PdfBoxRenderer r, int pageCount) {
                    }

                    @Override
                    public void onClose(PdfBoxRenderer r) {
                        pages.finish(r.getPdfDocument());
                        describeLinks(r.getPdfDocument());
                    }
                });
                renderer.createPDF();
            }
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The renderer's pages, each made as it asks (as its own supplier does) and tidied once it is finished, which is
     * when the renderer asks for the next: the pages are painted in order, each closed before the next is begun.
     */
    private static final class PagesAsFinished implements PageSupplier {
        private PDPage painting;

        @Override
        public PDPage requestPage(PDDocument document, float width, float height, int pageNumber, int shadowPageNumber) {
            finish(document);
            painting = new PDPage(new PDRectangle(width, height));
            document.addPage(painting);
            return painting;
        }

        void finish(PDDocument document) {
            if (painting != null) {
                try {
                    EmptyArtifacts.removeFrom(document, painting);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                painting = null;
            }
        }
    }

    /**
     * PDF/UA asks each link's annotation for a description of its own (its Contents), which the renderer gives only
     * to the link's structure element (its Alt, from the link's title): copied across, through the parent tree,
     * read once (a lookup per link would read the whole tree each time).
     */
    private static void describeLinks(PDDocument document) {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null || root.getParentTree() == null) {
            return;
        }
        Map<Integer, COSObjectable> parents = new HashMap<>();
        try {
            numbers(root.getParentTree(), parents);
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink && annotation.getContents() == null
                            && parents.get(annotation.getStructParent()) != null
                            && parents.get(annotation.getStructParent()).getCOSObject() instanceof COSDictionary element
                            && element.getString(COSName.ALT) != null) {
                        annotation.setContents(element.getString(COSName.ALT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key and value of a number tree, each node's read once (the tree's own lookup reads a node per key). */
    private static void numbers(PDNumberTreeNode node, Map<Integer, COSObjectable> into) throws IOException {
        Map<Integer, COSObjectable> own = node.getNumbers();
        if (own != null) {
            into.putAll(own);
        }
        List<PDNumberTreeNode> kids = node.getKids();
        if (kids != null) {
            for (PDNumberTreeNode kid : kids) {
                numbers(kid, into);
            }
        }
    }
}
