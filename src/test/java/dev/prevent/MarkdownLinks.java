package dev.prevent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The links and images of a Markdown file that lead nowhere: a relative target that is not there, or an anchor
 * ({@code guide.md#install}) that is no heading of its file, as GitHub makes heading anchors. Links to the web are
 * not followed: tests use no network.
 */
public final class MarkdownLinks {

    private MarkdownLinks() {
    }

    /** Each broken link of {@code file}, as "target (in file)"; empty when every one leads somewhere. */
    public static List<String> broken(Path given) throws IOException {
        Path file = given.toAbsolutePath();
        List<String> targets = new ArrayList<>();
        parse(file).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                targets.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                targets.add(image.getDestination());
                visitChildren(image);
            }
        });
        List<String> broken = new ArrayList<>();
        for (String target : targets) {
            if (target.matches("(?i)^(https?|mailto):.*")) {
                continue;
            }
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
            if (!Files.exists(resolved)) {
                broken.add(target + " (in " + given + ": no such file)");
            } else if (hash >= 0 && resolved.toString().endsWith(".md") && !anchors(resolved).contains(target.substring(hash + 1))) {
                broken.add(target + " (in " + given + ": no such heading)");
            }
        }
        return broken;
    }

    /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens. */
    static Set<String> anchors(Path file) throws IOException {
        Set<String> anchors = new HashSet<>();
        parse(file).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }

                    @Override
                    public void visit(org.commonmark.node.Code code) {
                        text.append(code.getLiteral());
                    }
                });
                anchors.add(text.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        });
        return anchors;
    }

    private static Node parse(Path file) throws IOException {
        return Parser.builder().build().parse(Files.readString(file));
    }
}
