package dev.prevent.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan answering two frameworks (the toolkit's areas and benchmarks) and a list of local risk priorities: what
 * validate says of them, with places, and {@code coverage --framework} for each.
 */
class FrameworkCoverageTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path PLAN = Fixtures.plan("frameworks");

    @TempDir
    Path dir;

    @Test
    void validateWarnsOfAnUnservedItemAndOfRisksNoOpenActionAddressesWorstRatedFirst() {
        Cli.Result result = Cli.run("--plan", PLAN.toString(), "validate", "--as-of", "2016-01-01");

        assertThat(result.exit()).as(result.err()).isZero();
        // serves: {toolkit: [channel-panel]} serves the duty area as duties: would: no uncovered-duty for it.
        assertThat(result.out().lines().filter(line -> line.contains(": warning: "))).containsExactly(
                PLAN + "/plan.yaml:32:7: warning: no action serves item 'b3' (Communications) of framework 'benchmarks'; add one, "
                        + "or name it in the 'serves: {benchmarks: [...]}' of an action that serves it [uncovered-duty]",
                PLAN + "/plan.yaml:38:3: warning: no open action addresses the risk 'venues' (Speakers at venues hired in the City, "
                        + "rated medium); add one, or name it in the 'risks' of an action that responds to it [unaddressed-risk]",
                PLAN + "/plan.yaml:45:3: warning: no open action addresses the risk 'schools' (Safeguarding in schools); add one, "
                        + "or name it in the 'risks' of an action that responds to it [unaddressed-risk]");
    }

    @Test
    void anUnknownFrameworkItemOrRiskIsAnErrorWhereItIsWrittenWithASuggestion() throws Exception {
        Path plan = Fixtures.copy(PLAN, dir);
        Path objective = plan.resolve("objective-1.yaml");
        Files.writeString(objective, Files.readString(objective)
                .replace("benchmarks: [b1, B2]", "benchmarks: [b1, b22]")
                .replace("      benchmarks: b1\n", "      benchmark: b1\n")
                .replace("risks: [online]", "risks: [onlin]"));

        Cli.Result result = Cli.run("--plan", plan.toString(), "validate", "--as-of", "2016-01-01");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains(
                plan + "/objective-1.yaml:13:24: error: item 'b22' of framework 'benchmarks' in the 'serves' of action 1.1 is not "
                        + "declared in plan.yaml (did you mean 'b2'?); its items are b1, b2, b3 [unknown-duty]",
                plan + "/objective-1.yaml:14:13: error: risk 'onlin' of action 1.1 is not listed in plan.yaml's risks (did you mean "
                        + "'online'?); the risks are online, venues, universities, schools [unknown-risk]",
                plan + "/objective-1.yaml:23:7: error: framework 'benchmark' in the 'serves' of action 1.2 is not declared in "
                        + "plan.yaml (did you mean 'benchmarks'?); the frameworks are toolkit, benchmarks [unknown-duty]");
    }

    @Test
    void aFrameworkMayNotTakeTheToolkitsId() throws Exception {
        Path plan = Fixtures.copy(PLAN, dir);
        Path header = plan.resolve("plan.yaml");
        Files.writeString(header, Files.readString(header).replace("frameworks:\n  benchmarks:", "frameworks:\n  toolkit:"));

        Cli.Result result = Cli.run("--plan", plan.toString(), "validate", "--as-of", "2016-01-01");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains(plan + "/plan.yaml:21:3: error: the framework 'toolkit' is the toolkit's areas, which "
                + "plan.yaml lists under 'duties:'; give this framework another id [wrong-type]");
    }

    @Test
    void coverageOfAFrameworkHasARowPerItem() {
        Cli.Result result = Cli.run("--plan", PLAN.toString(), "coverage", "--framework", "benchmarks", "--as-of", "2016-01-01");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("""
                ITEM  NAME                        ACTIONS  OPEN  BEHIND  ONGOING  ON TARGET  COMPLETE  NOT ASSESSED  OVERDUE  VERDICT
                b1    Partnership and governance  2        1     0       1        0          1         0             0        covered
                b2    Risk assessment             1        1     0       1        0          0         0             0        covered
                b3    Communications              0        0     0       0        0          0         0             0        not covered
                2 of 3 items of Prevent assurance benchmarks covered, as of 2016-01-01
                """);
    }

    @Test
    void coverageOfTheRisksIsWorstRatedFirstAndGatesOnAnUnaddressedOne() throws Exception {
        Cli.Result result = Cli.run("--plan", PLAN.toString(), "coverage", "--framework", "risks", "--as-of", "2016-01-01",
                "--format", "json", "--fail-if-any");

        assertThat(result.exit()).isEqualTo(1);
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.get("framework").asText()).isEqualTo("risks");
        assertThat(json.get("duties")).extracting(row -> row.get("key").asText())
                .containsExactly("universities", "online", "venues", "schools");
        assertThat(json.get("duties")).extracting(row -> row.get("verdict").asText())
                .containsExactly("covered", "covered", "no open action", "not covered");
        assertThat(json.get("duties").get(1).get("description").asText()).isEqualTo("high; Prevent risk assessment 2015/16, priority 1");
    }

    @Test
    void theToolkitIsTheDefaultAndTakesItsLongFormToo() {
        Cli.Result result = Cli.run("--plan", PLAN.toString(), "coverage", "--as-of", "2016-01-01", "--format", "csv");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("training,Training programme,,1,1,", "channel-panel,Channel panel,,1,0,");
    }

    @Test
    void anUndeclaredFrameworkIsAUsageErrorNamingThoseThereAre() {
        Cli.Result result = Cli.run("--plan", PLAN.toString(), "coverage", "--framework", "benchmark", "--as-of", "2016-01-01");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("prevent: the plan declares no framework 'benchmark' (did you mean 'benchmarks'?); it has "
                + "toolkit, benchmarks, risks\n");
    }
}
