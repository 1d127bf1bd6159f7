package dev.prevent.output;

/** One cell's text and, where it has one, the colour (#rrggbb) a terminal may show it in. */
public record Cell(String text, String colour) {

    public static Cell of(Object value) {
        return new Cell(value == null ? "" : value.toString(), null);
    }
}
