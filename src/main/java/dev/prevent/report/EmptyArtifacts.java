package dev.prevent.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Takes out of a finished page the artifacts the PDF renderer marks around nothing.
 *
 * <p>Why: openhtmltopdf 1.1.31 takes every box for one with a background (it asks whether {@code background-image}
 * is {@code none}, a value it now keeps as a list, so the answer is always no) and marks each box's background, on
 * every page, as an artifact with a property dictionary of its own, though nothing is painted in it. A big plan's PDF
 * had 317,000 of them, most of its objects and a quarter of its memory. A page's are taken out as soon as the page is
 * finished (see {@link PdfPrinter}), so they never pile up.
 *
 * <p>Only the exact sequence PDFBox writes for an empty marked-content section is taken,
 * {@code /Artifact /NAME BDC} then {@code EMC} on the next line, and its dictionary only if it is a background
 * artifact. Text cannot hold that sequence: the paper's fonts are all embedded with two-byte codes, whose first byte
 * (a glyph number's high byte, under 0x20 for fonts of fewer than 8,192 glyphs) never forms two printable letters in
 * a row.
 */
final class EmptyArtifacts {

    private static final byte[] START = "/Artifact /".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = " BDC\nEMC\n".getBytes(StandardCharsets.US_ASCII);
    private static final COSName BACKGROUND = COSName.getPDFName("Background");

    private EmptyArtifacts() {
    }

    /** Rewrites the page's content without its empty background artifacts, and drops their dictionaries. */
    static void removeFrom(PDDocument document, PDPage page) throws IOException {
        if (page.getResources() == null) {
            return;
        }
        COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null || properties.size() == 0) {
            return;
        }
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream(content.length);
        int copiedTo = 0;
        int removed = 0;
        for (int at = 0; at < content.length; at = nextLine(content, at)) {
            int nameEnd = emptyArtifactAt(content, at);
            if (nameEnd < 0) {
                continue;
            }
            COSName name = COSName.getPDFName(new String(content, at + START.length, nameEnd - at - START.length,
                    StandardCharsets.US_ASCII));
            if (!(properties.getDictionaryObject(name) instanceof COSDictionary artifact)
                    || !BACKGROUND.equals(artifact.getCOSName(COSName.TYPE))) {
                continue;
            }
            kept.write(content, copiedTo, at - copiedTo);
            copiedTo = nameEnd + END.length;
            properties.removeItem(name);
            removed++;
            at = copiedTo - 1;
        }
        if (removed == 0) {
            return;
        }
        kept.write(content, copiedTo, content.length - copiedTo);
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            kept.writeTo(out);
        }
        page.setContents(stream);
    }

    /** Where the name ends when an empty artifact starts at {@code at}, else -1. */
    private static int emptyArtifactAt(byte[] content, int at) {
        if (!startsWith(content, at, START)) {
            return -1;
        }
        int nameEnd = at + START.length;
        while (nameEnd < content.length && content[nameEnd] > ' ' && content[nameEnd] < 0x7f) {
            nameEnd++;
        }
        return nameEnd > at + START.length && startsWith(content, nameEnd, END) ? nameEnd : -1;
    }

    /** The start of the line after the one {@code at} is in. */
    private static int nextLine(byte[] content, int at) {
        int i = at;
        while (i < content.length && content[i] != '\n') {
            i++;
        }
        return i + 1;
    }

    private static boolean startsWith(byte[] content, int at, byte[] prefix) {
        return at >= 0 && at + prefix.length <= content.length
                && Arrays.equals(content, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
