package dev.prevent.report;

import dev.prevent.output.Visible;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;

/**
 * A Markdown text of the plan as templates see it: {@code ${x}} is the text as written (escaped by the
 * template's output format like any string), {@code x.html} its Markdown as safe HTML, {@code x.md}
 * its Markdown with raw HTML made text, and {@code x.item} the same for the body of a list item.
 * Each rendering is made only when a template asks for it.
 */
final class TextModel implements TemplateHashModel, TemplateScalarModel {

    private final String text;
    /** Whether its line breaks are kept (notes, typed line by line) rather than run together as Markdown does. */
    private final boolean lines;

    TextModel(String text) {
        this(text, false);
    }

    private TextModel(String text, boolean lines) {
        this.text = text;
        this.lines = lines;
    }

    static TextModel of(String text) {
        return text == null ? null : new TextModel(Visible.text(text));
    }

    /** A text whose line breaks are kept in HTML and Markdown: notes and update notes. */
    static TextModel lines(String text) {
        return text == null ? null : new TextModel(Visible.text(text), true);
    }

    @Override
    public String getAsString() {
        return text;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return switch (key) {
            case "text" -> new SimpleScalar(text);
            case "html" -> HTMLOutputFormat.INSTANCE.fromMarkup(lines ? PlanMarkdown.htmlLines(text) : PlanMarkdown.html(text));
            case "md" -> MarkdownOutputFormat.INSTANCE.fromMarkup(lines ? PlanMarkdown.markdownLines(text) : PlanMarkdown.markdown(text));
            // A list item's body: lines after the first indented so that they stay inside the item.
            case "item" -> MarkdownOutputFormat.INSTANCE.fromMarkup(PlanMarkdown.markdown(text).replace("\n", "\n  "));
            default -> throw new TemplateModelException("a text has text, html, md and item, not '" + key + "'");
        };
    }

    @Override
    public boolean isEmpty() {
        return text.isEmpty();
    }
}
