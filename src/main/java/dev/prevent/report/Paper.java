package dev.prevent.report;

import java.util.Locale;

/** The paper a report is printed on ({@code report --paper}): its CSS name and its size in Word's twentieths of a point. */
public enum Paper {
    A4("A4", 11906, 16838),
    LETTER("letter", 12240, 15840);

    private final String css;
    private final int shortSide;
    private final int longSide;

    Paper(String css, int shortSide, int longSide) {
        this.css = css;
        this.shortSide = shortSide;
        this.longSide = longSide;
    }

    /** The name CSS's {@code @page size} knows it by. */
    public String css() {
        return css;
    }

    int shortSide() {
        return shortSide;
    }

    int longSide() {
        return longSide;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
