package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Objective;
import dev.prevent.model.Plan;
import dev.prevent.model.Update;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prevent import} of a spreadsheet made from the seed's table: every cell's text ends up in the plan. */
class ImportTest {

    static final LocalDate TODAY = LocalDate.of(2016, 4, 1);

    @TempDir
    Path dir;

    Path plans;

    /** The seed's columns and three of objective one's rows, as a council's spreadsheet would hold them. */
    static final List<List<String>> SEED_ROWS = List.of(
            List.of("ACTION", "L E A D", "SUCCESS CRITERIA", "TIME", "RESOURCES",
                    "Progress Red – behind Blue – ongoing Green – on target", "COMMENTS/ PROGRESS", "Owner"),
            List.of("Consult and work with Community Groups to raise awareness of Prevent. Liaison with Community "
                            + "Project Coordinators around risk management:\nInvited guest speakers, Venue hire agreements",
                    "ALL",
                    "Monitor at risk communities and locations\nNumber and type of Prevent activities. Feedback from participants.\n"
                            + "Provide appropriate updates and briefings.",
                    "2015-2016", "Staff time\nFunding", "Blue",
                    "Contact made, Initial needs identified\nInvite Prevent /Safeguarding coordinators to City Prevent Working Group.",
                    "Jo"),
            List.of("Consult and work with Faith based groups to raise awareness of Prevent.", "",
                    "Monitor at risk communities and locations\nFeedback from participants.", "2 0 1 5 - 2 0 1 6",
                    "Staff time, Funding", "Red", "Keep records of Requests made, List activities, events etc", ""),
            List.of("", "", "Understand how faith based groups engage speakers?", "", "", "", "Fund raising. COLC, City Bridge Trust?", ""),
            List.of("Communication Campaigns\nBe factual and yet mindful of the impact of negative media", "City of London Police",
                    "Publicity produced\nPublicity distributed", "Q3 2015/16", "Staff time", "Green",
                    "Develop Joint publicity to promote positive messages, \"We Stand Together\"", "Sam"),
            List.of("City Prevent Coordinator Meetings", "COLC COLP Health ED Establishments Probation",
                    "Develop TOR", "soon", "", "Amber", "", ""));

    @BeforeEach
    void aPlanToImportInto() throws IOException {
        plans = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
    }

    private Path csv(List<List<String>> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        Path file = dir.resolve("Objective one.csv");
        Files.writeString(file, text.toString());
        return file;
    }

    @Test
    void eachStatusReadIsDatedInTheLogSoItCountsFromThatDay() throws IOException {
        Path csv = csv(SEED_ROWS);

        Cli.Result result = Cli.run("--plan", plans.toString(), "import", csv.toString(), "--date", "2015-11-02");

        assertThat(result.exit()).as(result.all()).isZero();
        Plan plan = Validation.of(plans, TODAY).validPlan();
        Action community = plan.actions().filter(a -> a.id().equals("4.1")).findFirst().orElseThrow();
        assertThat(community.updates()).extracting(u -> u.date() + " " + u.status() + " " + u.note())
                .containsExactly("2015-11-02 blue Contact made, Initial needs identified\n"
                        + "Invite Prevent /Safeguarding coordinators to City Prevent Working Group.");
        assertThat(community.statusOn(LocalDate.of(2015, 11, 2))).isEqualTo("blue");
        // Before it, the first value known holds (nothing is "not assessed" for want of history).
        assertThat(community.statusOn(LocalDate.of(2015, 11, 1))).isEqualTo("blue");
        assertThat(Validation.of(plans, TODAY).diagnostics()).noneMatch(d -> d.rule() == dev.prevent.model.Rule.UNLOGGED_STATUS
                || d.rule() == dev.prevent.model.Rule.STALE_STATUS);
    }

    /** No record in the future: a --date after today would change the statuses on a day no one has reached. */
    @Test
    void aDateAfterTodayIsRefusedAndNothingIsWritten() throws IOException {
        Path csv = csv(SEED_ROWS);
        List<Path> before;
        try (var files = Files.list(plans)) {
            before = files.sorted().toList();
        }

        Cli.Result result = Cli.run("--plan", plans.toString(), "import", csv.toString(), "--date",
                LocalDate.now().plusDays(2).toString());

        assertThat(result.exit()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).contains("is after today", "leave --date out").doesNotContain("Exception");
        try (var files = Files.list(plans)) {
            assertThat(files.sorted().toList()).isEqualTo(before);
        }
    }

