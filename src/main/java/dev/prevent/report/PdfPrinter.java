package dev.prevent.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
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
        int actions = model.summary().total();
        if (actions > MAX_ACTIONS) {
            throw tooLarge(String.format(Locale.ROOT, "it has %,d actions; a PDF takes at most %,d", actions, MAX_ACTIONS));
        }
        Document document = Jsoup.parse(html);
        running(document, model);
        int longest = longestText(document);
        if (longest > MAX_TEXT) {
            throw tooLarge(String.format(Locale.ROOT, "one text in it is %,d characters long; a PDF lays out at most %,d",
                    longest, MAX_TEXT));
        }
        try {
            return render(document);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw tooLarge("the PDF renderer ran out of " + (e instanceof StackOverflowError ? "stack" : "memory")
                    + " (give it more with PREVENT_JAVA_OPTS=-Xmx4g)");
        }
    }

    /**
     * Paged media's running elements (CSS GCPM), which the PDF renderer repeats in each page's margin. They are
     * added here, not in the template: browsers and the HTML checker know no {@code element()}, and in a browser's
     * print they would show once, at the top.
     */
    private static final String RUNNING_CSS = ".pdf-running-header { position: running(pdfHeader); text-align: center; }"
            + " .pdf-running-footer { position: running(pdfFooter); }"
            + " .pdf-running-header, .pdf-running-footer { font: 8pt Arial, Helvetica, sans-serif; color: #0b0c0c; }"
            + " @page { @top-center { content: element(pdfHeader); } @bottom-left { content: element(pdfFooter); } }";

    private static void running(Document document, ReportView.Report model) {
        document.head().appendElement("style").text(RUNNING_CSS);
        String marking = model.plan().marking();
        Element header = document.body().prependElement("div").addClass("pdf-running-header");
        header.appendText(model.plan().title() + " · as of " + model.asOf().text());
        Element footer = document.body().prependElement("div").addClass("pdf-running-footer");
        if (marking != null) {
            header.appendText(" · ");
            header.appendElement("strong").text(marking);
            footer.appendElement("strong").text(marking);
            footer.appendText(" · ");
        }
        footer.appendText("Made " + model.made());
        if (model.templates() != null) {
            footer.appendText(" · with the templates in " + model.templates());
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
            if (PdfPrinter.class.getResource(resource) != null) {
                builder.useFont(() -> PdfPrinter.class.getResourceAsStream(resource), font.family(), font.weight(), font.style(), true);
            }
        }
    }

    private static byte[] render(Document document) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(document), "about:blank");
            embedFonts(builder);
            // Right-to-left text (a mosque's name in Arabic or Urdu) laid out and shaped as it is read.
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useUriResolver((base, uri) -> null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
