package dev.prevent.output;

import java.io.PrintWriter;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * A GitHub-flavoured Markdown table, for a pull-request comment or a wiki page. Built as a Markdown
 * tree and written by commonmark's renderer, so a '|', '*' or '<' in plan text is escaped and stays
 * text; a line break in a cell becomes a space, since a table row is one line.
 */
final class MarkdownAnswer implements AnswerWriter {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    @Override
    public void write(Answer answer, PrintWriter out) {
        Table table = answer.table();
        if (!answer.isEmpty()) {
            TableBlock block = new TableBlock();
            TableHead head = new TableHead();
            head.appendChild(row(table.columns().stream().map(Column::name).toList(), true));
            block.appendChild(head);
            TableBody body = new TableBody();
            for (List<Cell> cells : table.rows()) {
                body.appendChild(row(cells.stream().map(Cell::text).toList(), false));
            }
            block.appendChild(body);
            Document document = new Document();
            document.appendChild(block);
            out.print(RENDERER.render(document));
            out.println();
        }
        out.println(Visible.text(answer.summary()));
    }

    private static Node row(List<String> texts, boolean header) {
        TableRow row = new TableRow();
        for (String text : texts) {
            TableCell cell = new TableCell();
            cell.setHeader(header);
            cell.appendChild(new Text(Visible.line(text.replaceAll("\\s*\\R\\s*", " ").strip())));
            row.appendChild(cell);
        }
        return row;
    }
}
