package dev.prevent.output;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A plan text's Markdown as the words it shows ("**Faith groups**" as "Faith groups"), for places that print plain
 * text: a form's cell, a web page's field.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The words {@code markdown} shows, without its markup. */
    public static String of(String markdown) {
        return TextContentRenderer.builder().build().render(Parser.builder().build().parse(markdown)).strip();
    }
}
