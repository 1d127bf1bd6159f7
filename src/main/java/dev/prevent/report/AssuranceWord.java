package dev.prevent.report;

import dev.prevent.output.WordKit;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The self-assessment paper as a Word document, for the council's committee template: the same sections as the HTML
 * (summary, each framework's items with rating, evidence and why, the gaps, the local risks), in the report's styles,
 * each rating in words beside its symbol.
 */
final class AssuranceWord {

    private AssuranceWord() {
    }

    static void write(AssuranceView.Paper paper, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle(paper.plan().title() + ": self-assessment");
            document.getProperties().getCoreProperties().setCreator("prevent");
            WordKit.styles(document);
            // Landscape A4, its pages numbered, as the meeting paper's: its content from the top of page 1.
            WordKit.page(WordKit.lastSection(document), WordKit.A4_LONG, WordKit.A4_SHORT, true, 794, 737, 1134, 567);
            WordKit.headerAndFooter(document, paper.plan().marking(), paper.plan().title() + ": self-assessment · as of "
                    + paper.asOf(), "made " + paper.made());
            if (paper.plan().marking() != null) {
                document.createParagraph().createRun().setText(paper.plan().marking());
            }
            WordKit.heading(document, 1, paper.plan().title() + ": self-assessment");
            document.createParagraph().createRun().setText("Period " + paper.plan().period() + " · As of " + paper.asOf() + " · Made "
                    + paper.made() + (paper.since() == null ? "" : " · Compared with " + paper.since()));
            WordKit.heading(document, 2, "Summary");
            document.createParagraph().createRun().setText(paper.items() + " items assessed; " + paper.gaps() + " below met or not rated.");
            List<String> headings = new ArrayList<>(List.of("Framework"));
            paper.scale().forEach(r -> headings.add(rating(r)));
            headings.add("Not rated");
            XWPFTable summary = WordKit.table(document, headings, widths(headings.size(), 4000, 1600));
            for (AssuranceView.Framework framework : paper.frameworks()) {
                List<String> row = new ArrayList<>(List.of(framework.name()));
                framework.counts().forEach(c -> row.add(String.valueOf(c.count())));
                row.add(String.valueOf(framework.unrated()));
                WordKit.row(summary, row);
            }
            for (AssuranceView.Framework framework : paper.frameworks()) {
                WordKit.heading(document, 2, framework.name());
                if (framework.source() != null) {
                    document.createParagraph().createRun().setText(framework.source());
                }
                XWPFTable items = WordKit.table(document, List.of("Item", "Rating", "Evidence", "Why"), new int[] {2600, 2200, 4000, 4000});
                for (AssuranceView.Item item : framework.items()) {
                    String rated = (item.rating() == null ? "– Not rated" : rating(item.rating()))
                            + (item.date() == null ? "" : "\n" + item.date() + (item.assessor() == null ? "" : ", " + item.assessor()))
                            + (item.stale() ? "\nMore than a year old" : "") + (item.change() == null ? "" : "\n" + item.change());
                    List<String> evidence = new ArrayList<>();
                    item.actions().forEach(e -> evidence.add(AssuranceView.evidenceWords(e)));
                    item.documents().forEach(d -> evidence.add(d.text()));
                    WordKit.row(items, List.of(item.name() + " (" + item.key() + ")", rated,
                            evidence.isEmpty() ? "None given" : String.join("\n", evidence), item.comment() == null ? "" : item.comment()));
                }
                List<String> gaps = framework.items().stream().filter(AssuranceView.Item::gap)
                        .map(i -> i.name() + ": " + (i.rating() == null ? "not rated" : i.rating().label())).toList();
                if (!gaps.isEmpty()) {
                    WordKit.heading(document, 3, "Gaps in " + framework.name());
                    gaps.forEach(gap -> document.createParagraph().createRun().setText(gap));
                }
            }
            if (!paper.risks().isEmpty()) {
                WordKit.heading(document, 2, "Local risk priorities");
                XWPFTable risks = WordKit.table(document, List.of("Risk", "Rating", "Actions"), new int[] {4400, 1800, 6600});
                for (AssuranceView.Risk risk : paper.risks()) {
                    List<String> actions = new ArrayList<>(risk.actions().stream().map(AssuranceView::evidenceWords).toList());
                    if (!risk.addressed()) {
                        actions.add("No open action addresses it.");
                    }
                    WordKit.row(risks, List.of(risk.name() + (risk.reference() == null ? "" : "\n" + risk.reference()),
                            risk.rating() == null ? "Not rated" : risk.rating(), String.join("\n", actions)));
                }
            }
            document.write(out);
        }
    }

    private static String rating(AssuranceView.Rating rating) {
        return rating.symbol() + " " + rating.label();
    }

    private static int[] widths(int columns, int first, int rest) {
        int[] widths = new int[columns];
        Arrays.fill(widths, rest);
        widths[0] = first;
        return widths;
    }
}
