package dev.prevent.output;

/**
 * Text on a coloured cell (a status tag, a shaded Excel or Word cell) must stay readable whatever colour a plan gives its statuses: white or black,
 * whichever has the higher WCAG contrast ratio against the background.
 */
public final class ContrastingText {

    private ContrastingText() {
    }

    /** White or near-black, whichever reads better on {@code background} ({@code #rrggbb}). */
    public static String readableOn(String background) {
        double l = luminance(background);
        double withWhite = 1.05 / (l + 0.05);
        double withBlack = (l + 0.05) / 0.05;
        return withWhite >= withBlack ? "#ffffff" : "#0b0c0c";
    }

    /** WCAG 2 relative luminance of a #rrggbb colour. */
    public static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.strip().substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
