package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Agency;
import dev.prevent.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words of real plans: headings as councils write them, {@code --column} for the rest, leads in prose, the
 * {@code agencies:} lines to paste, and the docs' table of heading words kept the same as the code's.
 */
class RealPlanWordsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PROGRESS / COMMENTS            | progress",
            "Comments and progress          | progress",
            "Progress & comments            | progress",
            "Progress to date               | progress",
            "Evidence / progress (update)   | progress",
            "Evidence / progress update     | progress",
            "Update (December 2026)         | progress",
            "Current position               | progress",
            "RAG commentary                 | progress",
            "Comments                       | notes",
            "Progress Red – behind Blue – ongoing Green – on target | status",
            "RAG rating                     | status",
            "What will be done              | action",
            "Activities                     | action",
            "Who                            | lead",
            "Lead agency / partner          | lead",
            "Action owner                   | lead",
            "Lead officer                   | owner",
            "Target date                    | timescale",
            "By when?                       | timescale",
            "Timescale (by when)            | timescale",
            "T I M E                        | timescale",
            "Measures of success            | success_criteria",
            "Outcomes                       | success_criteria",
            "KPIs                           | success_criteria",
            "Evidence of success            | success_criteria",
            "Evidence of progress           | evidence",
            "Progress update                | progress",
            "Commentary                     | progress",
            "No.                            | id",
            "#                              | id",
            "Priority                       | objective",
            "Benchmark                      | duties",
            "statusLabel                    | ",
            "lastUpdate                     | "})
    void aHeadingIsReadByWhatItMeans(String heading, String field) {
        assertThat(SheetHeading.of(heading)).hasValueSatisfying(h -> assertThat(h.field()).isEqualTo(field));
    }

    @Test
    void headingsThatMeanNoFieldAreNone() {
        assertThat(SheetHeading.of("Risk")).isEmpty();
        assertThat(SheetHeading.of("Strategic intent")).isEmpty();
        assertThat(SheetHeading.of("Sponsor")).isEmpty();
        // A crosswalk's column that mixes what the guidance requires with the evidence: no one field, kept in the notes.
        assertThat(SheetHeading.of("Requirement / Evidence")).isEmpty();
    }

    @Test
    void theDocsListEveryHeadingWordTheImportKnows() throws IOException {
        String docs = Files.readString(Path.of("docs/plan-format.md"));
        for (List<String> row : SheetHeading.table()) {
            assertThat(docs).as("docs/plan-format.md lists the words for %s", row.get(0))
                    .contains("| `" + row.get(0) + "` | " + row.get(1) + " |");
        }
    }

    @Test
    void aColumnNamedOnTheCommandLineIsReadAsItSaysAndARefusalSaysWhichLineWouldDoIt() throws IOException {
        Path plan = Fixtures.copy(Fixtures.plan("valid"), dir.resolve("plan"));
        Path csv = Files.writeString(dir.resolve("intents.csv"), "Ref,Strategic intent,Lead,Sponsor\n"
                + "7.1,Map the venues that host speakers,COLC,Board\n7.2,Train the library staff,POLICE,Board\n");

        Cli.Result refused = Cli.run("--plan", plan.toString(), "import", csv.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("intents.csv has no column read as the action. Its columns:\n"
                + "  'Ref' read as id\n  'Strategic intent' read as nothing (kept in the notes)\n  'Lead' read as lead\n"
                + "  'Sponsor' read as nothing (kept in the notes)\n"
                + "Say which column holds the actions, for example:\n  prevent import \"intents.csv\" --column \"Strategic intent=action\"");
        assertThat(plan.resolve("objective-7-intents.yaml")).doesNotExist();

        Cli.Result misspelt = Cli.run("--plan", plan.toString(), "import", csv.toString(), "--column", "Strategic intnet=action");
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.err()).contains("--column names 'Strategic intnet', but no table of intents.csv has a column headed so");

        Cli.Result wrongField = Cli.run("--plan", plan.toString(), "import", csv.toString(), "--column", "Strategic intent=doing");
        assertThat(wrongField.err()).contains("'doing' is not a field of an action; the fields are id, objective, theme, title, action");

        Cli.Result done = Cli.run("--plan", plan.toString(), "import", csv.toString(), "--column", "strategic INTENT=action");
        assertThat(done.exit()).as(done.all()).isZero();
        String written = Files.readString(plan.resolve("objective-7-intents.yaml"));
        assertThat(written).contains("action: Map the venues that host speakers", "notes: |\n      Sponsor: Board");
        assertThat(done.err()).contains("column 'Sponsor' is not a column of the plan; its text is kept in each action's notes");
    }

    @Test
    void theAgencyLinesPrintedPasteUnderTheAgenciesKeyAndValidate() throws IOException {
        Path plan = Fixtures.copy(Fixtures.plan("valid"), dir.resolve("plan"));
        Path csv = Files.writeString(dir.resolve("leads.csv"), "Ref,Action,Lead\n7.1,Map venues,Youth Service\n"
                + "7.2,Train staff,Young People's Service\n7.3,Brief imams,\"Faith Forum: north\"\n7.4,Visit,COLC\n");

        Cli.Result result = Cli.run("--plan", plan.toString(), "import", csv.toString(), "--dry-run");

        String err = result.err();
        String lines = err.substring(err.indexOf("agencies: yourself:\n") + "agencies: yourself:\n".length());
        lines = lines.substring(0, lines.indexOf("\n", lines.lastIndexOf("  YPS") ) + 1);
        assertThat(lines).as("no code twice: YS taken, so Young People's Service is YPS").contains("  YS: Youth Service\n",
                "  YPS: Young People's Service\n");
        String header = Files.readString(plan.resolve("plan.yaml"));
        int after = header.indexOf("\n", header.indexOf("POLICE: ")) + 1;
        Files.writeString(plan.resolve("plan.yaml"), header.substring(0, after) + lines + header.substring(after));
        Validation pasted = Validation.of(plan, LocalDate.of(2016, 1, 1));
        assertThat(pasted.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList()).isEmpty();
        assertThat(pasted.plan().agencies()).extracting(Agency::code).contains("YS", "YPS");
    }

    @Test
    void dutyAreasAreGuessedFromTheWordsUnlessTurnedOff() throws IOException {
        Path csv = Files.writeString(dir.resolve("duties.csv"), "Ref,Action,Lead\n7.1,Train staff to make a referral,COLC\n");
        Path guessed = Fixtures.copy(Fixtures.plan("report"), dir.resolve("guessed"));
        Path plain = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plain"));

        Cli.Result on = Cli.run("--plan", guessed.toString(), "import", csv.toString());
        Cli.Result off = Cli.run("--plan", plain.toString(), "import", csv.toString(), "--no-guess-duties");

        assertThat(on.exit()).as(on.all()).isZero();
        assertThat(off.exit()).as(off.all()).isZero();
        assertThat(Files.readString(guessed.resolve("objective-7-duties.yaml"))).contains("duties:\n      - training\n      - referral-pathway\n");
        assertThat(on.err()).contains("duty areas guessed from the action's words (1):\n    duties.csv row 2: duties training, referral-pathway");
        assertThat(Files.readString(plain.resolve("objective-7-duties.yaml"))).doesNotContain("duties:");
        assertThat(off.err()).doesNotContain("duty areas guessed");
    }

    @Test
    void aFullNameThatHoldsAnothersIsMatchedWholeAndProseIsSorted() {
        LeadWords words = new LeadWords(List.of(new Agency("COUNCIL", "The council"), new Agency("EBC", "Eastbrook Borough Council"),
                new Agency("POLICE", "Police"), new Agency("PROBATION", "Probation")));

        assertThat(words.read("Eastbrook Borough Council").codes()).containsExactly("EBC");
        assertThat(words.read("Eastbrook Borough Council").guesses()).isEmpty();
        assertThat(words.read("National Probation Service")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("PROBATION");
            assertThat(r.guesses()).containsExactly("'National Probation Service' → PROBATION");
            assertThat(r.unknown()).isEmpty();
        });
        assertThat(words.read("Police, Youth Service, Faith Forum and district teams – to support")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("POLICE");
            assertThat(r.unknown()).containsExactly("Youth Service", "Faith Forum");
            assertThat(r.prose()).containsExactly("district teams", "to support");
        });
        // The council's own officer: the council leads, the officer is the owner.
        assertThat(words.read("Prevent Coordinator – Jane Smith")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("COUNCIL");
            assertThat(r.owner()).isEqualTo("Jane Smith (Prevent Coordinator)");
        });
        assertThat(words.read("Police – Insp. R. Patel").owner()).isEqualTo("Insp. R. Patel");
        assertThat(words.read("Youth Service – funded by the county").prose()).containsExactly("funded by the county");
    }

    @Test
    void agencyNamesAsCouncilsWriteThemAreReadOntoThePlansAgenciesAndRoles() {
        LeadWords words = new LeadWords(List.of(new Agency("ALL", "All partners"), new Agency("COUNCIL", "The council"),
                new Agency("POLICE", "Police"), new Agency("PROBATION", "Probation")));

        // "&" joins one name where a side is no agency on its own; it parts two where each side is one.
        assertThat(words.read("HR & Organisational Development")).satisfies(r -> {
            assertThat(r.codes()).isEmpty();
            assertThat(r.unknown()).containsExactly("HR & Organisational Development");
        });
        assertThat(words.read("Police and Probation").codes()).containsExactly("POLICE", "PROBATION");
        assertThat(words.read("Police & Youth Service")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("POLICE");
            assertThat(r.unknown()).containsExactly("Youth Service");
        });
        // A force's and a council's own names are init's POLICE and COUNCIL, and give them their names.
        assertThat(words.read("Lancashire Constabulary")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("POLICE");
            assertThat(r.named()).containsEntry("POLICE", "Lancashire Constabulary");
            assertThat(r.unknown()).isEmpty();
        });
        // A council officer's role leads as the council, the role the owner; a role in brackets is the owner too.
        assertThat(words.read("Community Safety Officer")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("COUNCIL");
            assertThat(r.owner()).isEqualTo("Community Safety Officer");
        });
        assertThat(words.read("Head of Community Safety")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("COUNCIL");
            assertThat(r.owner()).isEqualTo("Head of Community Safety");
        });
        assertThat(words.read("Blackburn with Darwen BC (Channel Chair)")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("COUNCIL");
            assertThat(r.owner()).isEqualTo("Channel Chair");
            assertThat(r.named()).containsEntry("COUNCIL", "Blackburn with Darwen BC");
            assertThat(r.unknown()).isEmpty();
        });
    }
}
