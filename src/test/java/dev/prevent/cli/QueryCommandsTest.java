package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code list}, {@code overdue} and {@code leads} as users and scripts run them. */
class QueryCommandsTest {

    static final String FIXTURE = "src/test/resources/plans/queries";
    static final ObjectMapper JSON = new ObjectMapper();

    static Cli.Result onFixture(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--plan";
        all[1] = FIXTURE;
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    @Test
    void overdueOnTheShippedPlanIsEveryActionDueByTheEndOfMarch2016() {
        Cli.Result result = Cli.run("overdue", "--as-of", "2016-04-01", "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(ids(result)).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1");
    }

    @Test
    void nothingOfTheShippedPlanIsOverdueInJune2015() {
        Cli.Result result = Cli.run("overdue", "--as-of", "2015-06-01");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("no actions match, as of 2015-06-01\n");
    }

    @Test
    void jsonHasExactlyTheSpecsFields() throws Exception {
        JsonNode json = JSON.readTree(onFixture("list", "--lead", "COLC", "--as-of", "2016-04-01", "--format", "json").out());

        assertThat(json.fieldNames()).toIterable().containsExactly("asOf", "count", "actions");
        assertThat(json.get("asOf").asText()).isEqualTo("2016-04-01");
        assertThat(json.get("count").asInt()).isEqualTo(4);
        JsonNode a = json.get("actions").get(1);
        assertThat(a.fieldNames()).toIterable().containsExactly("id", "title", "objective", "theme", "lead", "status",
                "statusLabel", "timescale", "due", "overdue", "lastUpdate", "file", "line");
        assertThat(a.get("id").asText()).isEqualTo("1.2");
        assertThat(a.get("title").asText()).isEqualTo("Due at a month's end");
        assertThat(a.get("objective").asText()).isEqualTo("1");
        assertThat(a.get("theme").isNull()).isTrue();
        assertThat(a.get("lead")).extracting(JsonNode::asText).containsExactly("COLC", "COLP");
        assertThat(a.get("status").asText()).isEqualTo("at-risk");
        assertThat(a.get("statusLabel").asText()).isEqualTo("At risk");
        assertThat(a.get("timescale").asText()).isEqualTo("2016-02");
        assertThat(a.get("due").asText()).isEqualTo("2016-02-29");
        assertThat(a.get("overdue").asBoolean()).isTrue();
        assertThat(a.get("lastUpdate").isNull()).isTrue();
        assertThat(a.get("file").asText()).isEqualTo(FIXTURE + "/objective-1.yaml");
        assertThat(a.get("line").asInt()).isEqualTo(16);
        JsonNode first = json.get("actions").get(0);
        assertThat(first.get("lastUpdate").asText()).isEqualTo("2015-09-01");
        JsonNode unassessed = json.get("actions").get(2);
        assertThat(unassessed.get("id").asText()).isEqualTo("10.2");
        assertThat(unassessed.get("status").isNull()).isTrue();
        assertThat(unassessed.get("statusLabel").isNull()).isTrue();
    }

    @Test
    void csvSurvivesARoundTripThroughACsvReader() throws Exception {
        Cli.Result result = onFixture("list", "--objective", "2", "--as-of", "2016-04-01", "--format", "csv");

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(result.out())).getRecords();
        assertThat(records).hasSize(2);
        CSVRecord hostile = records.get(1);
        assertThat(hostile.get("id")).isEqualTo("2.2");
        assertThat(hostile.get("title")).isEqualTo("Comma, \"quotes\" | a pipe\nand a second line");
        assertThat(hostile.get("lead")).isEqualTo("COLP");
        assertThat(hostile.get("due")).isEmpty();
        assertThat(hostile.get("overdue")).isEqualTo("false");
        assertThat(records.get(0).get("lastUpdate")).isEqualTo("2015-08-15");
        assertThat(result.out()).contains("\r\n");
    }

