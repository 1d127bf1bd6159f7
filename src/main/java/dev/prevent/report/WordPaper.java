package dev.prevent.report;

import static dev.prevent.output.WordKit.cellWidth;
import static dev.prevent.output.WordKit.hanging;
import static dev.prevent.output.WordKit.inline;
import static dev.prevent.output.WordKit.keepWithNext;
import static dev.prevent.output.WordKit.styles;
import static dev.prevent.output.WordKit.heading;
import static dev.prevent.output.WordKit.row;
import static dev.prevent.output.WordKit.run;
import static dev.prevent.output.WordKit.shade;
import static dev.prevent.output.WordKit.table;
import static dev.prevent.output.WordKit.text;

import dev.prevent.output.WordKit;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.node.Heading;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * The meeting paper as a Word document (POI XWPF), for a clerk to paste into a committee template: the same
 * sections as the HTML paper, Word's own heading styles (Heading 1, 2: a committee template that restyles them
 * restyles the paper), real tables with header rows that repeat on each page, each status cell shaded in the
 * plan's colour with its label in words. The objectives' tables are a plan's table as councils write it (a row
 * across for the objective and for each theme, then Ref, Title, ACTION, LEAD, ...), on landscape pages, so that
 * {@code prevent import} reads the paper back into the same actions.
 *
 * <p>Built in code rather than from a {@code .docx} template: a template would be a binary in the repository
 * that no one can review in a pull request, and restyling belongs to the committee template the paper is
 * pasted into, which takes over the built-in styles the paper uses.
 */
final class WordPaper {

    /** Twentieths of a point: the right margin, 10 mm, as the PDF has it. */
    private static final int MARGIN = 567;
    /** The PDF's margins, in twentieths of a point: 20 mm on the left for hole punching, 14 mm above, 13 mm below. */
    private static final int LEFT = 1134;
    private static final int TOP = 794;
    private static final int BOTTOM = 737;

    /** The objectives' table: headings as a plan's table has them, widths in twentieths of a point. */
    static final List<String> ACTION_HEADINGS = List.of("Ref", "Action", "Lead, status, timescale, resources",
            "Success criteria", "Comments and progress");
    /**
     * The short columns' widths, wide enough that a lead's code ("COLLEGE"), a month ("September") or a status
     * word never breaks inside; ACTION, SUCCESS CRITERIA and COMMENTS share what is left, as their content needs
     * ({@link ColumnWidths}).
     */
    private static final int[] FIXED_WIDTHS = {1500, 0, 2500, 0, 0};
    private static final int COLUMNS = FIXED_WIDTHS.length;

    private final XWPFDocument document = new XWPFDocument();
    private final ReportView.Report report;

    private WordPaper(ReportView.Report report) {
        this.report = report;
    }

    /** What is left of a landscape page of the report's paper between the margins (the left one wider, for hole punching). */
    private int pageWidth() {
        return report.paper().longSide() - LEFT - MARGIN;
    }

    /** An objective's table's widths: the fixed ones, and the rest of the page shared as its content needs. */
    private int[] actionWidths(ReportView.Objective objective) {
        int[] widths = FIXED_WIDTHS.clone();
        int free = pageWidth() - Arrays.stream(FIXED_WIDTHS).sum();
        int[] share = ColumnWidths.split(objective.actions(), 100, 24, 50);
        widths[1] = free * share[0] / 100;
        widths[3] = free * share[1] / 100;
        widths[4] = free - widths[1] - widths[3];
        return widths;
    }

    /** Writes the paper to {@code out} as a {@code .docx}. */
    static void write(ReportView.Report report, OutputStream out) throws IOException {
        WordPaper paper = new WordPaper(report);
        try (XWPFDocument document = paper.document) {
            paper.build();
            document.write(out);
        }
    }

