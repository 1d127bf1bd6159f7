package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report's content, in HTML and Markdown, on fixture plans and on the shipped one. */
class ReportTest {

    static final List<String> SHIPPED_IDS = List.of(
            "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4");

    @Test
    void htmlMatchesTheGoldenFile() {
        Golden.check("report.html", Reports.of("report", ReportFormat.HTML));
    }

    @Test
    void markdownMatchesTheGoldenFile() {
        Golden.check("report.md", Reports.of("report", ReportFormat.MARKDOWN));
    }

    @Test
    void theShippedPlansHtmlNamesEveryActionAndObjective() {
        Document html = Jsoup.parse(Reports.of("shipped", ReportFormat.HTML));

        assertThat(html.select("table.actions tbody tr th .id").eachText()).containsExactlyElementsOf(SHIPPED_IDS);
        assertThat(html.select("h2").eachText()).contains("Objective 1: Ideologies", "Objective 2: Individuals",
                "Objective 3: Institutions", "Summary");
        assertThat(html.select(".chair h3").eachText()).first().isEqualTo("Needs attention");
        assertThat(html.select("h1").text()).isEqualTo("Appendix 3: City of London Prevent Delivery Plan 2015/2016");
        assertThat(html.text()).contains("Period 2015/16 · Version V1.6/5/15 · As of 1 April 2016");
    }

    @Test
    void theShippedPlansMarkdownNamesEveryActionAndObjective() {
        String md = Reports.of("shipped", ReportFormat.MARKDOWN);

        for (String id : SHIPPED_IDS) {
            assertThat(md).containsPattern("(?m)^### " + id.replace(".", "\\.") + " ");
        }
        assertThat(md).contains("## Objective 1: Ideologies", "## Objective 2: Individuals", "## Objective 3: Institutions");
    }

    @Test
    void everyFieldOfAnActionIsShown() {
        Element row = Jsoup.parse(Reports.of("report", ReportFormat.HTML)).getElementById("action-1");

        assertThat(row.text()).contains("1.1", "Community groups", "Community engagement", "guest speakers",
                "City of London Corporation (COLC), City of London Police (COLP)", "Number of activities held",
                "Q3 2015/16", "31 December 2015", "Overdue", "Staff time, Funding", "Off track", "Contact made",
                "10 January 2016: ▲ Off track", "Still waiting for replies");
        assertThat(row.select("em").text()).isEqualTo("activities");
        assertThat(row.select("a[href]").eachAttr("href"))
                .containsExactly("https://example.org/guidance", "mailto:team@example.org");
    }

    @Test
    void needsAttentionListsOverdueAndWorstStatusActionsWithWhy() {
        Document html = Jsoup.parse(Reports.of("report", ReportFormat.HTML));

        List<String> rows = html.select("#attention ~ table tbody tr").eachText();
        assertThat(rows).hasSize(3);
        // Worst first, each saying why with its days: worst status since (by the log), overdue since, the last update.
        assertThat(rows.get(0)).startsWith("1.1 Community groups").endsWith("Off track since 14 September 2015; "
                + "Overdue since 1 January 2016; no update for 82 days");
        assertThat(rows.get(1)).startsWith("2.1 Training").endsWith("At risk; no update yet");
        assertThat(rows.get(2)).startsWith("2.3 Not yet assessed").endsWith("Overdue since 1 January 2016; "
                + "no update yet");
    }

    @Test
    void summaryCountsByStatusObjectiveAndLead() {
        Document html = Jsoup.parse(Reports.of("report", ReportFormat.HTML));

        // The status table adds up: its rows are statuses only; overdue is counted apart, across statuses.
        assertThat(html.select("table.compact tbody tr").eachText()).containsExactly(
                "▲ Off track Off track – behind 1", "◆ At risk 1", "● On track 1", "✓ Done 1", "○ Not assessed 1", "All actions 5");
        assertThat(html.select("section.summary p").eachText()).contains("Overdue: 2 of the 5 actions, whatever their status.");
        // Every action is in a row of the lead table: one led by two agencies in both, one with none under "No lead".
        assertThat(html.select("caption:contains(Actions by lead agency) ~ tbody tr").last().text()).isEqualTo("No lead 0 0 0 0 1 1 1");
        assertThat(html.select("caption:contains(Actions by objective) ~ tbody tr").eachText())
                .containsExactly("1. Ideologies 1 0 1 0 0 1 2", "2. Individuals 0 1 0 1 1 1 3");
        assertThat(html.select("svg[aria-labelledby=chart-title] rect title").eachText())
                .containsExactly("Off track: 1", "On track: 1", "At risk: 1", "Done: 1", "Not assessed: 1");
    }

    @Test
    void aPartnerGetsItsOwnReport() {
        Document html = Jsoup.parse(Reports.of(Fixtures.plan("report").toString(), ReportFormat.HTML, Reports.leads("colp")));

        assertThat(html.select("table.actions tbody tr th .id").eachText()).containsExactly("1.1", "2.2");
        assertThat(html.text()).contains("This report covers the actions led by City of London Police (COLP).");
    }

    @Test
    void statusTagsSayTheirWordAndAreReadableOnTheirColour() {
        Document html = Jsoup.parse(Reports.of("report", ReportFormat.HTML));

        // Its word, and a shape that is not colour (hidden from screen readers, which read the word).
        assertThat(html.select(".status-0").first().text()).isEqualTo("▲ Off track");
        assertThat(html.select(".status-0 .shape").first().attr("aria-hidden")).isEqualTo("true");
        assertThat(html.select(".status-3 .shape").first().text()).isEqualTo("✓");
        assertThat(html.select("style").html()).contains(".status-0 { background: #d4351c; color: #ffffff; }")
                .contains(".status-1 { background: #f47738; color: #0b0c0c; }");
    }

    @Test
    void theHtmlIsAccessibleByConstruction() {
        Document html = Jsoup.parse(Reports.of("shipped", ReportFormat.HTML));

        assertThat(html.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(html.select("th").stream().filter(th -> !th.hasAttr("scope"))).isEmpty();
        List<Integer> levels = html.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        assertThat(levels.get(0)).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after %d", levels.get(i), levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(html.select("svg").attr("role")).isEqualTo("img");
        assertThat(html.select("svg title").first().id()).isEqualTo(html.select("svg").attr("aria-labelledby"));
        assertThat(html.select("style").html()).contains("@page { size: A4 landscape;", "thead { display: table-header-group; }",
                "page-break-inside: avoid");
    }

    @Test
    void markdownTablesKeepTheirShapeWhateverThePlanSays() {
        String md = Reports.of("hostile-text", ReportFormat.MARKDOWN);
        Document html = Jsoup.parse(HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md)));

        for (Element table : html.select("table")) {
            int columns = table.select("thead th").size();
            for (Element row : table.select("tbody tr")) {
                assertThat(row.select("td").size()).as(row.text()).isEqualTo(columns);
            }
        }
        assertThat(html.select("table")).hasSize(4);
        assertThat(html.select("script, img, iframe, style, svg, b, div")).isEmpty();
        assertThat(html.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        assertThat(html.select("a[href]").eachAttr("href")).allMatch(h -> Stream.of("https:", "mailto:").anyMatch(h::startsWith));
    }
}
