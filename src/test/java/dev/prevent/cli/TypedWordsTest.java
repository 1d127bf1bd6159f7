package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days, statuses and timescales on the command line are read as import reads them (01/12/2026 is 1 December; G is
 * the status shown in green), said back when they were not in the format's own form, and a value that cannot be
 * read is an error about the option, never about a file.
 */
class TypedWordsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "--as-of {0}")
    @CsvSource(delimiter = '|', value = {
            "01/04/2016      | prevent: read 01/04/2016 as 1 April 2016",
            "1 April 2016    | prevent: read 1 April 2016 as 1 April 2016",
            "1/4/16          | prevent: read 1/4/16 as 1 April 2016",
    })
    void aUkDayIsReadDayFirstAndSaidBack(String typed, String said) {
        Cli.Result uk = Cli.on(Fixtures.shippedPlan(), "overdue", "--as-of", typed, "--format", "json");
        Cli.Result iso = Cli.on(Fixtures.shippedPlan(), "overdue", "--as-of", "2016-04-01", "--format", "json");

        assertThat(uk.exit()).as(uk.all()).isEqualTo(iso.exit());
        assertThat(uk.out()).isEqualTo(iso.out()).contains("\"id\"");
        assertThat(uk.err()).isEqualTo(said + System.lineSeparator());
        assertThat(iso.err()).as("an ISO day needs no echo").isEmpty();
    }

    @Test
    void aDayThatIsNoRealDayIsAnErrorAboutTheOption() {
        Cli.Result result = Cli.on(Fixtures.shippedPlan(), "overdue", "--as-of", "31/02/2016");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("prevent: Invalid value for option '--as-of': '31/02/2016' is not a day; "
                + "write YYYY-MM-DD, DD/MM/YYYY (day first) or 1 December 2026");
    }

    @ParameterizedTest(name = "--status {0}")
    @CsvSource(delimiter = '|', value = {
            "on        | ",
            "ON        | prevent: read 'ON' as on (On track)",
            "On track  | prevent: read 'On track' as on (On track)",
            "oN TRACK  | prevent: read 'oN TRACK' as on (On track)",
            "green     | prevent: read 'green' as on (On track)",
            "G         | prevent: read 'G' as on (On track)",
            "g         | prevent: read 'g' as on (On track)",
    })
    void aStatusIsItsKeyLabelColourOrLetterInAnyCase(String typed, String said) {
        Cli.Result byWord = Cli.on(Fixtures.plan("queries"), "list", "--status", typed, "--as-of", "2016-04-01", "--format", "json");
        Cli.Result byKey = Cli.on(Fixtures.plan("queries"), "list", "--status", "on", "--as-of", "2016-04-01", "--format", "json");

        assertThat(byWord.exit()).as(byWord.all()).isZero();
        assertThat(byWord.out()).isEqualTo(byKey.out()).contains("\"status\" : \"on\"").doesNotContain("\"status\" : \"off\"");
        assertThat(byWord.err()).isEqualTo(said == null ? "" : said + System.lineSeparator());
    }

    @Test
    void anUpdateTakesARagLetterAndAUkDay() throws IOException {
        Path plan = dir.resolve("plan");
        Fixtures.copy(Fixtures.shippedPlan(), plan);

        Cli.Result result = Cli.on(plan, "update", "1.1", "--status", "R", "--date", "01/12/2026", "--note", "Venue lost");

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(result.err()).contains("prevent: read 01/12/2026 as 1 December 2026");
        assertThat(Files.readString(plan.resolve("objective-1-ideologies.yaml")))
                .contains("- date: 2026-12-01\n        status: red\n        note: Venue lost");
    }

    @ParameterizedTest(name = "--timescale {0}")
    @CsvSource(delimiter = '|', value = {
            "31/03/2017   | timescale: 2017-03-31 | prevent: timescale '31/03/2017' read as 31 March 2017 (day first, as in the UK)",
            "March 2017   | timescale: 2017-03    | prevent: timescale 'March 2017' read as 2017-03 (due at the month's end)",
            "Q3 16/17     | timescale: Q3 2016/17 | prevent: timescale 'Q3 16/17' read as Q3 2016/17",
            "16/17        | timescale: 2016/17    | prevent: timescale '16/17' read as the financial year 2016/17",
            "Q3 2016/17   | timescale: Q3 2016/17 | ",
            "Termly       | timescale: Termly     | ",
    })
    void aTimescaleIsReadAsImportReadsATimeCell(String typed, String written, String said) throws IOException {
        Path plan = dir.resolve("plan");
        Fixtures.copy(Fixtures.shippedPlan(), plan);

        Cli.Result result = Cli.on(plan, "update", "1.1", "--timescale", typed);

        assertThat(result.exit()).as(result.all()).isZero();
        assertThat(Files.readString(plan.resolve("objective-1-ideologies.yaml"))).contains("    " + written + "\n");
        assertThat(result.err()).isEqualTo(said == null ? "" : said + System.lineSeparator());
    }

    @Test
    void aTimescaleThatCannotBeReadIsAnErrorAboutTheOptionAndNothingIsWritten() throws IOException {
        Path plan = dir.resolve("plan");
        Fixtures.copy(Fixtures.shippedPlan(), plan);
        String before = Files.readString(plan.resolve("objective-1-ideologies.yaml"));

        Cli.Result result = Cli.on(plan, "update", "1.1", "--timescale", "31/13/2017");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("prevent: Invalid value for option '--timescale': '31/13/2017' is not a timescale;")
                .doesNotContain(".yaml");
        assertThat(Files.readString(plan.resolve("objective-1-ideologies.yaml"))).isEqualTo(before);
    }

    @Test
    void theHelpsExamplesAreThisYears() {
        String year = String.valueOf(java.time.LocalDate.now().getYear());
        for (String command : new String[] {"update", "report", "list", "rollover", "changes"}) {
            String help = Cli.run(command, "--help").out();
            assertThat(help).as(command).contains(year.substring(0, 3)).doesNotContain("2015", "2016-0", "2016/17");
        }
        assertThat(Cli.run("update", "--help").out()).contains("--date " + java.time.LocalDate.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}