    private void build() {
        // The document's title is what a screen reader announces and a file list shows, not its file name.
        document.getProperties().getCoreProperties().setTitle(report.plan().title());
        document.getProperties().getCoreProperties().setCreator("prevent");
        styles(document);
        headerAndFooter();
        heading(document, 1, report.plan().title());
        List<String> about = new ArrayList<>();
        about.add("Period " + report.plan().period());
        if (report.plan().version() != null) {
            about.add("Version " + report.plan().version());
        }
        if (report.plan().issued() != null) {
            about.add("Issued " + report.plan().issued().text());
        }
        if (report.plan().owner() != null) {
            about.add(report.plan().owner());
        }
        XWPFParagraph line = paragraph();
        run(line, String.join(" · ", about) + " · As of ", false);
        run(line, report.asOf().text(), true);
        if (report.scope() != null) {
            run(paragraph(), "This paper covers " + report.scope() + ".", false);
        }
        ReportView.Then then = report.summary().then();
        if (then != null) {
            XWPFParagraph compared = paragraph();
            run(compared, "Compared with ", false);
            run(compared, then.since(), true);
            run(compared, then.since().equals(then.day().iso()) ? "." : " (" + then.day().text() + ").", false);
        }
        draft();
        // Page 1 is the chair's: the counts and their change, what needs attention, what changed; the rest follows.
        summary();
        attention(ATTENTION_SHOWN);
        changedInShort();
        if (!report.summaryOnly()) {
            paragraph().setPageBreak(true);
            figures();
            if (report.attention().size() > ATTENTION_SHOWN) {
                attention(Integer.MAX_VALUE);
            }
            aims();
            coverage();
            frameworks();
            assurance();
            changes();
            // Landscape throughout: the summary's tables get the width their headings need, like the objectives'.
            for (ReportView.Objective objective : report.objectives()) {
                objective(objective);
            }
        }
        page(document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr(), true);
        XWPFParagraph made = paragraph();
        run(made, "Made by prevent from the plan's files on " + report.made() + ", as of " + report.asOf().text() + ".", false)
                .setFontSize(8);
    }

    /** The draft's warning, boxed in red at the top, so that no one takes the paper for a finished one. */
    private void draft() {
        ReportView.Draft draft = report.draft();
        if (draft == null) {
            return;
        }
        List<XWPFParagraph> box = new ArrayList<>();
        XWPFParagraph heading = paragraph();
        heading.setStyle("Heading2");
        run(heading, draft.heading(), false);
        box.add(heading);
        XWPFParagraph why = paragraph();
        run(why, "This paper is not finished: the plan still has placeholder text or a word such as TBC.", false);
        box.add(why);
        for (XWPFParagraph p : box) {
            p.setBorderTop(Borders.SINGLE);
            p.setBorderBottom(Borders.SINGLE);
            p.setBorderLeft(Borders.SINGLE);
            p.setBorderRight(Borders.SINGLE);
        }
        // Word joins the borders of neighbouring paragraphs with the same borders into one box.
        paragraph();
    }

    private void summary() {
        heading(document, 2, "Summary");
        ReportView.Summary summary = report.summary();
        // The direction of travel: beside each count, the count at the last meeting, when there is one.
        ReportView.Then then = summary.then();
        XWPFTable table = then == null ? table(document, List.of("Status", "Number of actions"), new int[] {4200, 2000})
                : table(document, List.of("Status", "Number of actions", "At " + then.since(), "Change"), new int[] {4200, 2000, 2000, 1400});
        for (int i = 0; i < summary.byStatus().size(); i++) {
            ReportView.Count count = summary.byStatus().get(i);
            XWPFTableRow row = table.createRow();
            status(row.getCell(0), count.status());
            if (count.status().description() != null) {
                run(paragraph(row.getCell(0)), count.status().wording(), false);
            }
            text(row.getCell(1), String.valueOf(count.count()), false);
            if (then != null) {
                text(row.getCell(2), String.valueOf(then.byStatus().get(i).count()), false);
                text(row.getCell(3), change(count.count() - then.byStatus().get(i).count()), false);
            }
        }
        XWPFTableRow none = table.createRow();
        text(none.getCell(0), "Not assessed", false);
        text(none.getCell(1), String.valueOf(summary.notAssessed()), false);
        XWPFTableRow all = table.createRow();
        text(all.getCell(0), "All actions", true);
        text(all.getCell(1), String.valueOf(summary.total()), true);
        if (then != null) {
            text(none.getCell(2), String.valueOf(then.notAssessed()), false);
            text(none.getCell(3), change(summary.notAssessed() - then.notAssessed()), false);
            text(all.getCell(2), String.valueOf(summary.total()), true);
        }
        XWPFParagraph overdue = paragraph();
        run(overdue, "Overdue: ", true);
        run(overdue, summary.overdue() + " of the " + summary.total() + " actions, whatever their status.", false);
    }

