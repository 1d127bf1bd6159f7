package dev.prevent.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prevent coverage} on a plan with a framework of its own: each verdict, every format, the CI gate,
 * and a plan that declares no areas.
 */
class CoverageTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PLAN = Fixtures.plan("report").toString();

    @TempDir
    Path dir;

    @Test
    void eachAreaGetsItsCountsAndVerdictInTheTable() {
        Cli.Result result = Cli.run("--plan", PLAN, "coverage", "--as-of", "2016-04-01");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("""
                DUTY              AREA                           ACTIONS  OPEN  OFF TRACK  AT RISK  ON TRACK  DONE  NOT ASSESSED  OVERDUE  VERDICT
                training          Training programme             2        2     0          1        1         0     0             0        covered
                referral-pathway  Referral pathway               2        2     1          0        0         0     1             2        all overdue
                partnership-plan  Partnership plan               1        0     0          0        0         1     0             0        no open action
                communications    Communications and engagement  0        0     0          0        0         0     0             0        not covered
                1 of 4 duty areas covered, as of 2016-04-01
                """);
    }

    @Test
    void jsonHasEveryAreaWithItsActions() throws Exception {
        JsonNode json = JSON.readTree(Cli.run("--plan", PLAN, "coverage", "--as-of", "2016-04-01", "--format", "json").out());

        assertThat(json.get("asOf").asText()).isEqualTo("2016-04-01");
        JsonNode training = json.get("duties").get(0);
        assertThat(training.get("key").asText()).isEqualTo("training");
        assertThat(training.get("description").asText()).isEqualTo("Staff know what to look for and how to refer");
        assertThat(training.get("statuses").get("at-risk").asInt()).isEqualTo(1);
        assertThat(training.get("actionIds")).extracting(JsonNode::asText).containsExactly("1.2", "2.1");
        assertThat(json.get("duties").get(3).get("verdict").asText()).isEqualTo("not covered");
    }

    @Test
    void csvHasTheJsonsFieldsAndMarkdownATable() throws Exception {
        String csv = Cli.run("--plan", PLAN, "coverage", "--as-of", "2016-04-01", "--format", "csv").out();
        String markdown = Cli.run("--plan", PLAN, "coverage", "--as-of", "2016-04-01", "--format", "markdown").out();

        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactly("key", "name", "description", "actions", "open", "off", "at-risk",
                    "on", "done", "notAssessed", "overdue", "verdict", "actionIds");
            CSVRecord referral = parser.getRecords().get(1);
            assertThat(referral.get("verdict")).isEqualTo("all overdue");
            assertThat(referral.get("actionIds")).isEqualTo("1.1;2.3");
        }
        assertThat(markdown).contains("|DUTY|AREA|", "|partnership-plan|Partnership plan|1|0|", "no open action");
    }

    @Test
    void failIfAnyGatesOnAnAreaNotCovered() throws Exception {
        assertThat(Cli.run("--plan", PLAN, "coverage", "--fail-if-any").exit()).isEqualTo(1);

        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        Files.writeString(plan.resolve("objective-1.yaml"), Files.readString(plan.resolve("objective-1.yaml"))
                .replace("duties: [training]", "duties: [training, communications]"));
        assertThat(Cli.run("--plan", plan.toString(), "coverage", "--fail-if-any").exit()).isZero();
    }

    @Test
    void aPlanWithoutAreasIsToldHowToDeclareThem() {
        Cli.Result result = Cli.run("--plan", Fixtures.plan("queries").toString(), "coverage");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("the plan declares no duty areas", "'duties:'", "prevent init");
    }

    @Test
    void theShippedPlanSaysWhatThe2015PlanDoesNotCover() {
        Cli.Result result = Cli.run("coverage", "--as-of", "2016-04-01");

        assertThat(result.out()).contains("partnership-plan         Partnership plan                  0        0",
                "not covered", "7 of 8 duty areas covered");
    }

    @Test
    void theTableShadesCountsByTheirStatusAndEveryVerdictButCovered() {
        LocalDate asOf = LocalDate.of(2016, 4, 1);
        DutyCoverage coverage = DutyCoverage.of(dev.prevent.check.Validation.of(Fixtures.plan("report"), asOf).validPlan(), asOf);

        List<List<String>> colours = coverage.table().rows().stream().map(row -> row.stream()
                .map(c -> c.colour() == null ? "-" : c.colour()).toList()).toList();
        // training: at-risk 1, on 1, covered; referral-pathway: off 1, all overdue.
        assertThat(colours.get(0)).containsExactly("-", "-", "-", "-", "-", "#f47738", "#00703c", "-", "-", "-", "-");
        assertThat(colours.get(1)).containsExactly("-", "-", "-", "-", "#d4351c", "-", "-", "-", "-", "-", "#d4351c");
        assertThat(colours.get(3).get(10)).isEqualTo("#d4351c");
        assertThat(coverage.fields().rows()).allSatisfy(row -> assertThat(row).allSatisfy(c -> assertThat(c.colour()).isNull()));
        assertThat(coverage.isEmpty()).isFalse();
    }
}
