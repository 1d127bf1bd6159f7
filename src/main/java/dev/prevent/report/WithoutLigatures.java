package dev.prevent.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A Latin TrueType font as the PDF uses it: its glyph-substitution table (GSUB, which for Liberation holds only the
 * optional "fi"/"fl" ligatures) hidden by renaming its entry in the font's table directory.
 *
 * <p>Why: PDFBox applies a font's GSUB to every string it draws, and for Latin builds a regular expression of every
 * ligature on each call; in a big plan's PDF that was more than half the time. The embedded subset never holds GSUB
 * anyway (PDFBox's subsetter copies only the tables a PDF needs), so the paper loses nothing but two ligatures, and its
 * text is found and read aloud as written ("fi", not one ligature glyph). Fonts whose letters need GSUB to be shaped at
 * all (Bengali) are not passed through here.
 */
final class WithoutLigatures {

    private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);
    /** Any tag no reader looks for: lower case tags are reserved to Apple, and no Apple table is named so. */
    private static final byte[] HIDDEN = "xsub".getBytes(StandardCharsets.US_ASCII);

    private WithoutLigatures() {
    }

    /** The font in the resource, its GSUB table hidden; the font as it is if it has none. */
    static InputStream font(String resource) {
        try (InputStream in = WithoutLigatures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no font " + resource + " in the jar");
            }
            byte[] font = in.readAllBytes();
            hideGsub(font);
            return new ByteArrayInputStream(font);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The table directory (OpenType spec, "Organization of an OpenType Font"): after a 12-byte header whose bytes 4-5
     * count the tables, a 16-byte record per table starting with its 4-byte tag. Only the tag changes, so every
     * offset and checksum still holds.
     */
    static void hideGsub(byte[] font) {
        if (font.length < 12) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 > font.length) {
                return;
            }
            if (font[record] == GSUB[0] && font[record + 1] == GSUB[1] && font[record + 2] == GSUB[2]
                    && font[record + 3] == GSUB[3]) {
                System.arraycopy(HIDDEN, 0, font, record, HIDDEN.length);
                return;
            }
        }
    }
}
