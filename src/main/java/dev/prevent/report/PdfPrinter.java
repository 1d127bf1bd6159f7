package dev.prevent.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The HTML report printed to PDF by openhtmltopdf, with the page size, margins and page numbers of the
 * HTML's print stylesheet. It fetches nothing: the report is self-contained, and any other address is refused.
 */
final class PdfPrinter {

    /** Held here because java.util.logging keeps loggers weakly: a level set on a dropped one is lost. */
    private static final List<Logger> QUIETENED = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        // The libraries' own logging would reach the user's terminal; what matters is reported by prevent.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        QUIETENED.forEach(logger -> logger.setLevel(Level.OFF));
        // PDFBox caches the system's font list; keep it out of the user's home folder.
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
    }

    private PdfPrinter() {
    }

    static byte[] print(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
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
