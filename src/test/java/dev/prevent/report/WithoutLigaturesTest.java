package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The PDF's Latin fonts are read with their ligature table hidden, and nothing else of them changed. */
class WithoutLigaturesTest {

    private static final String FONT = "/dev/prevent/fonts/LiberationSans-Regular.ttf";

    @Test
    void theGlyphSubstitutionTableIsHiddenAndEveryOtherByteKept() throws Exception {
        byte[] original;
        try (InputStream in = WithoutLigaturesTest.class.getResourceAsStream(FONT)) {
            original = in.readAllBytes();
        }
        byte[] hidden;
        try (InputStream in = WithoutLigatures.font(FONT)) {
            hidden = in.readAllBytes();
        }

        assertThat(hidden).hasSameSizeAs(original);
        int differing = 0;
        for (int i = 0; i < original.length; i++) {
            differing += original[i] == hidden[i] ? 0 : 1;
        }
        assertThat(differing).as("bytes changed: the one tag's letters").isBetween(1, 4);
        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
                TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(hidden))) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            assertThat(after.getUnicodeCmapLookup().getGlyphId('f')).isEqualTo(before.getUnicodeCmapLookup().getGlyphId('f'));
        }
    }

    @Test
    void aFontWithoutTheTableOrTooShortToBeOneIsLeftAsItIs() {
        byte[] tiny = {0, 1, 0, 0, 0};
        WithoutLigatures.hideGsub(tiny);
        assertThat(tiny).containsExactly(0, 1, 0, 0, 0);
        byte[] noGsub = new byte[12 + 16];
        noGsub[5] = 1;
        System.arraycopy("glyf".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, noGsub, 12, 4);
        byte[] copy = Arrays.copyOf(noGsub, noGsub.length);
        WithoutLigatures.hideGsub(noGsub);
        assertThat(noGsub).isEqualTo(copy);
    }
}
