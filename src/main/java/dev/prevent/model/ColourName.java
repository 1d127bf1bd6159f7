package dev.prevent.model;

import java.awt.Color;
import java.util.Locale;
import java.util.Optional;

/**
 * The everyday name of a {@code #rrggbb} colour, as people say a status ("it's amber"): the word a person
 * types for a status shown in that colour, and the way a spreadsheet's cell fill is read as a status.
 */
public enum ColourName {
    RED, ORANGE, YELLOW, GREEN, BLUE, PURPLE, GREY;

    private static final float[] HUES_UP_TO = {15, 45, 70, 170, 250, 330, 360};
    private static final ColourName[] BY_HUE = {RED, ORANGE, YELLOW, GREEN, BLUE, PURPLE, RED};

    /** The name of a {@code #rrggbb} (or {@code rrggbb}) colour; none when it is not one. */
    public static Optional<ColourName> of(String hex) {
        if (hex == null || !hex.strip().matches("#?[0-9A-Fa-f]{6}")) {
            return Optional.empty();
        }
        int rgb = Integer.parseInt(hex.strip().replace("#", ""), 16);
        float[] hsb = Color.RGBtoHSB(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff, null);
        if (hsb[1] < 0.2f || hsb[2] < 0.15f) {
            return Optional.of(GREY);
        }
        float degrees = hsb[0] * 360;
        for (int i = 0; i < HUES_UP_TO.length; i++) {
            if (degrees < HUES_UP_TO[i]) {
                return Optional.of(BY_HUE[i]);
            }
        }
        return Optional.of(RED);
    }

    /**
     * Whether {@code word} names this colour. Amber, the A of RAG, is the orange or the yellow of a scale;
     * gray is grey.
     */
    public boolean calledBy(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.equals(toString()) || w.equals("amber") && (this == ORANGE || this == YELLOW)
                || w.equals("gray") && this == GREY;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
