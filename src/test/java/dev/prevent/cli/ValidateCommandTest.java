package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code prevent validate} as users and CI run it: outputs, exit codes, global options. */
class ValidateCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String AS_OF = "2016-04-01";

    @Test
    void theShippedPlanPassesWithItsWarningsEachOnItsLine() {
        Cli.Result result = Cli.run("validate", "--as-of", AS_OF);

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.out()).contains(
                "plans/objective-2-individuals.yaml:25:14: warning: 'xxx' in the success criteria of action 2.1 "
                        + "looks like a placeholder left from a draft; write the real text [placeholder]",
                "plans/objective-3-institutions.yaml:54:7: warning: 'Insert details' in the notes of action 3.2",
                "plans/objective-2-individuals.yaml:15:5: warning: action 2.1 has no lead",
                "plans/objective-1-ideologies.yaml:9:5: warning: action 1.1 has not been assessed");
        assertThat(result.out().lines().filter(l -> l.matches("plans/[\\w.-]+:\\d+:\\d+: warning: .* \\[[a-z-]+]")))
                .hasSize((int) result.out().lines().count() - 1);
        assertThat(result.out().lines().reduce((a, b) -> b)).contains("plans: 0 errors, 29 warnings in 5 files");
        assertThat(result.out()).doesNotContain("\u001b[");
    }

    @Test
    void strictFailsOnWarnings() {
        assertThat(Cli.run("validate", "--strict", "--as-of", AS_OF).exit()).isEqualTo(1);
    }

    @Test
    void errorsFailWithExitOne() {
        Cli.Result result = Cli.run("--plan", "src/test/resources/plans/unknown-lead", "validate");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("src/test/resources/plans/unknown-lead/objective.yaml:8:18: error: lead 'POLCE'")
                .contains("1 error, 0 warnings in 2 files");
    }

    @Test
    void jsonHasTheSpecsFields() throws Exception {
        Cli.Result result = Cli.run("--plan", "src/test/resources/plans/unknown-lead", "validate", "--format", "json");

        JsonNode json = JSON.readTree(result.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("warnings").asInt()).isZero();
        JsonNode d = json.get("diagnostics").get(0);
        assertThat(d.get("file").asText()).isEqualTo("src/test/resources/plans/unknown-lead/objective.yaml");
        assertThat(d.get("line").asInt()).isEqualTo(8);
        assertThat(d.get("column").asInt()).isEqualTo(18);
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("rule").asText()).isEqualTo("unknown-lead");
        assertThat(d.get("message").asText()).contains("did you mean 'POLICE'?");
        assertThat(json.fieldNames()).toIterable().containsExactly("valid", "errors", "warnings", "diagnostics");
    }

    @Test
    void jsonOfTheShippedPlanIsValidUnlessStrict() throws Exception {
        assertThat(JSON.readTree(Cli.run("validate", "--format", "json", "--as-of", AS_OF).out()).get("valid").asBoolean())
                .isTrue();
        Cli.Result strict = Cli.run("validate", "--format", "json", "--strict", "--as-of", AS_OF);
        assertThat(JSON.readTree(strict.out()).get("valid").asBoolean()).isFalse();
        assertThat(strict.exit()).isEqualTo(1);
    }

    @Test
    void githubFormatWritesWorkflowCommands() {
        Cli.Result result = Cli.run("--plan", "src/test/resources/plans/unknown-key", "validate", "--format", "github");

        assertThat(result.out().lines().findFirst()).contains(
                "::error file=src/test/resources/plans/unknown-key/objective.yaml,line=11,col=5,title=unknown-key::"
                        + "'sucess_criteria' is not a key of action 1.1 (did you mean 'success_criteria'?); the keys are "
                        + "id, title, theme, action, lead, owner, success_criteria, timescale, resources, status, notes, updates, duties, serves, risks, evidence");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void sarifIsVersion210WithAResultPerDiagnostic() throws Exception {
        JsonNode sarif = JSON.readTree(Cli.run("validate", "--format", "sarif", "--as-of", AS_OF).out());

        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("prevent");
        assertThat(run.get("results")).hasSize(29);
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("level").asText()).isEqualTo("warning");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("plans/objective-1-ideologies.yaml");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
    }

    @Test
    void thePlanOptionIsAcceptedBeforeOrAfterTheCommand() {
        String plan = "src/test/resources/plans/valid";
        Cli.Result before = Cli.run("--plan", plan, "validate");
        Cli.Result after = Cli.run("validate", "-p", plan);

        assertThat(before.exit()).isZero();
        assertThat(after.out()).isEqualTo(before.out()).contains("src/test/resources/plans/valid: no problems in 2 files");
    }

    @Test
    void thePlanComesFromPreventPlanWhenNotGiven() {
        Cli.Result result = Cli.run(Map.of("PREVENT_PLAN", "src/test/resources/plans/valid"), "validate");

        assertThat(result.out()).contains("src/test/resources/plans/valid: no problems");
    }

    @Test
    void aMissingPlanFolderIsAUsageErrorWithoutAStackTrace() {
        Cli.Result result = Cli.run("--plan", "no/such/folder", "validate");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("prevent: no plan folder at 'no/such/folder' (name one with --plan DIR, "
                + "or set PREVENT_PLAN)\n");
    }

    @Test
    void aPlanThatIsAFileIsAUsageError() {
        Cli.Result result = Cli.run("--plan", "plans/plan.yaml", "validate");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("'plans/plan.yaml' is a file");
    }

    @Test
    void debugShowsTheStackTrace() {
        Cli.Result result = Cli.run("--debug", "--plan", "no/such/folder", "validate");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("dev.prevent.exit.UserError").contains("\tat ");
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithASuggestion() {
        Cli.Result result = Cli.run("valdate");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("prevent: Unmatched argument at index 0: 'valdate'")
                .contains("Did you mean: prevent validate?");
        assertThat(Cli.run("lsit").err()).contains("Did you mean: prevent list?");
    }

    @Test
    void everyCommandsHelpHasAnExample() {
        for (String command : java.util.List.of("validate", "list", "overdue", "leads", "report", "changes", "schema",
                "init", "import")) {
            Cli.Result help = Cli.run(command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).as(command).containsPattern("Examples:\n  prevent .*" + command);
        }
    }

    @Test
    void aBadAsOfDateIsAUsageError() {
        Cli.Result result = Cli.run("validate", "--as-of", "2016-13-01");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("'2016-13-01' is not a day; write YYYY-MM-DD, DD/MM/YYYY (day first) or 1 December 2026");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result result = Cli.run("validate", "--format", "xml");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--format").contains("text, json, github, sarif");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(Cli.run().exit()).isEqualTo(2);
    }

    @Test
    void helpNamesTheOutputsAndAnExample() {
        Cli.Result result = Cli.run("validate", "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("FILE:LINE:COL").contains("--strict").contains("prevent validate --strict");
    }

    @Test
    void fileNamesAreAsGivenRelativeToTheCurrentFolder() {
        Cli.Result result = Cli.run("--plan", Path.of("./src/test/resources/plans/unknown-lead").toString(), "validate");

        assertThat(result.out()).startsWith("src/test/resources/plans/unknown-lead/objective.yaml:8:18:");
    }
}
