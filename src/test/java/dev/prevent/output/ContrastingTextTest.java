package dev.prevent.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A status badge's text on any colour a plan gives it reads at WCAG AA's 4.5:1 at least. */
class ContrastingTextTest {

    static double contrast(String a, String b) {
        double la = ContrastingText.luminance(a);
        double lb = ContrastingText.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void everyColourGetsTextOfAtLeastFourAndAHalfToOne() {
        for (int r = 0; r < 256; r += 15) {
            for (int g = 0; g < 256; g += 15) {
                for (int b = 0; b < 256; b += 15) {
                    String colour = String.format("#%02x%02x%02x", r, g, b);
                    assertThat(contrast(ContrastingText.readableOn(colour), colour)).as(colour).isGreaterThanOrEqualTo(4.5);
                }
            }
        }
    }

    @Test
    void aLightPlanColourGetsDarkTextAndADarkOneWhite() {
        assertThat(ContrastingText.readableOn("#ffdd00")).isEqualTo("#0b0c0c");
        assertThat(ContrastingText.readableOn("#d4351c")).isEqualTo("#ffffff");
    }
}
