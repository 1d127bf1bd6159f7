package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper made from a plan that still holds placeholders says at its top that it is a draft, and where they are,
 * in every format; a finished plan's paper says nothing of the kind.
 */
class DraftPaperTest {

    @TempDir
    Path dir;

    @Test
    void aNewPlansPaperIsMarkedDraftWithEachPlaceLeftInEveryFormat() throws IOException {
        Path plan = dir.resolve("plan");
        assertThat(Cli.run("init", plan.toString()).exit()).isZero();

        Cli.Result htmlRun = Cli.on(plan, "report", "-o", "-");
        String html = htmlRun.out();
        String markdown = Cli.on(plan, "report", "--format", "markdown", "-o", "-").out();
        Path docx = dir.resolve("paper.docx");
        assertThat(Cli.on(plan, "report", "--format", "docx", "-o", docx.toString()).exit()).isZero();

        // The paper says it is a draft in a few lines on page 1; the places are for the coordinator, on standard error.
        assertThat(html).contains("<h2 id=\"draft\">Draft: 5 places in the plan still hold placeholder text</h2>")
                .doesNotContain("is still as prevent init wrote it");
        assertThat(html.indexOf("id=\"draft\"")).as("before the summary").isLessThan(html.indexOf("id=\"summary\""));
        assertThat(markdown).contains("> **Draft: 5 places in the plan still hold placeholder text.**");
        assertThat(htmlRun.err()).contains("prevent: the paper says it is a draft: 5 places in the plan still hold placeholder text:",
                "  plan.yaml, line 3: the title 'Prevent Delivery Plan' is still as prevent init wrote it;",
                "  plan.yaml, line 29: agency COUNCIL is still named 'The council', as prevent init wrote it; write the council's name",
                "  objective-1-example.yaml, line 7: action 1.1 ('Partnership working group') is still the example prevent init wrote");
        try (var in = Files.newInputStream(docx); var document = new XWPFDocument(in); var text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Draft: 5 places in the plan still hold placeholder text")
                    .doesNotContain("is still the example prevent init wrote");
        }
    }

    @Test
    void aPaperListsTheFirstTenPlacesAndCountsTheRest() throws IOException {
        Path plan = dir.resolve("plan");
        Fixtures.copy(Fixtures.plan("valid"), plan);
        Path objective = Files.list(plan).filter(p -> p.getFileName().toString().startsWith("objective")).findFirst().orElseThrow();
        Files.writeString(objective, Files.readString(objective) + "    resources: \"TBC TBC TBC TBC TBC TBC TBC TBC TBC TBC TBC TBC\"\n");
        assertThat(Cli.on(plan, "validate").exit()).as(Cli.on(plan, "validate").all()).isZero();

        String err = Cli.on(plan, "report", "--format", "markdown", "-o", "-").err();

        assertThat(err).contains("draft: 12 places in the plan still hold placeholder text:", "  and 2 more; prevent validate lists every one");
        assertThat(err.lines().filter(l -> l.startsWith("  ") && l.contains("'TBC'"))).hasSize(10);
    }

    @Test
    void aFinishedPlansPaperSaysNothingOfADraft() {
        String html = Cli.on(Fixtures.plan("valid"), "report", "-o", "-").out();
        assertThat(html).contains("id=\"summary\"").doesNotContain("Draft:", "class=\"draft\"");
    }
}
