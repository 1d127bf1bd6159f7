package dev.prevent.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way the format lets a value an edit touches be written, edited: a key left blank, a block text, a list on one
 * line or as lines, a bare code, an action written on one line, a log on one line, empty, or absent. Each edit
 * writes a plan that validates with exactly the values asked for, and changes nothing else. Before, a key left
 * blank, a block text and a one-line action were refused with a YAML error at a line the user never wrote.
 */
class EditShapesTest {

    static final LocalDate TODAY = LocalDate.of(2016, 4, 1);

    @TempDir
    Path dir;

    static final String ACTION = "  - id: 2.1\n    title: Training\n    duties: [training]\n    action: Provide training to staff\n"
            + "    lead: NO\n    success_criteria: [Workshops held]\n    timescale: 2016-06\n    status: at-risk\n    notes: |\n"
            + "      Two workshops booked\n      Venue still to confirm\n";

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("status left blank", "    status: at-risk\n", "    status:\n"),
                Arguments.of("status as a block text", "    status: at-risk\n", "    status: >-\n      at-risk\n"),
                Arguments.of("lead left blank", "    lead: NO\n", "    lead:\n"),
                Arguments.of("lead as a block list", "    lead: NO\n", "    lead:\n      - NO\n"),
                Arguments.of("lead as a flow list", "    lead: NO\n", "    lead: [NO]\n"),
                Arguments.of("timescale left blank", "    timescale: 2016-06\n", "    timescale:\n"),
                Arguments.of("timescale as a block text", "    timescale: 2016-06\n", "    timescale: |\n      2016-06\n"),
                Arguments.of("log empty on one line", "    status: at-risk\n", "    status: at-risk\n    updates: []\n"),
                Arguments.of("log left blank", "    status: at-risk\n", "    status: at-risk\n    updates:\n"),
                Arguments.of("log on one line", "    status: at-risk\n",
                        "    status: at-risk\n    updates: [{date: 2015-05-01, status: at-risk}]\n"),
                Arguments.of("log as lines", "    status: at-risk\n",
                        "    status: at-risk\n    updates:\n      - date: 2015-05-01\n        status: at-risk\n"),
                Arguments.of("the action on one line", ACTION, "  - {id: 2.1, title: Training, duties: [training], action: Provide "
                        + "training to staff, lead: NO, success_criteria: [Workshops held], timescale: 2016-06, status: at-risk, "
                        + "notes: \"Two workshops booked\\nVenue still to confirm\\n\"}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void anEditOfEachShapeWritesWhatWasAskedAndNothingElse(String shape, String from, String to) throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        Path file = plan.resolve("objective-2.yaml");
        String original = Files.readString(file);
        String written = original.replace(from, to);
        assertThat(written).as("the fixture has %s", from).isNotEqualTo(original);
        Files.writeString(file, written);
        Plan before = Validation.of(plan, TODAY).validPlan();

        Cli.Result result = Cli.run("--plan", plan.toString(), "update", "2.1", "--status", "on", "--note", "Booked: all, {three}",
                "--lead", "COLC", "--timescale", "Q4 2015/16", "--date", "2016-01-20");

        assertThat(result.exit()).as(shape + "\n" + result.all()).isZero();
        Validation after = Validation.of(plan, TODAY);
        assertThat(after.errors()).as("%s: %s", shape, after.diagnostics()).isZero();
        Action edited = action(after.plan(), "2.1");
        assertThat(edited.status()).isEqualTo("on");
        assertThat(edited.lead()).containsExactly("COLC");
        assertThat(edited.timescale().written()).isEqualTo("Q4 2015/16");
        assertThat(edited.updates().get(edited.updates().size() - 1).note()).isEqualTo("Booked: all, {three}");
        assertThat(List.of(edited.title(), edited.action(), edited.successCriteria().toString(), edited.duties().toString()))
                .isEqualTo(List.of("Training", "Provide training to staff", "[Workshops held]", "[training]"));
        Map<String, Action> was = byId(before);
        Map<String, Action> is = byId(after.plan());
        was.keySet().stream().filter(id -> !id.equals("2.1")).forEach(id -> assertThat(fields(is.get(id))).as(id)
                .isEqualTo(fields(was.get(id))));
    }

    private static Action action(Plan plan, String id) {
        return plan.actions().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Object> fields(Action a) {
        return List.of(a.title(), String.valueOf(a.theme()), a.action(), a.lead(), a.successCriteria(),
                String.valueOf(a.timescale() == null ? null : a.timescale().written()), a.resources(), String.valueOf(a.status()),
                String.valueOf(a.notes()), a.updates().stream().map(u -> u.date() + "|" + u.status() + "|" + u.note()).toList(),
                a.duties());
    }

    private static Map<String, Action> byId(Plan plan) {
        return plan.actions().collect(Collectors.toMap(Action::id, Function.identity()));
    }
}