    /** A count's change since the meeting, signed: "+2", "−1", "–". */
    private static String change(int n) {
        return n > 0 ? "+" + n : n < 0 ? "−" + (-n) : "–";
    }

    /** The tables by objective and by lead agency, on the page after the chair's. */
    private void figures() {
        ReportView.Summary summary = report.summary();
        heading(document, 2, "The plan in figures");
        heading(document, 3, "By objective");
        List<String> headings = new ArrayList<>(List.of("Objective"));
        report.plan().statuses().forEach(s -> headings.add(s.label()));
        headings.addAll(List.of("Not assessed", "Overdue", "All"));
        XWPFTable objectives = table(document, headings, widths(headings.size(), 4200, pageWidth()));
        for (ReportView.ObjectiveRow o : summary.byObjective()) {
            List<String> cells = new ArrayList<>(List.of(o.id() + ". " + o.name()));
            o.counts().forEach(c -> cells.add(String.valueOf(c.count())));
            cells.addAll(List.of(String.valueOf(o.notAssessed()), String.valueOf(o.overdue()), String.valueOf(o.total())));
            row(objectives, cells);
        }
        heading(document, 3, "By lead agency");
        headings.set(0, "Lead");
        headings.set(headings.size() - 1, "Led");
        XWPFTable leads = table(document, headings, widths(headings.size(), 4200, pageWidth()));
        for (ReportView.LeadRow l : summary.byLead()) {
            List<String> cells = new ArrayList<>(List.of(l.name() + " (" + l.code() + ")"));
            l.counts().forEach(c -> cells.add(String.valueOf(c.count())));
            cells.addAll(List.of(String.valueOf(l.notAssessed()), String.valueOf(l.overdue()), String.valueOf(l.total())));
            row(leads, cells);
        }
        ReportView.LeadRow unled = summary.noLead();
        List<String> cells = new ArrayList<>(List.of("No lead"));
        unled.counts().forEach(c -> cells.add(String.valueOf(c.count())));
        cells.addAll(List.of(String.valueOf(unled.notAssessed()), String.valueOf(unled.overdue()), String.valueOf(unled.total())));
        row(leads, cells);
    }

    private void aims() {
        if (report.plan().aims() == null) {
            return;
        }
        heading(document, 2, "Aims");
        markdown(report.plan().aims().getAsString(), null);
    }

    private void coverage() {
        if (report.coverage() == null) {
            return;
        }
        heading(document, 2, "Coverage of the duty");
        // Not "Area" and "Actions": import would read those headings as a plan's table of actions.
        List<String> headings = new ArrayList<>(List.of("Coverage"));
        report.plan().statuses().forEach(s -> headings.add(s.label()));
        headings.addAll(List.of("Not assessed", "Overdue", "Open", "All", "Verdict", "Served by"));
        int[] widths = widths(headings.size(), 3600, pageWidth());
        int numbers = headings.size() - 3;
        // The verdict and the actions' refs get room; the counts are narrow.
        int narrow = 900;
        int rest = pageWidth() - 3600 - narrow * numbers;
        for (int i = 1; i <= numbers; i++) {
            widths[i] = narrow;
        }
        widths[headings.size() - 2] = rest * 2 / 5;
        widths[headings.size() - 1] = rest - widths[headings.size() - 2];
        XWPFTable table = table(document, headings, widths);
        for (ReportView.DutyRow d : report.coverage()) {
            List<String> cells = new ArrayList<>(List.of(d.name()));
            d.counts().forEach(c -> cells.add(String.valueOf(c.count())));
            cells.addAll(List.of(String.valueOf(d.notAssessed()), String.valueOf(d.overdue()), String.valueOf(d.open()),
                    String.valueOf(d.actions()), d.verdict(), String.join(", ", d.served().stream().map(ReportView.ActionLink::id).toList())));
            row(table, cells);
        }
    }

