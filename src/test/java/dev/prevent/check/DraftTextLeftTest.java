package dev.prevent.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.load.MemoryFiles;
import dev.prevent.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What init and import wrote for the council to replace, left as they wrote it: each is a placeholder
 * warning at its own line, so that a draft is never mistaken for the plan.
 */
class DraftTextLeftTest {

    private static final String PLAN = "title: Anytown Prevent Delivery Plan\nperiod: 2026/27\n"
            + "aims: |\n  Keep people safe.\nstatuses:\n  - key: red\n    label: Behind\nagencies:\n  COUNCIL: Anytown Council\n";
    private static final String OBJECTIVE = "id: \"1\"\nname: Partnership\naim: Work together\nactions:\n  - id: \"1.1\"\n"
            + "    title: Working group\n    action: Meet every quarter\n    lead: COUNCIL\n    timescale: 2026/27\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "init's title           | plan.yaml        | title: Anytown Prevent Delivery Plan | title: Prevent Delivery Plan"
                    + " | 1 | 8 | the title 'Prevent Delivery Plan' is still as prevent init wrote it; put the area's name in it, as the paper's first line will show it",
            "init's aims            | plan.yaml        | Keep people safe. | What the plan is for, in a few paragraphs of Markdown."
                    + " | 4 | 3 | 'What the plan is for, in a few paragraphs of Markdown.' in the aims of plan.yaml is the example text prevent init wrote; write the plan's own",
            "init's council         | plan.yaml        | COUNCIL: Anytown Council | COUNCIL: The council"
                    + " | 9 | 3 | agency COUNCIL is still named 'The council', as prevent init wrote it; write the council's name",
            "init's example action  | objective-1.yaml | title: Working group\\n    action: Meet every quarter"
                    + " | title: Partnership working group\\n    action: Hold a Prevent working group with every partner each quarter."
                    + " | 5 | 5 | action 1.1 ('Partnership working group') is still the example prevent init wrote; replace it with one of the plan's own actions, or delete it",
            "init's notes           | objective-1.yaml | timescale: 2026/27 | timescale: 2026/27\\n    notes: Progress and comments, in Markdown."
                    + " | 10 | 12 | 'Progress and comments, in Markdown.' in the notes of action 1.1 is the example text prevent init wrote; write the plan's own",
            "import's aim           | objective-1.yaml | aim: Work together | aim: \"Partnership: write the objective's aim here\""
                    + " | 3 | 20 | 'write the objective's aim here' in the aim of objective 1 is what prevent import wrote where the table gave no aim; write the objective's aim",
            "TBD                    | objective-1.yaml | timescale: 2026/27 | timescale: 2026/27\\n    resources: TBD"
                    + " | 10 | 16 | 'TBD' in the resources of action 1.1 looks like a placeholder left from a draft; write the real text",
            "to be confirmed        | objective-1.yaml | action: Meet every quarter | action: Meet every quarter, venue to be confirmed"
                    + " | 7 | 39 | 'to be confirmed' in the action of action 1.1 looks like a placeholder left from a draft; write the real text",
    })
    void isAWarningAtItsLine(String what, String file, String was, String draft, int line, int column, String message) {
        String plan = PLAN;
        String objective = OBJECTIVE;
        if (file.equals("plan.yaml")) {
            plan = replaced(plan, was, draft);
        } else {
            objective = replaced(objective, was, draft);
        }

        List<Diagnostic> found = placeholders(plan, objective);

        assertThat(placeholders(PLAN, OBJECTIVE)).as("the finished plan").isEmpty();
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.at().file().getFileName().toString()).isEqualTo(file);
            assertThat(d.at().line()).isEqualTo(line);
            assertThat(d.at().column()).isEqualTo(column);
            assertThat(d.message()).isEqualTo(message);
        });
    }

    private static String replaced(String text, String was, String draft) {
        String from = was.replace("\\n", "\n");
        assertThat(text).contains(from);
        return text.replace(from, draft.replace("\\n", "\n"));
    }

    private static List<Diagnostic> placeholders(String plan, String objective) {
        MemoryFiles files = new MemoryFiles(Path.of("p"), Map.of("plan.yaml", plan.getBytes(StandardCharsets.UTF_8),
                "objective-1.yaml", objective.getBytes(StandardCharsets.UTF_8)));
        return Validation.of(files, LocalDate.of(2026, 12, 1)).diagnostics().stream()
                .filter(d -> d.rule().id().equals("placeholder")).toList();
    }
}
