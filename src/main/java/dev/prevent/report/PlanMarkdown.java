package dev.prevent.report;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Plan text is Markdown written by many hands and pasted from Word. It is rendered with commonmark so
 * that emphasis, lists and links work, while nothing in it can become live markup: raw HTML is shown as
 * text, links keep only http(s) and mailto targets, and images become links (a report fetches nothing).
 */
final class PlanMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    /** The only link targets a report keeps; any other link (javascript:, data:, a local file) becomes its text. */
    private static final Pattern ALLOWED_LINK = Pattern.compile("(?i)^(https?|mailto):");
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private PlanMarkdown() {
    }

    /** Safe HTML for a Markdown text. */
    static String html(String markdown) {
        return HTML.render(tamed(markdown)).strip();
    }

    /** Safe HTML for a Markdown text whose lines are lines (notes): each line break kept as one. */
    static String htmlLines(String markdown) {
        return HTML.render(lines(tamed(markdown))).strip();
    }

    /** The Markdown text, re-written with its raw HTML turned into text and its images into links. */
    static String markdown(String markdown) {
        return MARKDOWN.render(tamed(markdown)).strip();
    }

    /** The Markdown text as {@link #markdown}, each line break kept as a hard break. */
    static String markdownLines(String markdown) {
        return MARKDOWN.render(lines(tamed(markdown))).strip();
    }

    /**
     * Soft line breaks made hard: in notes typed line by line ("Contact made" / "Invite coordinators"),
     * Markdown would run the lines together into one paragraph.
     */
    private static Node lines(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak soft) {
                soft.insertBefore(new HardLineBreak());
                soft.unlink();
            }
        });
        return document;
    }

    /** The Markdown text parsed and tamed, for a writer that walks it (the Word paper). */
    static Node parsed(String markdown) {
        return tamed(markdown);
    }

    /** Plain text, escaped to stand on one line anywhere in Markdown, a cell of a GFM table too ('|' included). */
    static String cell(String text) {
        TableCell cell = new TableCell();
        cell.appendChild(new Text(oneLine(text)));
        TableRow row = new TableRow();
        row.appendChild(cell);
        TableBody body = new TableBody();
        body.appendChild(row);
        TableBlock table = new TableBlock();
        table.appendChild(body);
        Document document = new Document();
        document.appendChild(table);
        String rendered = MARKDOWN.render(document).strip();
        String last = rendered.substring(rendered.lastIndexOf('\n') + 1);
        return last.substring(1, last.length() - 1);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static Node tamed(String markdown) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                Paragraph text = new Paragraph();
                text.appendChild(new Text(html.getLiteral().strip()));
                html.insertBefore(text);
                html.unlink();
            }

            @Override
            public void visit(HtmlInline html) {
                html.insertBefore(new Text(html.getLiteral()));
                html.unlink();
            }

            @Override
            public void visit(Image image) {
                Link link = new Link(image.getDestination(), image.getTitle());
                moveChildren(image, link);
                image.insertBefore(link);
                image.unlink();
                visit(link);
            }

            @Override
            public void visit(Link link) {
                visitChildren(link);
                if (!ALLOWED_LINK.matcher(link.getDestination().replaceAll("[\\s\\p{Cntrl}]", "")).find()) {
                    Node first = link.getFirstChild();
                    Node child = first;
                    while (child != null) {
                        Node next = child.getNext();
                        link.insertBefore(child);
                        child = next;
                    }
                    link.unlink();
                }
            }
        });
        return document;
    }

    private static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }
}
