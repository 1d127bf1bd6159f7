package dev.prevent.report;

import dev.prevent.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.check.Validation;
import dev.prevent.model.Plan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * Every string field of a plan filled from a list of XSS payloads, rendered to HTML and Markdown: nothing
 * from plan text becomes a script, an event handler, a style, a frame, an image or a link other than
 * http(s) and mailto, and no Markdown table loses its shape.
 */
class XssPayloadTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](  javascript:alert(1))",
            "[x](java\tscript:alert(1))",
            "<javascript:alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<style>*{display:none}</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "</td></tr></table><script>alert(1)</script>",
            "</textarea></title></style><script>alert(1)</script>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<!--<script>alert(1)</script>-->",
            "![x](https://evil.example/x.png \"onerror=alert(1)\")",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<link rel=stylesheet href=https://evil.example/x.css>",
            "| a | b |\n|---|---|\n| c | d |",
            "a | b \\| c || d",
            "<form action=https://evil.example><input name=p></form>",
            "${plan.title} <#if true>x</#if> [#ftl]");

    static String html;
    static String markdown;

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        Dump dump = new Dump(DumpSettings.builder().build());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("title", String.join(" ", PAYLOADS.subList(0, 5)));
        plan.put("period", "2015/16");
        plan.put("owner", PAYLOADS.get(5));
        plan.put("aims", String.join("\n\n", PAYLOADS));
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(Map.of("key", "s" + i, "label", PAYLOADS.get(i), "colour", "#d4351c"));
        }
        plan.put("statuses", statuses);
        Map<String, Object> agencies = new LinkedHashMap<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            agencies.put("A" + i, PAYLOADS.get(i));
        }
        plan.put("agencies", agencies);
        Files.writeString(dir.resolve("plan.yaml"), dump.dumpToString(plan));
        List<Map<String, Object>> actions = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String p = PAYLOADS.get(i);
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("id", "1." + (i + 1));
            action.put("title", p);
            action.put("theme", p);
            action.put("action", p);
            action.put("lead", List.of("A" + i));
            action.put("success_criteria", List.of(p, "ok " + p));
            action.put("timescale", "2015/16");
            action.put("resources", List.of(p));
            action.put("status", "s" + (i % 3));
            action.put("notes", p);
            action.put("updates", List.of(Map.of("date", "2015-09-01", "status", "s" + (i % 3), "note", p)));
            actions.add(action);
        }
        Map<String, Object> objective = new LinkedHashMap<>();
        objective.put("id", "1");
        objective.put("name", PAYLOADS.get(0));
        objective.put("aim", PAYLOADS.get(1));
        objective.put("summary", String.join("\n\n", PAYLOADS));
        objective.put("actions", actions);
        Files.writeString(dir.resolve("objective.yaml"), dump.dumpToString(objective));
        Validation validation = Validation.of(dir, Reports.AS_OF);
        Plan valid = validation.validPlan();
        ReportView.Report model = ReportModel.of(ReportRequest.of(valid, Fixtures.EVERY_ACTION, Reports.AS_OF, ZonedDateTime.now()));
        html = new String(Report.render(ReportTemplates.in(null), ReportFormat.HTML, model), StandardCharsets.UTF_8);
        model = ReportModel.of(ReportRequest.of(valid, Fixtures.EVERY_ACTION, Reports.AS_OF, ZonedDateTime.now()));
        markdown = new String(Report.render(ReportTemplates.in(null), ReportFormat.MARKDOWN, model), StandardCharsets.UTF_8);
    }

    @Test
    void theHtmlHasNoLiveMarkupFromPlanText() {
        assertNoLiveMarkup(Jsoup.parse(html), true);
        assertThat(Jsoup.parse(html).text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
    }

    @Test
    void theMarkdownRendersToNoLiveMarkupEvenWhereRawHtmlIsAllowed() {
        Document rendered = Jsoup.parse(HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown)));

        assertNoLiveMarkup(rendered, false);
    }

    @Test
    void everyMarkdownTableKeepsItsShape() {
        Document rendered = Jsoup.parse(HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown)));

        assertThat(rendered.select("table")).hasSize(5);
        for (Element table : rendered.select("table")) {
            int columns = table.select("thead th").size();
            assertThat(table.select("tbody tr")).allSatisfy(row -> assertThat(row.select("td")).hasSize(columns));
        }
        // One row per agency, then the row of the actions with no lead.
        assertThat(rendered.select("table").get(3).select("tbody tr")).hasSize(PAYLOADS.size() + 1);
        assertThat(rendered.select("table").get(3).select("tbody tr").last().text()).startsWith("No lead");
    }

    private static void assertNoLiveMarkup(Document page, boolean ownStyle) {
        assertThat(page.select("script, iframe, object, embed, img, base, link, form, input, textarea, math")).isEmpty();
        assertThat(page.select("meta[http-equiv]")).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().toLowerCase().startsWith("on"))).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("style")).hasSize(ownStyle ? 1 : 0);
        assertThat(page.select("svg *").stream().map(Element::tagName).distinct()).isSubsetOf("title", "g", "text", "rect");
        assertThat(page.select("a[href]").eachAttr("href"))
                .allMatch(h -> h.startsWith("https://") || h.startsWith("http://") || h.startsWith("mailto:") || h.matches("#action-\\d+|#attention-all"));
    }
}
