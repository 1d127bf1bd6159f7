package dev.prevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CI recipes shipped for councils, read with the project's YAML library (YAML 1.2, as GitHub reads
 * it, so 'on' is a key, not true) and checked for the shape each CI expects.
 */
class CiRecipesTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String file) throws IOException {
        Object document = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
                .loadFromString(Files.readString(Path.of(file)));
        assertThat(document).as(file).isInstanceOf(Map.class);
        return (Map<String, Object>) document;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theActionTakesThePlansInputsAndUploadsSarifWhenAsked() throws IOException {
        Map<String, Object> action = yaml("action.yml");

        assertThat((Map<String, Object>) action.get("inputs")).containsKeys("plan", "strict", "as-of", "sarif", "upload-sarif");
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertThat(runs).containsEntry("using", "composite");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) runs.get("steps");
        assertThat(steps).anySatisfy(s -> assertThat((String) s.get("uses")).startsWith("actions/setup-java@"));
        assertThat(steps).anySatisfy(s -> assertThat((String) s.get("run")).contains("$GITHUB_ACTION_PATH/action/validate.sh"));
        assertThat(steps).anySatisfy(s -> {
            assertThat((String) s.get("uses")).startsWith("github/codeql-action/upload-sarif@");
            assertThat((String) s.get("if")).contains("inputs.upload-sarif == 'true'");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void thisRepositorysPlanWorkflowUsesTheActionOnPullRequestsThatTouchThePlan() throws IOException {
        Map<String, Object> workflow = yaml(".github/workflows/plan.yml");

        Map<String, Object> on = (Map<String, Object>) workflow.get("on");
        assertThat((List<String>) ((Map<String, Object>) on.get("pull_request")).get("paths")).containsExactly("plans/**");
        assertThat((Map<String, Object>) workflow.get("permissions")).containsEntry("security-events", "write");
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("validate");
        assertThat((List<Map<String, Object>>) job.get("steps")).anySatisfy(s -> assertThat(s).containsEntry("uses", "./"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuildWorkflowTestsAsCiDoesAndReleasesTaggedVersions() throws IOException {
        Map<String, Object> workflow = yaml(".github/workflows/build.yml");

        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps"))
                .anySatisfy(s -> assertThat(s).containsEntry("run", "bash .ci/run"));
        assertThat((Map<String, Object>) jobs.get("release")).containsEntry("if", "startsWith(github.ref, 'refs/tags/v')");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreCommitHookRunsValidateOnPlanFiles() throws IOException {
        Object hooks = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(Path.of(".pre-commit-hooks.yaml")));
        Map<String, Object> hook = ((List<Map<String, Object>>) hooks).get(0);

        assertThat(hook).containsEntry("id", "prevent-validate").containsEntry("entry", "./prevent validate")
                .containsEntry("language", "script").containsEntry("pass_filenames", false);
        assertThat("plans/objective-1-ideologies.yaml").matches(".*" + ((String) hook.get("files")).substring(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitlabJobValidatesMergeRequestsThatTouchThePlan() throws IOException {
        Map<String, Object> job = (Map<String, Object>) yaml("docs/gitlab-ci.yml").get("prevent-validate");

        assertThat((List<String>) job.get("script")).contains("./prevent validate");
        assertThat(job).containsKeys("image", "rules");
    }
}
