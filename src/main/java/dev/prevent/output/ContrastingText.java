package dev.prevent.output;

/**
 * Text on a coloured cell (a status tag, a shaded Excel or Word cell) must stay readable whatever colour a plan gives its statuses: white or black,
 * whichever has the higher WCAG contrast ratio against the background.
 */
public final class ContrastingText {

    private ContrastingText() {
    }

    /**
     * White or near-black, whichever reads better on {@code background} ({@code #rrggbb}); pure black where neither
     * reaches WCAG AA's 4.5:1 (a mid blue such as #0078d2 sits between them), which it then always does.
     */
    public static String readableOn(String background) {
        double l = luminance(background);
        double withWhite = 1.05 / (l + 0.05);
        double withNearBlack = (l + 0.05) / (luminance(NEAR_BLACK) + 0.05);
        String best = withWhite >= withNearBlack ? "#ffffff" : NEAR_BLACK;
        return Math.max(withWhite, withNearBlack) >= 4.5 ? best : "#000000";
    }

    private static final String NEAR_BLACK = "#0b0c0c";

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
