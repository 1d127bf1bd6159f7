package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Whatever a plan's text says, the HTML report shows it as text: no live markup comes from plan files. */
class HostileTextTest {

    static final Document HTML = Jsoup.parse(Reports.of("hostile-text", ReportFormat.HTML));

    @Test
    void noScriptFrameOrImageElement() {
        assertThat(HTML.select("script, iframe, img, object, embed")).isEmpty();
    }

    @Test
    void noEventHandlerAttribute() {
        assertThat(HTML.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .map(Attribute::getKey).filter(k -> k.toLowerCase().startsWith("on"))).isEmpty();
    }

    @Test
    void linksAreOnlyWebMailOrThePagesOwnAnchors() {
        List<String> hrefs = HTML.select("a[href]").eachAttr("href");
        assertThat(hrefs).allMatch(h -> h.startsWith("https://") || h.startsWith("http://") || h.startsWith("mailto:")
                || h.matches("#action-\\d+") || h.isEmpty());
        assertThat(hrefs).contains("https://example.org", "mailto:a@example.org", "https://tracker.example/pixel.png");
    }

    @Test
    void noStyleFromPlanText() {
        assertThat(HTML.select("style")).hasSize(1);
        assertThat(HTML.select("[style]")).isEmpty();
        assertThat(HTML.select("style").html()).doesNotContain("display: none");
    }

    @Test
    void theTextIsShownAsWritten() {
        Element row = HTML.getElementById("action-1");
        assertThat(row.text()).contains("<script>alert('title')</script> | pipe", "<img src=\"x\" onerror=\"alert('action')\">",
                "<iframe src=\"https://evil.example\"></iframe>", "Police | <b>bold</b> \"quoted\" (EVIL)");
        assertThat(HTML.select("h2").eachText()).contains("Objective 1: <script>alert('name')</script>");
        assertThat(HTML.select("svg g text").first().text()).isEqualTo("Objective 1: <script>alert('name')</script>");
    }

    @Test
    void theSvgChartHasOnlyTheToolsElements() {
        assertThat(HTML.select("svg *").stream().map(Element::tagName).distinct())
                .containsExactlyInAnyOrder("title", "g", "text", "rect");
    }
}
