package dev.prevent.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a coordinator reads when plan.yaml is wrong, case by case: each message names the key, says what it should
 * be, and points at the line and column. The plan is read from memory, with one valid objective beside it.
 */
class PlanHeaderMessagesTest {

    static final String OBJECTIVE = "id: \"1\"\nname: N\naim: A\nactions:\n  - id: \"1.1\"\n    title: T\n    action: Do\n"
            + "    lead: A\n    timescale: 2015/16\n    status: red\n";
    static final String HEAD = "title: T\nperiod: 2015/16\n";
    static final String STATUSES = "statuses:\n  - key: red\n    label: Behind\n";
    static final String AGENCIES = "agencies:\n  A: Agency\n";

    static List<String> errors(String plan) {
        MemoryFiles files = new MemoryFiles(Path.of("p"), Map.of("plan.yaml", plan.getBytes(StandardCharsets.UTF_8),
                "objective-1.yaml", OBJECTIVE.getBytes(StandardCharsets.UTF_8)));
        return PlanLoader.load(files).diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.at().line() + ":" + d.at().column() + " " + d.message() + " [" + d.rule().id() + "]").toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no statuses      | HEAD + AGENCIES | 1:1 plan.yaml has no 'statuses'; list the plan's progress key, worst first (key, label, colour) [missing-key]
            no agencies      | HEAD + STATUSES | 1:1 plan.yaml has no 'agencies'; map each agency code that may lead an action to its full name [missing-key]
            agency a list    | HEAD + STATUSES + agencies:\\n  A:\\n    - x\\n | 8:5 agency 'A' should be its name, or a mapping of name and email, not a list [wrong-type]
            colour a word    | HEAD + statuses:\\n  - key: red\\n    label: Behind\\n    colour: red\\n + AGENCIES | 6:13 colour 'red' of status 'red' should be written #rrggbb, e.g. #d4351c [wrong-type]
            closed maybe     | HEAD + statuses:\\n  - key: red\\n    label: Behind\\n    closed: maybe\\n + AGENCIES | 6:13 'closed' of status 'red' should be true or false, not 'maybe' [wrong-type]
            title a mapping  | title:\\n  a: b\\nperiod: 2015/16\\n + STATUSES + AGENCIES | 2:3 'title' of plan.yaml should be text, not a mapping (key: value lines) [wrong-type]
            statuses a word  | HEAD + statuses: red\\n + AGENCIES | 3:11 'statuses' of plan.yaml should be a list, not text [wrong-type]
            agencies a list  | HEAD + STATUSES + agencies: [A, B]\\n | 6:11 'agencies' of plan.yaml should be a mapping (key: value lines), not a list [wrong-type]
            duties a list    | HEAD + STATUSES + AGENCIES + duties: [a, b]\\n | 8:9 'duties' of plan.yaml should be a mapping (key: value lines), not a list [wrong-type]
            status no key    | HEAD + statuses:\\n  - label: Behind\\n + AGENCIES | 4:5 a status has no 'key'; it is required [missing-key]
            """)
    void eachMistakeInPlanYamlHasItsOwnMessageAtItsPlace(String name, String parts, String expected) {
        String plan = String.join("", List.of(parts.split("\\s*\\+\\s*")).stream().map(part -> switch (part.strip()) {
            case "HEAD" -> HEAD;
            case "STATUSES" -> STATUSES;
            case "AGENCIES" -> AGENCIES;
            default -> part.strip().replace("\\n", "\n");
        }).toList());

        assertThat(errors(plan)).as(plan).contains(expected.strip());
    }
}
