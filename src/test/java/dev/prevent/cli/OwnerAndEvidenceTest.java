package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An action's owner (the person accountable), its evidence, a recurring timescale and no title, as the outputs show
 * them: {@code list} gains an owner column only when an action names one, the report shows the owner and the
 * evidence, the word Termly stays Termly, and an untitled action is named by its text, never twice.
 */
class OwnerAndEvidenceTest {

    @TempDir
    Path dir;

    final Path plan = Fixtures.plan("owner-evidence");

    @Test
    void theFixtureIsValidWithATermlyTimescaleAndNoTitle() {
        Cli.Result result = Cli.on(plan, "validate");
        assertThat(result.exit()).as(result.all()).isZero();
    }

    @Test
    void listShowsTheOwnerAndNamesAnUntitledActionByItsText() {
        Cli.Result table = Cli.on(plan, "list", "--as-of", "2016-01-01");
        assertThat(table.out()).contains("OWNER", "Jane Smith (Prevent", "Train designated safeguarding leads");
        Cli.Result json = Cli.on(plan, "list", "--format", "json", "--as-of", "2016-01-01");
        assertThat(json.out()).contains("\"title\" : \"Train designated safeguarding leads in making a referral\"",
                "\"owner\" : \"Jane Smith (Prevent Coordinator)\"", "\"timescale\" : \"Termly\"");
        assertThat(json.out().split("\"owner\"", -1)).as("only the action with an owner has the field").hasSize(2);
        Cli.Result csv = Cli.on(plan, "list", "--format", "csv", "--as-of", "2016-01-01");
        assertThat(csv.out().lines().findFirst().orElseThrow()).contains(",lead,owner,status,");
    }

    @Test
    void theWordPaperShowsTheOwnerUnderTheLeadAndTheEvidence() throws IOException {
        Path docx = dir.resolve("paper.docx");
        Cli.Result result = Cli.on(plan, "report", "--as-of", "2016-01-01", "--format", "docx", "-o", docx.toString());
        assertThat(result.exit()).as(result.all()).isZero();
        try (var in = Files.newInputStream(docx); var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Owner: Jane Smith (Prevent Coordinator)", "Evidence:", "Training log", "Termly");
        }
    }

    @Test
    void aPlanWithoutOwnersHasNoOwnerColumn() {
        Cli.Result table = Cli.on(Fixtures.plan("valid"), "list", "--as-of", "2016-01-01");
        assertThat(table.out()).doesNotContain("OWNER");
    }

    @Test
    void theReportShowsTheOwnerAndTheEvidenceAndAnUntitledActionOnce() throws IOException {
        Path html = dir.resolve("report.html");
        Cli.Result result = Cli.on(plan, "report", "--as-of", "2016-01-01", "-o", html.toString());
        assertThat(result.exit()).as(result.all()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<dt>Owner</dt><dd>Jane Smith (Prevent Coordinator)</dd>", "<strong>Evidence</strong>",
                "Training log", "Termly");
        assertThat(page.split("Train designated safeguarding leads in making a referral", -1).length - 1)
                .as("the action's text once in its row, once in no title: in the row only").isEqualTo(1);
        Cli.Result md = Cli.on(plan, "report", "--as-of", "2016-01-01", "--format", "markdown");
        assertThat(md.out()).contains("### 1.1\n", "- **Owner:** Jane Smith (Prevent Coordinator)", "**Evidence**",
                "- https://example.org/referral-form");
    }
}
