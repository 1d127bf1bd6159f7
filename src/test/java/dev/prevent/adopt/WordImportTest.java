package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prevent import FILE.docx} of a Word table built as councils' plans are ({@link WordPlanTable}): objective
 * rows merged across, a lead merged down, a row split by a page break, bullets, bold, shaded Progress cells.
 */
class WordImportTest {

    static final LocalDate TODAY = LocalDate.of(2016, 4, 1);

    @TempDir
    Path dir;

    /** A plan folder with the given plan's header and no objectives: where a council's first import goes. */
    Path emptyPlan(Path from) throws IOException {
        Path plan = Files.createDirectories(dir.resolve("new-plan"));
        Files.copy(from.resolve("plan.yaml"), plan.resolve("plan.yaml"));
        return plan;
    }

    static Plan plan(Path folder) {
        Validation validation = Validation.of(folder, TODAY);
        assertThat(validation.errors()).as("%s", validation.diagnostics()).isZero();
        return validation.plan();
    }

    /** Text as a reader compares it: runs of spaces and line breaks are one space. */
    static String words(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    static List<String> words(List<String> items) {
        return items.stream().map(WordImportTest::words).toList();
    }

    @Test
    void theShippedPlanWrittenAsItsWordOriginalComesBackWithEveryCellsWords() throws IOException {
        Plan shipped = plan(Fixtures.shippedPlan());
        Path docx = dir.resolve("City of London Prevent Delivery Plan.docx");
        WordPlanTable.write(shipped, docx, "1.1", false);
        Path into = emptyPlan(Fixtures.shippedPlan());
        // The table is built as the original: 1.1's ALL written once and merged down over five rows (and 1.1's own
        // row split by a page break), 2.1's empty lead cell over 2.2 to 2.4, 3.1's leads over 3.2 to 3.4.
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            long continued = document.getTables().get(0).getRows().stream().filter(r -> r.getTableCells().size() > 1)
                    .map(r -> r.getCell(1).getCTTc().getTcPr()).filter(p -> p != null && p.getVMerge() != null
                            && p.getVMerge().getVal() != org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART)
                    .count();
            assertThat(continued).isEqualTo(5 + 1 + 3 + 3);
        }

        Cli.Result result = Cli.run("--plan", into.toString(), "import", docx.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo("wrote " + into.resolve("objective-1-ideologies.yaml") + " (6 actions)\n"
                + "wrote " + into.resolve("objective-2-individuals.yaml") + " (4 actions)\n"
                + "wrote " + into.resolve("objective-3-institutions.yaml") + " (4 actions)\n");
        Plan imported = plan(into);
        assertThat(imported.objectives()).extracting(o -> o.id() + " " + o.name())
                .containsExactly("1 Ideologies", "2 Individuals", "3 Institutions");
        Map<String, Action> byId = imported.actions().collect(Collectors.toMap(Action::id, Function.identity()));
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(shipped.actions().map(Action::id).toList());
        List<String> leadAbove = List.of();
        String objectiveAbove = "";
        String themeAbove = null;
        for (Action original : shipped.actions().toList()) {
            String objective = original.id().split("\\.")[0];
            if (!objective.equals(objectiveAbove)) {
                themeAbove = null;
                leadAbove = List.of();
            }
            if (original.theme() != null && !original.theme().equals(themeAbove)) {
                leadAbove = List.of();
                themeAbove = original.theme();
            }
            objectiveAbove = objective;
            Action back = byId.get(original.id());
            String id = original.id();
            assertThat(words(back.action())).as(id + " action").isEqualTo(words(original.action()));
            assertThat(words(back.successCriteria())).as(id + " success criteria").isEqualTo(words(original.successCriteria()));
            assertThat(back.timescale() == null ? null : back.timescale().written()).as(id + " timescale")
                    .isEqualTo(original.timescale() == null ? null : original.timescale().written());
            assertThat(words(back.resources())).as(id + " resources").isEqualTo(words(original.resources()));
            // The COMMENTS/ PROGRESS column is what has happened: the log's note of the status read, not the notes.
            String progress = String.join(" ", back.updates().stream().map(dev.prevent.model.Update::note)
                    .filter(java.util.Objects::nonNull).toList());
            assertThat(words((back.notes() == null ? "" : back.notes()) + " " + progress)).as(id + " notes")
                    .isEqualTo(words(original.notes()));
            assertThat(back.theme()).as(id + " theme").isEqualTo(original.theme());
            assertThat(back.status()).as(id + " status").isEqualTo(original.status());
            // 1.1's ALL is one cell merged down over the six actions of its theme, as in the original; an action with
            // no lead (3.2 to 3.4) is under the cell above, merged down over it, and gets that lead, as a reader would.
            List<String> lead = original.lead().isEmpty() ? leadAbove : original.lead();
            leadAbove = lead;
            assertThat(back.lead()).as(id + " lead").isEqualTo(lead);
        }
        // The split row of 1.1 was joined, and said so; the repeated heading rows were not actions.
        assertThat(result.err()).contains("table 1 row 5: the ACTION cell is empty, so this row continues the action above");
        assertThat(byId.get("1.1").action()).contains("**Community Groups**");
    }

    @Test
    void shadedProgressCellsGiveTheStatusOfThatColourAndSaySo() throws IOException {
        Path from = Fixtures.plan("report");
        Plan original = plan(from);
        Path docx = dir.resolve("shaded.docx");
        WordPlanTable.write(original, docx, null, true);
        Path into = emptyPlan(from);

        Cli.Result result = Cli.run("--plan", into.toString(), "import", docx.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        Plan imported = plan(into);
        assertThat(imported.actions().map(a -> a.id() + "=" + a.status()))
                .containsExactlyElementsOf(original.actions().map(a -> a.id() + "=" + a.status()).toList());
        assertThat(result.err()).contains("the progress cell is shaded red (#d4351c), read as off (Off track)",
                "the progress cell is shaded orange (#f47738), read as at-risk (At risk)");
    }

    @Test
    void aTableWithoutAnActionColumnIsSkippedAndATitleAboveTheHeadingsIsKept() throws IOException {
        Path docx = dir.resolve("plan.docx");
        WordPlanTable.writeRows(docx, List.of(List.of("Version", "Date"), List.of("1.6", "May 2015")));
        Path into = emptyPlan(Fixtures.shippedPlan());

        Cli.Result refused = Cli.run("--plan", into.toString(), "import", docx.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("has no column read as the action; its first row reads Version, Date");
    }
}
