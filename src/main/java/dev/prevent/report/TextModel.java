package dev.prevent.report;

import dev.prevent.output.Visible;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * A Markdown text of the plan as templates see it: {@code ${x}} is the text as written (escaped by the
 * template's output format like any string), {@code x.html} its Markdown as safe HTML, {@code x.md}
 * its Markdown with raw HTML made text, and {@code x.item} the same for the body of a list item.
 * Each rendering is made when a template asks for it, or ahead of it on another core ({@link MarkdownAhead}).
 */
final class TextModel implements TemplateHashModel, TemplateScalarModel {

    private final String text;
    /** Whether its line breaks are kept (notes, typed line by line) rather than run together as Markdown does. */
    private final boolean lines;
    /** Its HTML and Markdown made ahead: null (not yet), the text made, or {@link #TAKEN} once a template had it. */
    private volatile Object html;
    private volatile Object md;

    private static final Object TAKEN = new Object();
    private static final AtomicReferenceFieldUpdater<TextModel, Object> HTML =
            AtomicReferenceFieldUpdater.newUpdater(TextModel.class, Object.class, "html");
    private static final AtomicReferenceFieldUpdater<TextModel, Object> MD =
            AtomicReferenceFieldUpdater.newUpdater(TextModel.class, Object.class, "md");

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
            case "html" -> HTMLOutputFormat.INSTANCE.fromMarkup(take(HTML, true));
            case "md" -> MarkdownOutputFormat.INSTANCE.fromMarkup(take(MD, false));
            // A list item's body: lines after the first indented so that they stay inside the item.
            case "item" -> MarkdownOutputFormat.INSTANCE.fromMarkup(take(MD, false).replace("\n", "\n  "));
            default -> throw new TemplateModelException("a text has text, html, md and item, not '" + key + "'");
        };
    }

    /** Makes its HTML (or its Markdown) for a template to take, unless a template has been there first. */
    void makeAhead(boolean asHtml) {
        AtomicReferenceFieldUpdater<TextModel, Object> made = asHtml ? HTML : MD;
        if (made.get(this) == null) {
            made.compareAndSet(this, null, render(asHtml));
        }
    }

    /** What was made ahead, once (it is not kept: a national report's texts would fill the heap), else made now. */
    private String take(AtomicReferenceFieldUpdater<TextModel, Object> made, boolean asHtml) {
        return made.getAndSet(this, TAKEN) instanceof String ahead ? ahead : render(asHtml);
    }

    private String render(boolean asHtml) {
        if (asHtml) {
            return lines ? PlanMarkdown.htmlLines(text) : PlanMarkdown.html(text);
        }
        return lines ? PlanMarkdown.markdownLines(text) : PlanMarkdown.markdown(text);
    }

    @Override
    public boolean isEmpty() {
        return text.isEmpty();
    }
}
