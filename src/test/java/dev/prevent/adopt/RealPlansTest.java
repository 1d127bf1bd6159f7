package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import dev.prevent.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Councils' real plans of four shapes, built here with POI as they are written (never binary fixtures), each
 * imported into a plan fresh from {@code init} with {@code --add-agencies}: a Word plan with its own headings, numbered
 * objective rows and numbers inside the action cells, prose leads with a named officer and recurring timescales; a
 * crosswalk against the duty guidance; a school's template; an Excel tracker with status words. Each validates with
 * no error, and every cell of the source is in the plan.
 */
class RealPlansTest {

    @TempDir
    Path dir;

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** A Word document of one table: rows of cells, a row of one cell merged across the table. */
    static Path word(Path file, String title, List<List<String>> rows) throws IOException {
        return word(file, List.of(title), List.of(rows));
    }

    /**
     * A Word document: paragraphs above the tables (one beginning "# " in the Title style, as Word's title is), then
     * each table, with a paragraph between them.
     */
    static Path word(Path file, List<String> above, List<List<List<String>>> tables) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String paragraph : above) {
                var written = document.createParagraph();
                if (paragraph.startsWith("# ")) {
                    written.setStyle("Title");
                }
                written.createRun().setText(paragraph.replaceFirst("^# ", ""));
            }
            for (List<List<String>> rows : tables) {
                table(document, rows);
                document.createParagraph();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
        return file;
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        {
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable table = document.createTable(rows.size(), width);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                List<String> cells = rows.get(r);
                if (cells.size() == 1) {
                    while (row.getCtRow().sizeOfTcArray() > 1) {
                        row.getCtRow().removeTc(row.getCtRow().sizeOfTcArray() - 1);
                    }
                    XWPFTableCell cell = row.getCell(0);
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(width));
                }
                for (int c = 0; c < cells.size(); c++) {
                    XWPFTableCell cell = row.getCell(c);
                    String[] lines = cells.get(c).split("\n");
                    cell.getParagraphs().get(0).createRun().setText(lines[0]);
                    for (int l = 1; l < lines.length; l++) {
                        cell.addParagraph().createRun().setText(lines[l]);
                    }
                }
            }
        }
    }

    static Path excel(Path file, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Tracker");
            for (int r = 0; r < rows.size(); r++) {
                ExcelImportTest.row(sheet, r, rows.get(r).toArray(String[]::new));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    static final List<List<String>> WORD_PLAN = List.of(
            List.of("Activity", "Responsible", "Measure of success", "By when", "RAG rating", "Progress update"),
            List.of("Objective 1: IDEOLOGY – Respond to the ideological challenge of terrorism"),
            List.of("1.1 All partners to review venue hire agreements so that speakers are checked",
                    "Police, Youth Service, Faith Forum and district teams – to support", "All venues checked\nSpeakers vetted",
                    "Quarterly", "Green", "Three venues reviewed."),
            List.of("1.2 Deliver a communications campaign on online safety. Use the council's channels.",
                    "Prevent Coordinator – Jane Smith", "Campaign reaches 5,000 residents", "31/03/2027", "Completed",
                    "Campaign ran in May."),
            List.of("Objective 2: SUPPORT – Safeguard people at risk of radicalisation"),
            List.of("2.1 Refresh the Channel panel's terms of reference", "National Probation Service", "Terms agreed",
                    "Termly", "Not started", ""),
            List.of("2.2 Train designated safeguarding leads in making a referral",
                    "Youth Service – funded by the county and the district", "50 leads trained", "As required", "Delayed",
                    "Waiting for dates."),
            List.of("2.3 Report progress to the Community Safety Partnership board", "Eastbrook Borough Council",
                    "A report each quarter", "Ongoing", "On track", ""));

    /**
     * A council's plan as the import issue found it: a title, a subtitle, an owner paragraph and a RAG key above the
     * tables; each table with its own progress heading; timescales and leads as councils write them.
     */
    static final List<String> COUNCIL_ABOVE = List.of("# Blackburn with Darwen Prevent Action Plan 2026/27",
            "Delivering the Prevent duty across the borough",
            "Plan owner: Head of Community Safety, Blackburn with Darwen Borough Council",
            "RAG key: Red – behind schedule; Amber – at risk of slipping; Green – on track");

    static final List<List<List<String>>> COUNCIL_TABLES = List.of(
            List.of(List.of("Ref", "Action", "Lead", "Timescale", "RAG", "Evidence / progress (update)"),
                    List.of("Objective 1: LEADERSHIP – The partnership leads the Prevent duty"),
                    List.of("1.1", "Refresh the Counter Terrorism Local Profile briefing for partners", "Lancashire Constabulary",
                            "Annually, on issue of CTLP", "G", "Briefing given to the board in October"),
                    List.of("1.2", "Review the Prevent risk assessment", "Community Safety Officer", "April 2027 refresh", "A",
                            "Draft circulated; partners' comments awaited")),
            List.of(List.of("Ref", "Action", "Lead", "Timescale", "RAG", "Update (December 2026)"),
                    List.of("1.3", "Agree the partnership's terms of reference", "HR & Organisational Development",
                            "Complete – review 6-monthly", "", "Agreed at the September board"),
                    List.of("1.4", "Publish the annual Prevent statement", "Blackburn with Darwen BC (Channel Chair)", "2025", "G",
                            "Published on the council's website")),
            List.of(List.of("Ref", "Action", "Lead", "Timescale", "RAG", "Progress to date"),
                    List.of("Objective 2: TRAINING – Staff know how to spot and refer"),
                    List.of("2.1", "Train school designated safeguarding leads", "Head of Community Safety", "Spring term 2027", "R",
                            "Two sessions postponed")),
            List.of(List.of("Ref", "Action", "Lead", "Timescale", "RAG", "Current position"),
                    List.of("2.2", "Brief elected members on the duty", "Police and Probation", "End of March", "G",
                            "Members briefed in November")),
            List.of(List.of("Ref", "Action", "Lead", "Timescale", "RAG", "Commentary"),
                    List.of("2.3", "Run WRAP sessions for frontline staff", "Community Safety Officer", "6-monthly", "A",
                            "Next session booked for January")),
            List.of(List.of("Ref", "Action", "Lead", "Timescale", "RAG", "RAG commentary"),
                    List.of("2.4", "Close the old referral log", "Police", "Complete", "", "Log closed; records moved")));

    @Test
    void aCouncilsWordPlanInItsOwnWordsComesInWithNothingLeftToEditByHand() throws IOException {
        Path plan = initPlan();
        Path docx = word(dir.resolve("BwD Prevent action plan.docx"), COUNCIL_ABOVE, COUNCIL_TABLES);

        Cli.Result result = Cli.run("--plan", plan.toString(), "import", docx.toString(), "--add-agencies");

        assertThat(result.exit()).as(result.all()).isZero();
        Validation validation = Validation.of(plan, TODAY);
        assertThat(validation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList()).isEmpty();
        assertThat(validation.diagnostics()).noneMatch(d -> d.rule() == dev.prevent.model.Rule.MISSING_TIMESCALE);
        Plan imported = validation.plan();
        Map<String, Action> actions = byId(imported);
        assertThat(actions.keySet()).containsExactlyInAnyOrder("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4");

        // The document around the table: title, owner and the RAG key's words, in place of init's.
        assertThat(imported.title()).isEqualTo("Blackburn with Darwen Prevent Action Plan 2026/27");
        assertThat(imported.owner()).isEqualTo("Head of Community Safety, Blackburn with Darwen Borough Council");
        assertThat(imported.status("red").orElseThrow().description()).isEqualTo("Behind schedule");
        assertThat(imported.status("amber").orElseThrow().description()).isEqualTo("At risk of slipping");
        assertThat(imported.status("green").orElseThrow().description()).isEqualTo("On track");
        assertThat(result.err()).contains("read for plan.yaml from the document around the table (5):",
                "'Delivering the Prevent duty across the borough'");

        // Progress columns, whatever their heading: the log's newest entry, dated as its status.
        assertThat(actions.get("1.1").updates()).singleElement().satisfies(u -> {
            assertThat(u.status()).isEqualTo("green");
            assertThat(u.note()).isEqualTo("Briefing given to the board in October");
        });
        assertThat(actions.get("1.3").updates().get(0).note()).isEqualTo("Agreed at the September board");
        assertThat(actions.get("2.1").updates().get(0).note()).isEqualTo("Two sessions postponed");
        assertThat(actions.get("2.2").updates().get(0).note()).isEqualTo("Members briefed in November");
        assertThat(actions.get("2.3").updates().get(0).note()).isEqualTo("Next session booked for January");
        assertThat(actions.get("2.4").updates().get(0).note()).isEqualTo("Log closed; records moved");

        // Timescales as written.
        assertThat(actions.get("1.1").timescale().written()).isEqualTo("Annually, on issue of CTLP");
        assertThat(actions.get("1.2").timescale().written()).isEqualTo("2027-04");
        assertThat(actions.get("1.2").notes()).contains("Time: April 2027 refresh");
        assertThat(actions.get("1.3").status()).isEqualTo("complete");
        assertThat(actions.get("1.3").timescale().written()).isEqualTo("Six-monthly");
        assertThat(actions.get("1.4").timescale().written()).isEqualTo("2025-12-31");
        assertThat(actions.get("2.1").timescale().written()).isEqualTo("2027-03");
        assertThat(actions.get("2.2").timescale().written()).isEqualTo("2027-03");
        assertThat(actions.get("2.3").timescale().written()).isEqualTo("Six-monthly");
        assertThat(actions.get("2.4").status()).isEqualTo("complete");
        assertThat(actions.get("2.4").timescale()).isNull();

        // Agencies as the council writes them.
        assertThat(actions.get("1.1").lead()).containsExactly("POLICE");
        assertThat(imported.agency("POLICE").orElseThrow().name()).isEqualTo("Lancashire Constabulary");
        assertThat(actions.get("1.2").lead()).containsExactly("COUNCIL");
        assertThat(actions.get("1.2").owner()).isEqualTo("Community Safety Officer");
        assertThat(actions.get("1.3").lead()).singleElement().satisfies(code ->
                assertThat(imported.agency(code).orElseThrow().name()).isEqualTo("HR & Organisational Development"));
        assertThat(actions.get("1.4").lead()).containsExactly("COUNCIL");
        assertThat(actions.get("1.4").owner()).isEqualTo("Channel Chair");
        assertThat(imported.agency("COUNCIL").orElseThrow().name()).isEqualTo("Blackburn with Darwen BC");
        assertThat(actions.get("2.1").lead()).containsExactly("COUNCIL");
        assertThat(actions.get("2.2").lead()).containsExactly("POLICE", "PROBATION");

        // Where each value came from is a comment in the file, never a note a paper or a form prints.
        String objective1 = Files.readString(plan.resolve("objective-1-leadership.yaml"));
        assertThat(objective1).contains("# from BwD Prevent action plan.docx table 1 row 3").doesNotContain("as written in",
                "as imported from");
        EveryCell.inThePlan(WordTables.read(docx, new ArrayList<>()), imported);

        // Nor does any paper or form made from the plan.
        Path paper = dir.resolve("paper.md");
        assertThat(Cli.run("--plan", plan.toString(), "report", "--format", "markdown", "-o", paper.toString()).exit()).isZero();
        assertThat(Files.readString(paper)).contains("Briefing given to the board in October").doesNotContain("as written in",
                "as imported from", "# from");
        Path forms = dir.resolve("forms");
        assertThat(Cli.run("--plan", plan.toString(), "request", "--lead", "COUNCIL", "--meeting", "2027-01-14", "--into", forms.toString(),
                "--format", "docx").exit()).isZero();
        try (var in = Files.newInputStream(forms.resolve("COUNCIL progress return 2027-01-14.docx"));
             var form = new XWPFDocument(in);
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(form)) {
            assertThat(text.getText()).contains("Draft circulated; partners' comments awaited").doesNotContain("as written in",
                    "as imported from");
        }
    }

    Path initPlan() {
        Path plan = dir.resolve("plan");
        Cli.Result made = Cli.run("init", plan.toString());
        assertThat(made.exit()).as(made.all()).isZero();
        try {
            Files.delete(plan.resolve("objective-1-example.yaml"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return plan;
    }

    Plan valid(Path plan) {
        Validation validation = Validation.of(plan, TODAY);
        assertThat(validation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList()).isEmpty();
        return validation.plan();
    }

    static Map<String, Action> byId(Plan plan) {
        return plan.actions().collect(Collectors.toMap(Action::id, Function.identity()));
    }

    @Test
    void aWordPlanWithItsOwnHeadingsNumbersProseLeadsAndRecurringTimesComesInWhole() throws IOException {
        Path plan = initPlan();
        Path docx = word(dir.resolve("Eastbrook Prevent action plan.docx"), "Eastbrook Prevent Action Plan 2026/27", WORD_PLAN);

        Cli.Result result = Cli.run("--plan", plan.toString(), "import", docx.toString(), "--add-agencies");

        assertThat(result.exit()).as(result.all()).isZero();
        Plan imported = valid(plan);
        assertThat(imported.objectives()).extracting(o -> o.id() + " " + o.name() + ": " + o.aim()).containsExactly(
                "1 Ideology: Respond to the ideological challenge of terrorism",
                "2 Support: Safeguard people at risk of radicalisation");
        Map<String, Action> actions = byId(imported);
        assertThat(actions.keySet()).containsExactlyInAnyOrder("1.1", "1.2", "2.1", "2.2", "2.3");
        Action venues = actions.get("1.1");
        assertThat(venues.action()).isEqualTo("All partners to review venue hire agreements so that speakers are checked");
        assertThat(venues.title()).as("one sentence: a title would only repeat it").isNull();
        assertThat(venues.lead()).containsExactly("POLICE", "YS", "FF");
        assertThat(venues.notes()).contains("district teams");
        assertThat(venues.timescale().written()).isEqualTo("Quarterly");
        assertThat(venues.duties()).contains("permissive-environments");
        Action campaign = actions.get("1.2");
        assertThat(campaign.title()).isEqualTo("Deliver a communications campaign on online safety");
        assertThat(campaign.owner()).isEqualTo("Jane Smith (Prevent Coordinator)");
        assertThat(campaign.status()).isEqualTo("complete");
        assertThat(campaign.timescale().written()).isEqualTo("2027-03-31");
        assertThat(campaign.duties()).contains("communications");
        assertThat(actions.get("2.1").lead()).as("a name with an agency's word in it").containsExactly("PROBATION");
        assertThat(actions.get("2.1").status()).as("the scale has no 'not started'").isNull();
        assertThat(actions.get("2.1").duties()).contains("channel-panel");
        assertThat(actions.get("2.2").lead()).containsExactly("YS");
        assertThat(actions.get("2.2").status()).isEqualTo("red");
        assertThat(actions.get("2.2").duties()).contains("training", "referral-pathway");
        assertThat(actions.get("2.3").lead()).containsExactly("COUNCIL");
        assertThat(actions.get("2.3").status()).isEqualTo("green");
        assertThat(Files.readString(plan.resolve("plan.yaml"))).contains("  YS: Youth Service\n  FF: Faith Forum\n");
        assertThat(result.err()).contains("values were guessed", "agencies added to plan.yaml (2):\n    YS: Youth Service",
                "owners read from the lead (1):", "statuses read from words, letters and shading (4):",
                "duty areas guessed from the action's words").doesNotContain("as written in the spreadsheet");
        EveryCell.inThePlan(WordTables.read(docx, new ArrayList<>()), imported);
    }

    @Test
    void aCrosswalkAgainstTheDutyGuidanceGivesTheFurtherActionsWithTheirPositionAndGuidance() throws IOException {
        Path plan = initPlan();
        Path docx = word(dir.resolve("Prevent duty self-assessment.docx"), "Prevent duty: where we are", List.of(
                List.of("Prevent duty guidance", "Current position", "Further action required", "Lead", "Timescale"),
                List.of("Frontline staff should understand the risk of radicalisation and know how to refer",
                        "Half of staff have had WRAP training", "Roll out e-learning to the remaining staff", "Council", "Q4 2026/27"),
                List.of("The local authority should have a multi-agency partnership board overseeing Prevent",
                        "The Community Safety Partnership covers Prevent", "Set up a Prevent steering group", "Council", "2026-06"),
                List.of("Publicly owned venues should not be used to disseminate extremist views",
                        "No venue hire policy", "Write a venue hire policy that checks speakers", "Council\nPolice", "TBC")));

        Cli.Result result = Cli.run("--plan", plan.toString(), "import", docx.toString(), "--add-agencies");

        assertThat(result.exit()).as(result.all()).isZero();
        Plan imported = valid(plan);
        Map<String, Action> actions = byId(imported);
        assertThat(actions).hasSize(3);
        Action training = actions.get("1.1");
        assertThat(training.action()).isEqualTo("Roll out e-learning to the remaining staff");
        // The current position is what has happened: the log's note. The guidance quoted stays in the notes.
        assertThat(training.updates()).extracting(dev.prevent.model.Update::note).containsExactly("Half of staff have had WRAP training");
        assertThat(training.notes()).contains(
                "Prevent duty guidance: Frontline staff should understand the risk of radicalisation and know how to refer");
        assertThat(training.duties()).contains("training", "referral-pathway");
        assertThat(actions.get("1.2").duties()).contains("partnership-group");
        assertThat(actions.get("1.3").lead()).containsExactly("COUNCIL", "POLICE");
        assertThat(actions.get("1.3").duties()).contains("permissive-environments");
        EveryCell.inThePlan(WordTables.read(docx, new ArrayList<>()), imported);
    }

    @Test
    void aSchoolsTemplateKeepsItsOwnersAndEvidence() throws IOException {
        Path plan = initPlan();
        Path docx = word(dir.resolve("Eastbrook Academy Prevent risk assessment.docx"), "Prevent risk assessment and action plan", List.of(
                List.of("Outcome", "Risk", "Action", "Owner", "Evidence of progress", "RAG"),
                List.of("Staff recognise signs of radicalisation", "Staff unsure how to refer",
                        "Train all staff in Prevent and the referral route", "DSL", "Training log\nCPOMS records", "A"),
                List.of("The curriculum builds resilience", "Pupils exposed to extremist material online",
                        "Review the web filtering and teach online safety", "Headteacher – Mr A Khan", "Filtering report", "G"),
                List.of("Visitors are checked", "Speakers not vetted", "Vet every visiting speaker", "Governors", "", "R")));

        Cli.Result result = Cli.run("--plan", plan.toString(), "import", docx.toString(), "--add-agencies");

        assertThat(result.exit()).as(result.all()).isZero();
        Plan imported = valid(plan);
        Map<String, Action> actions = byId(imported);
        assertThat(actions.get("1.1").owner()).isEqualTo("DSL");
        assertThat(actions.get("1.1").evidence()).containsExactly("Training log", "CPOMS records");
        assertThat(actions.get("1.1").successCriteria()).containsExactly("Staff recognise signs of radicalisation");
        assertThat(actions.get("1.1").notes()).contains("Risk: Staff unsure how to refer");
        assertThat(actions.get("1.1").status()).isEqualTo("amber");
        assertThat(actions.get("1.2").owner()).isEqualTo("Mr A Khan (Headteacher)");
        assertThat(actions.get("1.3").owner()).isEqualTo("Governors");
        EveryCell.inThePlan(WordTables.read(docx, new ArrayList<>()), imported);
    }

    @Test
    void anExcelTrackerWithStatusWordsReadsThemOntoThePlansScale() throws IOException {
        Path plan = initPlan();
        Path xlsx = excel(dir.resolve("tracker.xlsx"), List.of(
                List.of("Ref", "Task", "Lead agency", "Deadline", "Status", "Commentary"),
                List.of("3.1", "Deliver WRAP sessions to GPs", "NHS", "Mar-27", "Complete", "Four sessions held"),
                List.of("3.2", "Agree the referral form with schools", "Schools, colleges and universities", "Q3 26/27", "Off track", ""),
                List.of("3.3", "Brief the safeguarding boards", "Police", "Monthly", "At risk", "Dates moved"),
                List.of("3.4", "Map local venues", "Council", "31/01/2027", "Slipped", ""),
                List.of("3.5", "Publish the annual report", "Council", "Annually", "Closed", "")));

        Cli.Result result = Cli.run("--plan", plan.toString(), "import", xlsx.toString(), "--add-agencies");

        assertThat(result.exit()).as(result.all()).isZero();
        Plan imported = valid(plan);
        Map<String, Action> actions = byId(imported);
        assertThat(List.of("3.1", "3.2", "3.3", "3.4", "3.5")).map(id -> actions.get(id).status())
                .containsExactly("complete", "red", "amber", "red", "complete");
        assertThat(actions.get("3.2").lead()).as("an agency's full name is no guess").containsExactly("EDUCATION");
        assertThat(result.err()).doesNotContain("'Schools, colleges and universities' →");
        assertThat(actions.get("3.3").timescale().written()).isEqualTo("Monthly");
        EveryCell.inThePlan(List.of(ExcelSheet.read(xlsx, null, new ArrayList<>())), imported);
    }
}