    @Test
    void everyCellOfTheSeedsTableIsInTheImportedObjective() throws IOException {
        Path csv = csv(SEED_ROWS);

        Cli.Result result = Cli.run("--plan", plans.toString(), "import", csv.toString());

        assertThat(result.exit()).as(result.all()).isZero();
        Path file = plans.resolve("objective-4-objective-one.yaml");
        assertThat(result.out()).isEqualTo("wrote " + file + " (4 actions)\n");
        Validation validation = Validation.of(plans, TODAY);
        assertThat(validation.errors()).as("%s", validation.diagnostics()).isZero();
        Plan plan = validation.plan();
        Objective objective = plan.objectives().stream().filter(o -> o.id().equals("4")).findFirst().orElseThrow();
        assertThat(objective.name()).isEqualTo("Objective one");
        List<Action> actions = objective.actions();
        assertThat(actions).extracting(Action::id).containsExactly("4.1", "4.2", "4.3", "4.4");

        Action community = actions.get(0);
        assertThat(community.action()).isEqualTo(SEED_ROWS.get(1).get(0));
        assertThat(community.title()).isEqualTo("Consult and work with Community Groups to raise awareness of Prevent");
        assertThat(community.lead()).containsExactly("ALL");
        assertThat(community.successCriteria()).containsExactly("Monitor at risk communities and locations",
                "Number and type of Prevent activities. Feedback from participants.", "Provide appropriate updates and briefings.");
        assertThat(community.timescale().written()).isEqualTo("2015-2016");
        assertThat(community.resources()).containsExactly("Staff time", "Funding");
        assertThat(community.status()).isEqualTo("blue");
        // COMMENTS/ PROGRESS is what has happened: the note of the log's entry for the status read, not the notes.
        assertThat(community.notes()).isNull();
        assertThat(community.updates()).extracting(Update::note).containsExactly("Contact made, Initial needs identified\n"
                + "Invite Prevent /Safeguarding coordinators to City Prevent Working Group.");
        assertThat(community.owner()).isEqualTo("Jo");

        Action faith = actions.get(1);
        assertThat(faith.lead()).isEmpty();
        assertThat(faith.successCriteria()).containsExactly("Monitor at risk communities and locations",
                "Feedback from participants.", "Understand how faith based groups engage speakers?");
        assertThat(faith.timescale().written()).isEqualTo("2015-2016");
        assertThat(faith.resources()).containsExactly("Staff time", "Funding");
        assertThat(faith.status()).isEqualTo("red");
        assertThat(faith.updates()).extracting(Update::note).containsExactly("Keep records of Requests made, List activities, events etc\n"
                + "Fund raising. COLC, City Bridge Trust?");

        Action campaigns = actions.get(2);
        assertThat(campaigns.lead()).containsExactly("COLP");
        assertThat(campaigns.action()).isEqualTo("Communication Campaigns\nBe factual and yet mindful of the impact of negative media");
        assertThat(campaigns.title()).isEqualTo("Communication Campaigns");
        assertThat(campaigns.status()).isEqualTo("green");
        assertThat(campaigns.updates()).extracting(Update::note).anyMatch(note -> note.contains("\"We Stand Together\""));
        assertThat(campaigns.owner()).as("an Owner column beside the LEAD column is the person accountable").isEqualTo("Sam");

        Action meetings = actions.get(3);
        assertThat(meetings.lead()).containsExactly("COLC", "COLP", "Health", "ED", "Probation");
        assertThat(meetings.timescale()).isNull();
        assertThat(meetings.status()).isNull();
        // What could not be placed stays in the notes; where it came from is a comment above the action, not a note.
        assertThat(meetings.notes()).isEqualTo("Lead: COLC COLP Health ED Establishments Probation\nTime: soon\n");
        assertThat(meetings.updates()).extracting(Update::note).containsExactly("Amber");
        assertThat(Files.readString(plans.resolve("objective-4-objective-one.yaml"))).contains("  - id: '4.4'\n    # from Objective one.csv row 6\n");

        assertThat(result.err()).contains(
                "prevent: Objective one.csv row 4: the ACTION cell is empty, so this row continues the action above",
                "prevent: Objective one.csv row 6: time 'soon' is not a timescale the plan format reads; kept in the notes",
                "prevent: Objective one.csv row 6: progress 'Amber' is not on the plan's scale (red, blue, green); kept as the log's note",
                // Unknown leads are listed once, with the lines that would make them agencies.
                "prevent: leads that are not agencies of plan.yaml, kept in the notes of the actions that name them:\n"
                        + "  'Establishments' (row 6)\n"
                        + "To make them leads, import again with --add-agencies (after removing the files just written), or "
                        + "add these lines under plan.yaml's agencies: yourself:\n  ESTABLISHMENTS: Establishments\n");
        assertThat(result.err()).as("a lead found by its full name is no guess").doesNotContain("City of London Police");
        assertThat(campaigns.timescale().written()).isEqualTo("Q3 2015/16");
    }

    @Test
    void importNeverOverwritesAndRefusesATakenObjectiveId() throws IOException {
        Path csv = csv(SEED_ROWS);
        assertThat(Cli.run("--plan", plans.toString(), "import", csv.toString(), "--objective", "7").exit()).isZero();
        byte[] first = Files.readAllBytes(plans.resolve("objective-7-objective-one.yaml"));

        Cli.Result again = Cli.run("--plan", plans.toString(), "import", csv.toString(), "--objective", "7");
        Cli.Result taken = Cli.run("--plan", plans.toString(), "import", csv.toString(), "--objective", "1");

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("the plan already has an objective 7");
        assertThat(taken.err()).contains("the plan already has an objective 1");
        assertThat(Files.readAllBytes(plans.resolve("objective-7-objective-one.yaml"))).isEqualTo(first);
    }

    @Test
    void aSpreadsheetWithoutAnActionColumnIsRefused() throws IOException {
        Path csv = csv(List.of(List.of("What", "Who"), List.of("x", "y")));

        Cli.Result result = Cli.run("--plan", plans.toString(), "import", csv.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("has no column read as the action; its first row reads What, Who. Say which "
                + "column holds the actions, for example: --column \"What=action\"");
        try (Stream<Path> files = Files.list(plans)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("objective-4"))).isEmpty();
        }
    }

    @Test
    void aDutyColumnGivesTheAreasItNamesByKeyOrName() throws IOException {
        Path csv = Files.writeString(dir.resolve("duties.csv"), "ACTION,LEAD,Guidance\nTrain staff,COLC,\"Training programme; "
                + "channel-panel; Bogus area\"\n");

        Cli.Result result = Cli.run("--plan", plans.toString(), "import", csv.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).contains("duties.csv row 2: the Guidance cell names no area of plan.yaml's duties by key or name; "
                + "kept in the notes");
        String written = Files.readString(plans.resolve("objective-4-duties.yaml"));
        assertThat(written).contains("duties:\n      - training\n      - channel-panel\n",
                "Guidance: Training programme; channel-panel; Bogus area");
    }
}