    /** Each framework besides the toolkit, then the local risks: the HTML's tables, headed so that import does not read them. */
    private void frameworks() {
        for (ReportView.Covered framework : report.frameworks()) {
            boolean risks = framework.id().equals("risks");
            heading(document, 2, risks ? framework.name() : "Coverage of " + framework.name());
            List<String> headings = List.of("Coverage", "Open", "Overdue", "All", "Verdict", "Served by");
            int rest = pageWidth() - 5000 - 900 * 3;
            XWPFTable table = table(document, headings, new int[] {5000, 900, 900, 900, rest * 2 / 5, rest - rest * 2 / 5});
            for (ReportView.DutyRow d : framework.rows()) {
                row(table, List.of(d.name() + (d.description() == null ? "" : "\n" + d.description()), String.valueOf(d.open()),
                        String.valueOf(d.overdue()), String.valueOf(d.actions()), d.verdict(),
                        String.join(", ", d.served().stream().map(ReportView.ActionLink::id).toList())));
            }
        }
    }

    /** The self-assessment in short, as the HTML has it after the coverage. */
    private void assurance() {
        if (report.assurance().isEmpty()) {
            return;
        }
        heading(document, 2, "Self-assessment");
        XWPFTable table = table(document, List.of("Framework assessed", "Items", "Met or better", "Below met", "Not rated"),
                new int[] {5000, 1400, 1400, 1400, 1400});
        for (ReportView.Assessed f : report.assurance()) {
            row(table, List.of(f.name(), String.valueOf(f.items()), String.valueOf(f.metOrBetter()), String.valueOf(f.belowMet()),
                    String.valueOf(f.unrated())));
        }
        paragraph().createRun().setText("The ratings, their evidence and the gaps are in the self-assessment paper (prevent assurance).");
    }

    /** How many of the actions that need attention the chair's page lists; the whole list follows the figures. */
    private static final int ATTENTION_SHOWN = 8;

    /** The actions that need attention, worst first: on the chair's page the first {@code shown}, after it all. */
    private void attention(int shown) {
        boolean all = shown == Integer.MAX_VALUE;
        heading(document, all ? 2 : 3, all ? "Needs attention: all " + report.attention().size() : "Needs attention");
        if (report.attention().isEmpty()) {
            run(paragraph(), "No action is off track, at risk, overdue or long without an update.", false);
            return;
        }
        boolean since = report.summary().then() != null;
        // "Needs attention", not "Action": import reads a table headed Action as actions of the plan.
        List<String> headings = new ArrayList<>(List.of("Needs attention", "Lead", "Status"));
        if (since) {
            headings.add("Since " + report.summary().then().since());
        }
        headings.addAll(List.of("Due", "Why"));
        int[] widths = since ? new int[] {3400, 2600, 1300, 1700, 1500, 0} : new int[] {3400, 2600, 1300, 1500, 0};
        widths[widths.length - 1] = pageWidth() - Arrays.stream(widths).sum();
        XWPFTable table = table(document, headings, widths);
        for (ReportView.Attention item : report.attention().subList(0, Math.min(shown, report.attention().size()))) {
            ReportView.Action a = item.action();
            XWPFTableRow row = table.createRow();
            int cell = 0;
            text(row.getCell(cell++), a.id() + " " + a.title().getAsString(), false);
            text(row.getCell(cell++), leads(a), false);
            status(row.getCell(cell++), a.status());
            if (since) {
                ReportView.Trend trend = a.trend();
                text(row.getCell(cell++), trend == null ? "" : trend.arrow() + " " + trend.word()
                        + (trend.was() == null ? "" : ", was " + trend.was().label()), false);
            }
            text(row.getCell(cell++), a.due() == null ? "" : a.due().text(), false);
            text(row.getCell(cell), String.join("; ", item.reasons()), false);
        }
        if (!all && report.attention().size() > shown && !report.summaryOnly()) {
            run(paragraph(), "And " + (report.attention().size() - shown) + " more: the whole list, \"Needs attention: all "
                    + report.attention().size() + "\", follows the figures.", false);
        } else if (!all && report.attention().size() > shown) {
            run(paragraph(), "And " + (report.attention().size() - shown) + " more, listed in the full paper.", false);
        }
    }

