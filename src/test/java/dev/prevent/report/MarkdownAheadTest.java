package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large report's Markdown is made on a second thread while the template runs: each action's text must still land
 * in its own row, once, whichever thread made it.
 */
class MarkdownAheadTest {

    @TempDir
    Path dir;

    /** What was made ahead is what the template would have made, in the kind it asks for, and made again if asked twice. */
    @Test
    void aTextMadeAheadIsTheTextATemplateWouldMake() throws Exception {
        String markdown = "Review *venue* hire\n\n- one\n- two";
        TextModel ahead = TextModel.lines(markdown);
        ahead.makeAhead(true);
        ahead.makeAhead(false);
        TextModel fresh = TextModel.lines(markdown);
        for (String kind : new String[] {"html", "md", "html", "item"}) {
            assertThat(ahead.get(kind).toString()).as(kind).isEqualTo(fresh.get(kind).toString());
        }
        assertThat(ahead.get("html").toString()).contains("<em>venue</em>");
    }

    @Test
    void eachTextMadeAheadIsInItsOwnPlaceOnce() throws IOException {
        Fixtures.copy(Fixtures.plan("valid"), dir);
        int actions = 400;
        StringBuilder yaml = new StringBuilder("id: \"1\"\nname: One\naim: Aim one\nactions:\n");
        for (int i = 1; i <= actions; i++) {
            yaml.append("  - id: \"1.").append(i).append("\"\n    title: Action ").append(i)
                    .append("\n    action: Do **thing ").append(i).append("** with [partners](https://example.org/").append(i)
                    .append(")\n    lead: COLC\n    timescale: 2015/16\n    status: blue\n    notes: |\n      Note *")
                    .append(i).append("*\n\n      - first\n      - second of ").append(i).append('\n');
        }
        Files.writeString(dir.resolve("objective.yaml"), yaml, StandardCharsets.UTF_8);
        ReportView.Report model = ReportModel.of(ReportRequest.of(Validation.of(dir, Reports.AS_OF).validPlan(),
                Fixtures.EVERY_ACTION, Reports.AS_OF, ZonedDateTime.now()));
        assertThat(model.objectives().get(0).actions()).hasSize(actions);

        String html = new String(Report.render(ReportTemplates.in(null), ReportFormat.HTML, model), StandardCharsets.UTF_8);

        int from = 0;
        for (int i = 1; i <= actions; i++) {
            String text = "Do <strong>thing " + i + "</strong> with <a rel=\"nofollow\" href=\"https://example.org/" + i + "\">partners</a>";
            String note = "Note <em>" + i + "</em>";
            int at = html.indexOf(text, from);
            assertThat(at).as("action 1.%d's text, after the action before it", i).isGreaterThanOrEqualTo(0);
            assertThat(html.indexOf(text, at + 1)).as("action 1.%d's text once", i).isEqualTo(-1);
            int noted = html.indexOf(note, at);
            assertThat(noted).as("action 1.%d's note in its row", i).isGreaterThan(at);
            assertThat(html.indexOf("second of " + i + "</li>", noted)).isGreaterThan(noted);
            from = noted;
        }
    }
}
