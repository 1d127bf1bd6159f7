package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.exit.UserError;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A grid read as a plan's table, and a LEAD cell read as agencies: the rules, one by one, without a file. */
class PlanTableTest {

    static Grid.Row row(int n, String... cells) {
        return new Grid.Row(new Grid.Place("t", n), List.of(cells).stream().map(Grid.Cell::of).toList(), false);
    }

    static Grid.Row across(int n, String text) {
        return new Grid.Row(new Grid.Place("t", n), List.of(Grid.Cell.of(text)), true);
    }

    @Test
    void titleRowsObjectiveAndThemeRowsRepeatedHeadingsAndJoinedRows() {
        List<String> reports = new ArrayList<>();
        Grid grid = new Grid("t", List.of(row(1, "Prevent tracker", "", ""), across(2, "Objective One: IDEOLOGIES"),
                row(3, "ACTION", "LEAD", "Sponsor"), across(4, "1) Engagement"), row(5, "Talk", "COLC", "Jo"),
                row(6, "Talk", "COLC", "Jo"), row(7, "", "", "and Sam"), row(8, "ACTION", "LEAD", "Sponsor"),
                across(9, "Objective 2: Individuals"), row(10, "Train", "NHS", "", "stray")));

        List<PlanTable.Section> sections = PlanTable.read(grid, reports).orElseThrow();

        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).heading()).extracting(SectionHeading::id, SectionHeading::name).containsExactly("1", "Ideologies");
        assertThat(sections.get(0).title()).isEqualTo("Prevent tracker");
        assertThat(sections.get(0).rows()).singleElement().satisfies(r -> {
            assertThat(r.cell(SheetHeading.ACTION)).isEqualTo("Talk");
            assertThat(r.theme()).isEqualTo("Engagement");
            assertThat(r.extra().get("Sponsor").toString()).isEqualTo("Jo\nand Sam");
        });
        assertThat(sections.get(1).heading().id()).isEqualTo("2");
        assertThat(sections.get(1).rows()).singleElement().satisfies(r -> {
            assertThat(r.theme()).as("a new objective ends the theme").isNull();
            assertThat(r.extra().get("Column 4").toString()).isEqualTo("stray");
        });
        assertThat(reports).containsExactly(
                "t: column 'Sponsor' is not a column of the plan; its text is kept in each action's notes",
                "t row 6 repeats the row above word for word (merged cells, exported?), so it is not a new action",
                "t row 7: the ACTION cell is empty, so this row continues the action above",
                "t row 10, column 4 has no heading; its text is kept in the notes");
    }

    @Test
    void aTableWithoutAnActionOrTitleColumnIsNoPlanTableAndSaysWhatItHas() {
        Grid grid = new Grid("t", List.of(row(1, "", ""), row(2, "Version", "**Date**"), row(3, "1.6", "May")));

        assertThat(PlanTable.read(grid, new ArrayList<>())).isEmpty();
        assertThat(PlanTable.firstRow(grid)).isEqualTo("Version, Date");
        assertThat(PlanTable.firstRow(new Grid("t", List.of()))).isEqualTo("nothing");
    }

    @Test
    void columnsPreventWritesItselfStandInOnlyWhereTheirColumnIsMissing() {
        List<String> reports = new ArrayList<>();
        Grid own = new Grid("t", List.of(row(1, "id", "title", "status", "statusLabel", "timescale", "due", "overdue"),
                row(2, "1.1", "Talk", "red", "Behind", "2015/16", "2016-03-31", "true")));
        Grid theirs = new Grid("u", List.of(row(1, "TITLE", "Due", "statusLabel"), row(2, "Talk", "2016-03-31", "Behind")));

        SheetRow ours = PlanTable.read(own, reports).orElseThrow().get(0).rows().get(0);
        SheetRow others = PlanTable.read(theirs, reports).orElseThrow().get(0).rows().get(0);

        assertThat(ours.cell(SheetHeading.TIMESCALE)).isEqualTo("2015/16");
        assertThat(ours.cell(SheetHeading.PROGRESS)).isEqualTo("red");
        assertThat(ours.extra()).isEmpty();
        assertThat(others.cell(SheetHeading.TIMESCALE)).isEqualTo("2016-03-31");
        assertThat(others.cell(SheetHeading.PROGRESS)).isEqualTo("Behind");
        assertThat(reports).containsExactly("t: columns statusLabel, due, overdue are worked out by prevent from the plan, so not imported");
    }

    @Test
    void aControlCharacterInACellIsRefusedNamingItsRowAndColumn() {
        Grid grid = new Grid("t", List.of(row(1, "ACTION", "LEAD"), row(2, "Talk", "CO\u0007LC")));

        assertThatThrownBy(() -> PlanTable.read(grid, new ArrayList<>())).isInstanceOf(UserError.class)
                .hasMessageStartingWith("t row 2, column 'LEAD': the cell holds the control character <U+0007>");
    }

    @Test
    void anObjectiveRowWithNothingUnderItIsSaidAndMakesNoFile() {
        List<String> reports = new ArrayList<>();
        Grid grid = new Grid("t", List.of(row(1, "ACTION"), across(2, "Objective 1: Empty"), across(3, "Objective 2: Full"),
                row(4, "Talk")));

        assertThat(PlanTable.read(grid, reports).orElseThrow()).extracting(s -> s.heading().id()).containsExactly("2");
        assertThat(reports).containsExactly("t: objective 'Empty' has no actions under it, so no file was made for it");
    }

    @Test
    void aShortRowHasNothingInItsMissingCellsAndAFormulaLikeCellIsSaidByItsColumn() {
        List<String> reports = new ArrayList<>();
        Grid grid = new Grid("t", List.of(row(1, "Ref", "ACTION", "LEAD", "Sponsor"), row(2, "1.1", "Talk"),
                row(3, "1.2", "Walk", "COLC", "Jo", "=SUM(A1)"), row(4, "1.3", "=", "@", "-5", "- item"), row(5, "1.4", "Jog", "NHS")));

        List<SheetRow> rows = PlanTable.read(grid, reports).orElseThrow().get(0).rows();

        assertThat(rows.get(0).cell(SheetHeading.LEAD)).isEmpty();
        assertThat(rows.get(0).extra().get("Sponsor").toString()).isEmpty();
        assertThat(rows.get(1).extra().get("Column 5").toString()).isEqualTo("=SUM(A1)");
        assertThat(rows.get(3).cell(SheetHeading.LEAD)).isEqualTo("NHS");
        assertThat(rows.get(3).extra().get("Sponsor").toString()).as("a row that ends where Owner begins").isEmpty();
        assertThat(reports).containsExactly(
                "t: column 'Sponsor' is not a column of the plan; its text is kept in each action's notes",
                "t row 3, column 'column 5': the cell begins with '=' like a spreadsheet formula; it is kept as text",
                "t row 3, column 5 has no heading; its text is kept in the notes",
                "t row 4, column 5 has no heading; its text is kept in the notes");
    }

    @Test
    void aControlCharacterAtTheStartOfACellIsFoundToo() {
        Grid grid = new Grid("t", List.of(row(1, "ACTION", "LEAD"), row(2, "\u001bTalk", "COLC")));

        assertThatThrownBy(() -> PlanTable.read(grid, new ArrayList<>())).isInstanceOf(UserError.class)
                .hasMessageStartingWith("t row 2, column 'ACTION': the cell holds the control character <U+001B>");
    }

    @Test
    void aContinuedRowDoesNotRepeatWhatWasMergedDownIntoItInAnyColumn() {
        Grid grid = new Grid("t", List.of(row(1, "ACTION", "LEAD", "Sponsor"), row(2, "Talk", "COLC", "Jo"),
                new Grid.Row(new Grid.Place("t", 3), List.of(Grid.Cell.of(""), new Grid.Cell("COLC", null, true), new Grid.Cell("Jo", null, true)),
                        false),
                new Grid.Row(new Grid.Place("t", 4), List.of(Grid.Cell.of(""), Grid.Cell.of("NHS"), Grid.Cell.of("Sam")), false)));

        SheetRow talk = PlanTable.read(grid, new ArrayList<>()).orElseThrow().get(0).rows().get(0);

        assertThat(talk.cell(SheetHeading.LEAD)).isEqualTo("COLC\nNHS");
        assertThat(talk.extra().get("Sponsor").toString()).isEqualTo("Jo\nSam");
    }

    @Test
    void blankCellsAddNothingToATitleOrToWhatATableHasInstead() {
        Grid grid = new Grid("t", List.of(row(1, "Prevent", "", "tracker"), row(2, "ACTION", "", "LEAD"), row(3, "Talk", "", "COLC")));
        Grid other = new Grid("t", List.of(row(1, "Version", "", "Date")));

        assertThat(PlanTable.read(grid, new ArrayList<>()).orElseThrow().get(0).title()).isEqualTo("Prevent tracker");
        assertThat(PlanTable.firstRow(other)).isEqualTo("Version, Date");
    }

    @Test
    void aSecondColumnOfOneKindIsKeptInTheNotes() {
        List<String> reports = new ArrayList<>();
        Grid grid = new Grid("t", List.of(row(1, "ACTION", "ACTION", "due", "overdue"), row(2, "Talk", "More", "2016-03-31", "true")));

        SheetRow talk = PlanTable.read(grid, reports).orElseThrow().get(0).rows().get(0);

        assertThat(talk.cell(SheetHeading.ACTION)).isEqualTo("Talk");
        assertThat(talk.extra().get("ACTION").toString()).isEqualTo("More");
        // "due" stands in for the missing TIMESCALE column; "overdue" is prevent's own.
        assertThat(talk.cell(SheetHeading.TIMESCALE)).isEqualTo("2016-03-31");
        assertThat(reports).containsExactly("t: column 'ACTION' is not a column of the plan; its text is kept in each action's notes",
                "t: column overdue is worked out by prevent from the plan, so not imported");
    }

    @Test
    void aRowShorterThanTheOneAboveIsNoRepeatOfItAndAHeadingMayStandInAnyCell() {
        List<String> reports = new ArrayList<>();
        Grid grid = new Grid("t", List.of(row(1, "", "Objective 5: New", ""), row(2, "ACTION", "LEAD", "Sponsor"),
                row(3, "Talk", "COLC", "Jo"), row(4, "Talk", "COLC")));

        List<PlanTable.Section> sections = PlanTable.read(grid, reports).orElseThrow();

        assertThat(sections).singleElement().satisfies(s -> {
            assertThat(s.heading().id()).isEqualTo("5");
            assertThat(s.rows()).hasSize(2);
        });
        assertThat(reports).noneSatisfy(r -> assertThat(r).contains("repeats the row above"));
    }

    static List<Agency> plan(Agency... agencies) {
        return List.of(agencies);
    }

    @Test
    void aLeadCellIsSplitAtItsSeparatorsButNotInsideAnAgencysName() {
        LeadWords words = new LeadWords(plan(new Agency("COLC", "City of London Corporation"), new Agency("NHS", "NHS and public health"),
                new Agency("COLP", "City of London Police")));

        assertThat(words.read("COLC/COLP + NHS").codes()).containsExactly("COLC", "COLP", "NHS");
        assertThat(words.read("NHS and public health and colp")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("NHS", "COLP");
            assertThat(r.guesses()).as("a full name is no guess").isEmpty();
            assertThat(r.unknown()).isEmpty();
        });
        assertThat(words.read("City of London Police; Home Office\nCOLC")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("COLP", "COLC");
            assertThat(r.unknown()).containsExactly("Home Office");
        });
        assertThat(words.read("Youth Service COLC Schools")).satisfies(r -> {
            assertThat(r.codes()).containsExactly("COLC");
            assertThat(r.unknown()).as("an agency between two unknown names parts them").containsExactly("Youth Service", "Schools");
        });
        assertThat(words.read("Youth Service / Schools").unknown()).containsExactly("Youth Service", "Schools");
        assertThat(words.read("COLC, COLC").codes()).containsExactly("COLC");
        assertThat(words.read("").codes()).isEmpty();
    }
}