    /** What changed since the meeting, in one short list on the chair's page. */
    private void changedInShort() {
        ReportView.Changes changes = report.changes();
        if (changes == null) {
            return;
        }
        heading(document, 3, "Changed since " + changes.since());
        if (changes.count() == 0) {
            run(paragraph(), "Nothing changed since " + changes.since() + ".", false);
            return;
        }
        List<ReportView.Change> all = new ArrayList<>(changes.added());
        all.addAll(changes.changed());
        all.addAll(changes.removed());
        for (ReportView.Change c : all.subList(0, Math.min(CHANGES_SHOWN, all.size()))) {
            XWPFParagraph item = paragraph();
            item.setIndentationLeft(170);
            item.setIndentationHanging(170);
            boolean fromTo = c.from() != null && !c.from().isEmpty() || c.to() != null && !c.to().isEmpty();
            run(item, "• " + c.id() + " " + c.title().getAsString() + ": " + c.what()
                    + (fromTo ? " (" + Objects.toString(c.from(), "") + " → " + Objects.toString(c.to(), "") + ")" : ""), false);
        }
        if (all.size() > CHANGES_SHOWN) {
            run(paragraph(), "And " + (all.size() - CHANGES_SHOWN) + " more: see Changes since " + changes.since() + ".", false);
        }
    }

    private static final int CHANGES_SHOWN = 6;

    private void changes() {
        if (report.changes() == null) {
            return;
        }
        ReportView.Changes changes = report.changes();
        heading(document, 2, "Changes since " + changes.since());
        changes.notes().forEach(note -> run(paragraph(), note, false));
        if (changes.count() == 0) {
            run(paragraph(), "Nothing changed since " + changes.since() + ".", false);
            return;
        }
        XWPFTable table = table(document, List.of("What moved", "Change", "Was", "Now"), new int[] {4200, 2000, (pageWidth() - 6200) / 2, (pageWidth() - 6200) / 2});
        List<ReportView.Change> all = new ArrayList<>(changes.added());
        all.addAll(changes.changed());
        all.addAll(changes.removed());
        for (ReportView.Change c : all) {
            row(table, List.of(c.id() + " " + c.title().getAsString(), c.what(), c.from(), c.to()));
        }
    }

    private void objective(ReportView.Objective objective) {
        heading(document, 2, "Objective " + objective.id() + ": " + objective.name());
        XWPFParagraph aim = paragraph();
        // The heading, the aim and the table's first rows stay together.
        keepWithNext(aim);
        run(aim, "Aim: ", true);
        run(aim, objective.aim().getAsString(), false);
        if (objective.summary() != null) {
            int before = document.getParagraphs().size();
            markdown(objective.summary().getAsString(), null);
            document.getParagraphs().subList(before, document.getParagraphs().size()).forEach(WordKit::keepWithNext);
        }
        int[] widths = actionWidths(objective);
        XWPFTable table = table(document, List.of(), widths);
        XWPFTableRow first = table.getRow(0);
        across(first, "Objective " + objective.id() + ": " + objective.name(), widths);
        first.setRepeatHeader(true);
        XWPFTableRow headings = actionRow(table, widths);
        for (int i = 0; i < ACTION_HEADINGS.size(); i++) {
            text(headings.getCell(i), ACTION_HEADINGS.get(i), true);
            shade(headings.getCell(i), "f3f2f1");
        }
        headings.setRepeatHeader(true);
        headings.setCantSplitRow(true);
        headings.getTableCells().forEach(c -> c.getParagraphs().forEach(WordKit::keepWithNext));
        String theme = null;
        for (ReportView.Action a : objective.actions()) {
            String its = a.theme() == null ? null : a.theme().getAsString();
            if (its != null && !its.equals(theme) || its == null && theme != null) {
                // A theme row heads every row under it: an action with none after themed ones gets a row that says so.
                across(table.createRow(), its == null ? "No theme" : its, widths);
            }
            theme = its;
            XWPFTableRow row = actionRow(table, widths);
            row.setCantSplitRow(!ColumnWidths.runsOn(a));
            text(row.getCell(0), a.id(), false);
            if (a.titled()) {
                // The title under the ref, where a reader looks for it: import reads "1.1 Community groups" back.
                run(paragraph(row.getCell(0)), a.title().getAsString(), true);
            }
            markdown(a.action().getAsString(), row.getCell(1));

            details(row.getCell(2), a);
            bullets(row.getCell(3), a.successCriteria());
            if (a.notes() != null) {
                markdown(a.notes().getAsString(), row.getCell(4));
            }
            if (!a.evidence().isEmpty()) {
                run(paragraph(row.getCell(4)), "Evidence:", true);
                a.evidence().forEach(e -> run(paragraph(row.getCell(4)), e.getAsString(), false));
            }
            // The updates since the meeting, newest first; with none since, the newest before it.
            for (ReportView.Update u : a.recent()) {
                run(paragraph(row.getCell(4)), u.date().text() + (u.status() != null ? " (" + u.status().label() + ")" : "")
                        + (u.note() != null ? ": " + u.note().getAsString() : ""), false).setItalic(true);
            }
            if (a.recent().isEmpty() && a.lastUpdate() != null) {
                XWPFParagraph update = paragraph(row.getCell(4));
                run(update, "Newest update, " + a.lastUpdate().date().text()
                        + (a.lastUpdate().status() != null ? " (" + a.lastUpdate().status().label() + ")" : "")
                        + (a.lastUpdate().note() != null ? ": " + a.lastUpdate().note().getAsString() : ""), false).setItalic(true);
            }
        }
        paragraph();
    }