    @Test
    void csvJoinsJointLeadsWithSemicolons() throws Exception {
        Cli.Result result = onFixture("list", "--objective", "10", "--status", "at-risk", "--format", "csv");

        CSVRecord record = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(result.out())).getRecords().get(0);
        assertThat(record.get("lead")).isEqualTo("NHS;COLC");
    }

    @Test
    void markdownIsAGfmTableThatSurvivesPipesAndNewlines() {
        Cli.Result result = onFixture("list", "--as-of", "2016-04-01", "--format", "markdown");

        Document html = Jsoup.parse(HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(result.out())));
        assertThat(html.select("table")).hasSize(1);
        assertThat(html.select("thead th")).hasSize(7);
        assertThat(html.select("tbody tr")).hasSize(13);
        for (Element row : html.select("tbody tr")) {
            assertThat(row.select("td")).as(row.text()).hasSize(7);
        }
        Element hostile = html.select("tbody tr").get(5);
        assertThat(hostile.select("td").get(0).text()).isEqualTo("2.2");
        assertThat(hostile.select("td").get(1).text()).isEqualTo("Comma, \"quotes\" | a pipe and a second line");
        assertThat(result.out()).endsWith("13 actions, as of 2016-04-01\n");
    }

    @Test
    void aTableIsAlignedAndCutsLongTitles() {
        Cli.Result result = onFixture("list", "--objective", "2", "--as-of", "2016-04-01");

        assertThat(result.out()).isEqualTo(""
                + "ID   TITLE                                     LEAD  STATUS    DUE         OVERDUE  UPDATED\n"
                + "2.1  Second quarter                            NHS   On track  2015-09-30  overdue  2015-08-15\n"
                + "2.2  Comma, \"quotes\" | a pipe and a second l…  COLP  On track  -                    -\n"
                + "2 actions, as of 2016-04-01\n");
    }

    @Test
    void failIfAnyTurnsAQueryIntoAGate() {
        assertThat(onFixture("overdue", "--as-of", "2016-04-01", "--fail-if-any").exit()).isEqualTo(1);
        assertThat(onFixture("overdue", "--as-of", "2015-06-30", "--fail-if-any").exit()).isZero();
        assertThat(onFixture("list", "--status", "none", "--fail-if-any").exit()).isEqualTo(1);
        assertThat(onFixture("list", "--status", "none").exit()).isZero();
    }

    @Test
    void overdueTakesListsOptions() throws Exception {
        Cli.Result result = onFixture("overdue", "--lead", "NO", "--status", "off", "--as-of", "2016-04-01", "--format", "json");

        assertThat(ids(result)).containsExactly("10.1", "10.5");
    }

    @Test
    void anUnknownLeadOrStatusIsAUsageError() {
        Cli.Result lead = onFixture("list", "--lead", "COLPP");
        // 'red' is the plan's status shown in red ('off'); 'purple' is none of its statuses.
        Cli.Result status = onFixture("overdue", "--status", "purple");

        assertThat(lead.exit()).isEqualTo(2);
        assertThat(lead.err()).isEqualTo("prevent: no agency 'COLPP' in this plan (did you mean 'COLP'?); "
                + "the agencies are COLC, COLP, NHS, NO, SPARE\n");
        assertThat(lead.out()).isEmpty();
        assertThat(status.exit()).isEqualTo(2);
        assertThat(status.err()).contains("'purple' is not a status of this plan; the scale is off (Off track), at-risk (At risk), on (On track), done (Done)");
    }

    @Test
    void aPlanWithErrorsIsRefusedWithItsErrorsOnStderr() {
        Cli.Result result = Cli.run("--plan", "src/test/resources/plans/unknown-status", "list");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("prevent: src/test/resources/plans/unknown-status has 1 error; fix it first "
                + "(prevent validate lists warnings too):\n"
                + "src/test/resources/plans/unknown-status/objective.yaml:10:13: error: status 'bleu' of action 1.1 is not "
                + "on the plan's scale (did you mean 'blue'?); the statuses are red, blue, green [unknown-status]\n");
    }

    @Test
    void leadsListsEveryAgencyWithItsCounts() throws Exception {
        Cli.Result table = onFixture("leads", "--as-of", "2016-04-01");
        JsonNode json = JSON.readTree(onFixture("leads", "--as-of", "2016-04-01", "--format", "json").out());

        assertThat(table.out()).startsWith(
                "LEAD   AGENCY                                ACTIONS  OFF TRACK  AT RISK  ON TRACK  DONE  NOT ASSESSED  OVERDUE\n"
                        + "COLC   City of London Corporation            4        1          2        0         0     1             4\n");
        assertThat(table.out()).contains("SPARE  An agency that leads nothing          0        0          0        0         0     0             0\n");
        JsonNode colp = json.get("leads").get(1);
        assertThat(colp.get("code").asText()).isEqualTo("COLP");
        assertThat(colp.get("actions").asInt()).isEqualTo(4);
        assertThat(colp.get("statuses").fieldNames()).toIterable().containsExactly("off", "at-risk", "on", "done");
        assertThat(colp.at("/statuses/on").asInt()).isEqualTo(2);
        assertThat(colp.get("notAssessed").asInt()).isZero();
        assertThat(colp.get("overdue").asInt()).isEqualTo(1);
    }

    @Test
    void leadsAsCsvHasAColumnPerStatusKey() throws Exception {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(onFixture("leads", "--as-of", "2016-04-01", "--format", "csv").out())).getRecords();

        assertThat(records.get(0).getParser().getHeaderNames())
                .containsExactly("code", "name", "actions", "off", "at-risk", "on", "done", "notAssessed", "overdue");
        assertThat(records.get(3).get("code")).isEqualTo("NO");
        assertThat(records.get(3).get("off")).isEqualTo("2");
    }

    @Test
    void leadsHasARowForActionsWithNoLeadInEveryFormatAsTheReportHas(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path plan = dev.prevent.Fixtures.copy(dev.prevent.Fixtures.plan("report"), dir.resolve("plan"));
        String[] on = {"--plan", plan.toString(), "leads", "--as-of", "2016-04-01"};

        Cli.Result table = Cli.run(on);
        JsonNode json = JSON.readTree(Cli.run(concat(on, "--format", "json")).out());
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Cli.run(concat(on, "--format", "csv")).out())).getRecords();
        String markdown = Cli.run(concat(on, "--format", "markdown")).out();
        org.jsoup.nodes.Document report = org.jsoup.Jsoup.parse(Cli.run("--plan", plan.toString(), "report", "--as-of",
                "2016-04-01", "-o", "-").out());

        // 2.3 has no lead: it is not assessed, and overdue since 1 January 2016.
        assertThat(table.out().lines().filter(l -> l.contains("No lead")).findFirst().orElseThrow()).matches("\\s+No lead\\s+1\\s+0\\s+0\\s+0\\s+0\\s+1\\s+1");
        assertThat(json.get("noLead").get("name").asText()).isEqualTo("No lead");
        assertThat(json.get("noLead").get("code").isNull()).isTrue();
        assertThat(json.get("noLead").get("actions").asInt()).isEqualTo(1);
        assertThat(json.get("noLead").get("notAssessed").asInt()).isEqualTo(1);
        assertThat(csv.get(csv.size() - 1).get("name")).isEqualTo("No lead");
        assertThat(csv.get(csv.size() - 1).get("code")).isEmpty();
        assertThat(markdown).contains("||No lead|1|0|0|0|0|1|1|\n");
        assertThat(report.select("caption:contains(lead agency) ~ tbody tr").last().text()).isEqualTo("No lead 0 0 0 0 1 1 1");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private static List<String> ids(Cli.Result result) {
        try {
            JsonNode json = JSON.readTree(result.out());
            List<String> ids = new java.util.ArrayList<>();
            json.get("actions").forEach(a -> ids.add(a.get("id").asText()));
            assertThat(json.get("count").asInt()).isEqualTo(ids.size());
            return ids;
        } catch (Exception e) {
            throw new AssertionError(result.all(), e);
        }
    }
}