    // The pieces.

    /**
     * Lead, status, timescale and resources, each on its own labelled line, as the PDF stacks them (so the action,
     * its criteria and its comments get the width). The status is in words, on its colour; the timescale with the
     * day it falls due ("2015/16, due 31 March 2016"), a day alone written once, "overdue" in bold after it. Import
     * reads the lines back by their labels, and the timescale without the due day, which follows from it.
     */
    private static void details(XWPFTableCell cell, ReportView.Action a) {
        XWPFParagraph lead = paragraph(cell);
        run(lead, "Lead: ", true);
        // By name and code, as the PDF gives them: import reads either back.
        run(lead, leads(a), false);
        if (a.owner() != null) {
            run(paragraph(cell), "Owner: " + a.owner(), false);
        }
        XWPFParagraph status = paragraph(cell);
        run(status, "Status: ", true);
        XWPFRun word = run(status, a.status() == null ? "Not assessed" : a.status().label(), true);
        if (a.status() != null && a.status().colour() != null) {
            var shading = word.getCTR().isSetRPr() ? word.getCTR().getRPr() : word.getCTR().addNewRPr();
            var fill = shading.addNewShd();
            fill.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
            fill.setFill(a.status().colour().substring(1).toUpperCase(Locale.ROOT));
            word.setColor(a.status().textColour().substring(1).toUpperCase(Locale.ROOT));
        }
        XWPFParagraph timescale = paragraph(cell);
        run(timescale, "Timescale: ", true);
        if (a.timescale() == null) {
            run(timescale, "none", false);
        } else if (a.timescaleIsDue() && a.due() != null) {
            run(timescale, a.due().text(), false);
        } else {
            run(timescale, a.timescale() + (a.due() == null ? "" : ", due " + a.due().text()), false);
        }
        if (a.overdue()) {
            run(timescale, ": overdue", true);
        }
        // What the action serves and the risks it answers, as the PDF and the Markdown give them.
        if (!a.serves().isEmpty()) {
            XWPFParagraph serves = paragraph(cell);
            run(serves, "Serves: ", true);
            run(serves, String.join("; ", a.serves()), false);
        }
        if (!a.risks().isEmpty()) {
            XWPFParagraph risks = paragraph(cell);
            run(risks, "Responds to: ", true);
            run(risks, String.join("; ", a.risks()), false);
        }
        // An empty field prints nothing, as in the PDF.
        List<String> given = a.resources().stream().map(TextModel::getAsString).toList();
        if (!given.isEmpty()) {
            XWPFParagraph resources = paragraph(cell);
            run(resources, "Resources: ", true);
            run(resources, String.join(", ", given), false);
        }
    }

    /** A row of the objectives' table with a cell for each column: Word copies the first row's, and that is one across. */
    private static XWPFTableRow actionRow(XWPFTable table, int[] widths) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() < COLUMNS) {
            row.addNewTableCell();
        }
        for (int i = 0; i < COLUMNS; i++) {
            cellWidth(row.getCell(i), widths[i]);
        }
        // A row stays on one page unless it is long (see ColumnWidths.runsOn), as in the PDF.
        row.setCantSplitRow(true);
        return row;
    }

    private void headerAndFooter() {
        WordKit.headerAndFooter(document, report.plan().marking(), report.plan().title() + " · as of " + report.asOf().text(),
                "made " + report.made());
    }

    /** Ends the section so far (portrait or landscape) with the running header and footer of the document's last one. */
    private void sectionBreak(boolean landscape) {
        XWPFParagraph end = document.createParagraph();
        CTSectPr section = end.getCTP().addNewPPr().addNewSectPr();
        page(section, landscape);
        CTSectPr last = document.getDocument().getBody().getSectPr();
        if (last != null) {
            last.getHeaderReferenceList().forEach(h -> {
                var ref = section.addNewHeaderReference();
                ref.setId(h.getId());
                ref.setType(STHdrFtr.DEFAULT);
            });
            last.getFooterReferenceList().forEach(f -> {
                var ref = section.addNewFooterReference();
                ref.setId(f.getId());
                ref.setType(STHdrFtr.DEFAULT);
            });
        }
    }

    private void page(CTSectPr section, boolean landscape) {
        Paper paper = report.paper();
        WordKit.page(section, paper.longSide(), paper.shortSide(), landscape, TOP, BOTTOM, LEFT, MARGIN);
    }

    private XWPFParagraph paragraph() {
        return document.createParagraph();
    }

    private static XWPFParagraph paragraph(XWPFTableCell cell) {
        return WordKit.paragraph(cell);
    }

    /** A row of one cell across the table: an objective's or a theme's heading. */
    private static void across(XWPFTableRow row, String text, int[] widths) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS));
        cellWidth(cell, Arrays.stream(widths).sum());
        text(cell, text, true);
        // A heading row goes with the row under it: never alone at the foot of a page.
        cell.getParagraphs().forEach(WordKit::keepWithNext);
        shade(cell, "dee0e2");
        row.setCantSplitRow(true);
    }

    private static void cellLines(XWPFTableCell cell, List<String> lines) {
        for (String line : lines) {
            run(paragraph(cell), line, false);
        }
    }

    /** List items as bulleted paragraphs ({@code •}): a reader sees a list, and import reads one back. */
    private static void bullets(XWPFTableCell cell, List<TextModel> items) {
        for (TextModel item : items) {
            XWPFParagraph paragraph = hanging(paragraph(cell));
            run(paragraph, "• ", false);
            inline(PlanMarkdown.parsed(item.getAsString()), paragraph);
        }
    }

    /** A status in words on its plan's colour, with text that stays readable on it; "Not assessed" when none. */
    private static void status(XWPFTableCell cell, ReportView.Status status) {
        if (status == null) {
            text(cell, "Not assessed", false);
            return;
        }
        XWPFRun run = run(paragraph(cell), status.label(), true);
        if (status.colour() != null) {
            shade(cell, status.colour().substring(1));
            run.setColor(status.textColour().substring(1).toUpperCase(Locale.ROOT));
        }
    }

    private static int[] widths(int columns, int first, int total) {
        int[] widths = new int[columns];
        widths[0] = first;
        for (int i = 1; i < columns; i++) {
            widths[i] = (total - first) / (columns - 1);
        }
        return widths;
    }

    private static String leads(ReportView.Action a) {
        if (a.lead().isEmpty()) {
            return "No lead";
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < a.lead().size(); i++) {
            names.add(a.leadNames().get(i) + " (" + a.lead().get(i) + ")");
        }
        return String.join(", ", names);
    }

    /** Markdown as Word paragraphs: into a cell, or into the body when {@code cell} is null. Lines keep their breaks. */
    private void markdown(String markdown, XWPFTableCell cell) {
        WordKit.markdown(PlanMarkdown.parsed(markdown), () -> cell == null ? paragraph() : paragraph(cell));
    }
}
