package dev.prevent.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.edit.YamlText.Mapping;
import dev.prevent.edit.YamlText.Sequence;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The splices an edit makes in a plan file's text, one kind at a time: each is asserted as the text it leaves
 * (its layout: indentation, list style, where lines go) and as the YAML that text reads back as, since a
 * splice a column out either breaks the file or changes what it says.
 */
class FileEditTest {

    static final String ACTIONS = "id: 1\nactions:\n  - id: 1.1\n    title: T\n    notes: old\n    lead: COLC\n"
            + "  - id: 1.2\n    title: U\n";

    /** The text after {@code change} on the first action's mapping of {@code yaml}. */
    static String onFirstAction(String yaml, BiConsumer<FileEdit, Mapping> change) {
        YamlText text = YamlText.of(yaml.getBytes(StandardCharsets.UTF_8));
        FileEdit edit = new FileEdit(text);
        change.accept(edit, (Mapping) actions(text).items().get(0));
        return edit.text();
    }

    static Sequence actions(YamlText text) {
        return (Sequence) ((Mapping) text.root).get("actions").orElseThrow();
    }

    static Map<String, Object> firstAction(String yaml) {
        return actionAt(yaml, 0);
    }

    /** The action at {@code index} as YAML reads the text back. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> actionAt(String yaml, int index) {
        Map<String, Object> file = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return ((List<Map<String, Object>>) file.get("actions")).get(index);
    }

    @Test
    void aValueThereIsReplacedWhereItStandsAndTextOfSeveralLinesGoesUnderItsKey() {
        String after = onFirstAction(ACTIONS, (edit, action) -> edit.set(action, "notes", "one\ntwo"));

        assertThat(after).isEqualTo(ACTIONS.replace("    notes: old\n", "    notes: |-\n      one\n      two\n"));
        assertThat(firstAction(after)).containsEntry("notes", "one\ntwo").containsEntry("lead", "COLC");
    }

    @Test
    void theSameValueAgainChangesNothingNotEvenItsQuotes() {
        String quoted = ACTIONS.replace("notes: old", "notes: 'old'");

        assertThat(onFirstAction(quoted, (edit, action) -> edit.set(action, "notes", "old"))).isEqualTo(quoted);
    }

    @Test
    void aValueThatWasQuotedStaysQuotedTheSameWay() {
        String quoted = ACTIONS.replace("notes: old", "notes: \"old\"");

        assertThat(onFirstAction(quoted, (edit, action) -> edit.set(action, "notes", "new")))
                .isEqualTo(ACTIONS.replace("notes: old", "notes: \"new\""));
    }

    @Test
    void aTextInPlaceOfAListReplacesTheList() {
        String list = ACTIONS.replace("    notes: old\n", "    notes:\n      - a\n      - b\n");

        String after = onFirstAction(list, (edit, action) -> edit.set(action, "notes", "one\ntwo"));

        assertThat(firstAction(after)).containsEntry("notes", "one\ntwo").containsEntry("lead", "COLC");
        assertThat(after).contains("    lead: COLC\n  - id: 1.2\n");
    }

    @Test
    void aNewKeyGoesOnTheLastLineOfItsMappingAtItsKeysIndentation() {
        String after = onFirstAction(ACTIONS, (edit, action) -> edit.set(action, "resources", "one\ntwo"));

        assertThat(after).isEqualTo(ACTIONS.replace("    lead: COLC\n", "    lead: COLC\n    resources: |-\n      one\n      two\n"));
        assertThat(firstAction(after)).containsEntry("resources", "one\ntwo");
    }

    @Test
    void valuesTheLoaderWouldReadAsNothingAreQuoted() {
        for (String nothing : List.of("", "~", "null", "NULL")) {
            String after = onFirstAction(ACTIONS, (edit, action) -> edit.set(action, "notes", nothing));

            assertThat(firstAction(after)).as(nothing).containsEntry("notes", nothing);
        }
    }

    @Test
    void aNewListIsWrittenAsAFlowListAtTheMappingsEnd() {
        String after = onFirstAction(ACTIONS.replace("    lead: COLC\n", ""), (edit, action) -> edit.setList(action, "lead",
                List.of("COLC", "MPS")));

        assertThat(after).isEqualTo(ACTIONS.replace("    lead: COLC\n", "    lead: [COLC, MPS]\n"));
    }

    @Test
    void oneBareCodeStaysBareAndBecomesAFlowListWhenThereAreMore() {
        assertThat(onFirstAction(ACTIONS, (edit, action) -> edit.setList(action, "lead", List.of("MPS"))))
                .isEqualTo(ACTIONS.replace("lead: COLC", "lead: MPS"));
        assertThat(onFirstAction(ACTIONS, (edit, action) -> edit.setList(action, "lead", List.of("MPS", "NHS"))))
                .isEqualTo(ACTIONS.replace("lead: COLC", "lead: [MPS, NHS]"));
    }

    @Test
    void oneCodeOfSeveralLinesInPlaceOfABareOneIsABlockUnderItsKey() {
        String after = onFirstAction(ACTIONS, (edit, action) -> edit.setList(action, "lead", List.of("one\ntwo")));

        assertThat(after).isEqualTo(ACTIONS.replace("lead: COLC", "lead: |-\n      one\n      two"));
        assertThat(firstAction(after)).containsEntry("lead", "one\ntwo");
    }

    @Test
    void aTextOfSeveralLinesInAFlowListIsQuotedSinceNoBlockMayStandThere() {
        String after = onFirstAction(ACTIONS, (edit, action) -> edit.setList(action, "lead", List.of("MPS", "one\ntwo")));

        assertThat(after).isEqualTo(ACTIONS.replace("lead: COLC", "lead: [MPS, \"one\\ntwo\"]"));
        assertThat(firstAction(after)).containsEntry("lead", List.of("MPS", "one\ntwo"));
    }

    @Test
    void aFlowListStaysAFlowList() {
        String flow = ACTIONS.replace("lead: COLC", "lead: [ COLC ,MPS ]");

        assertThat(onFirstAction(flow, (edit, action) -> edit.setList(action, "lead", List.of("NHS"))))
                .isEqualTo(ACTIONS.replace("lead: COLC", "lead: [NHS]"));
    }

    @Test
    void aBlockListStaysABlockListAtItsOwnIndentation() {
        String block = ACTIONS.replace("    lead: COLC\n", "    lead:\n        - COLC\n        - MPS # both\n");

        String after = onFirstAction(block, (edit, action) -> edit.setList(action, "lead", List.of("NHS", "CoLP", "one\ntwo")));

        assertThat(after).isEqualTo(ACTIONS.replace("    lead: COLC\n",
                "    lead:\n        - NHS\n        - CoLP\n        - |-\n          one\n          two # both\n"));
    }

    @Test
    void aMappingWhereAListShouldBeIsReplacedByAFlowList() {
        String mapping = ACTIONS.replace("    lead: COLC\n", "    lead:\n      who: COLC\n");

        String after = onFirstAction(mapping, (edit, action) -> edit.setList(action, "lead", List.of("COLC", "MPS")));

        assertThat(after).isEqualTo(ACTIONS.replace("    lead: COLC\n", "    lead:\n      [COLC, MPS]\n"));
        assertThat(firstAction(after)).containsEntry("lead", List.of("COLC", "MPS"));
    }

    static Map<String, String> update(String date, String note) {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("date", date);
        item.put("note", note);
        return item;
    }

    static final String LOGGED = ACTIONS.replace("    lead: COLC\n", "    lead: COLC\n    updates:\n"
            + "      -   date: 2016-01-01\n          note: first\n      -   date: 2016-03-01\n          note: third\n");

    @Test
    void anItemGoesIntoAListBeforeTheOneAtItsIndexWithTheKeysWhereTheOtherItemsHaveThem() {
        String after = onFirstAction(LOGGED, (edit, action) -> edit.insertItem(action, "updates", update("2016-02-01", "second"), 2, 1));

        assertThat(after).isEqualTo(LOGGED.replace("      -   date: 2016-03-01\n",
                "      -   date: 2016-02-01\n          note: second\n      -   date: 2016-03-01\n"));
    }

    @Test
    void anItemPastTheLastGoesAfterItsLastLine() {
        String after = onFirstAction(LOGGED, (edit, action) -> edit.insertItem(action, "updates",
                update("2016-04-01", "fourth\nand more"), 2, 2));

        assertThat(after).isEqualTo(LOGGED.replace("          note: third\n", "          note: third\n"
                + "      -   date: 2016-04-01\n          note: |-\n            fourth\n            and more\n"));
        assertThat(firstAction(after).get("updates").toString()).contains("note=fourth\nand more");
    }

    @Test
    void anItemInAListOfPlainValuesHasItsKeysTwoPastTheDash() {
        String plain = ACTIONS.replace("    lead: COLC\n", "    lead: COLC\n    updates:\n    - a note\n");

        String after = onFirstAction(plain, (edit, action) -> edit.insertItem(action, "updates", update("2016-02-01", "n"), 2, 1));

        assertThat(after).isEqualTo(plain.replace("    - a note\n", "    - a note\n    - date: 2016-02-01\n      note: n\n"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "updates: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"[]", "~", "null"})
    void anEmptyOrNullListGivesWayToABlockListUnderItsKey(String nothing) {
        String empty = ACTIONS.replace("    lead: COLC\n", "    lead: COLC\n    updates: " + nothing + "\n");

        String after = onFirstAction(empty, (edit, action) -> edit.insertItem(action, "updates", update("2016-02-01", "n"), 2, 0));

        assertThat(after).isEqualTo(ACTIONS.replace("    lead: COLC\n",
                "    lead: COLC\n    updates:\n      - date: 2016-02-01\n        note: n\n"));
    }

    @Test
    void aKeyWithNoValueGetsItsItemsUnderIt() {
        String blank = ACTIONS.replace("    lead: COLC\n", "    lead: COLC\n    updates:\n");

        String after = onFirstAction(blank, (edit, action) -> edit.insertItem(action, "updates", update("2016-02-01", "n"), 0, 0));

        assertThat(after).isEqualTo(ACTIONS.replace("    lead: COLC\n",
                "    lead: COLC\n    updates:\n    - date: 2016-02-01\n      note: n\n"));
    }

    @Test
    void aMissingListIsMadeWithTheFilesListIndentation() {
        String after = onFirstAction(ACTIONS, (edit, action) -> edit.insertItem(action, "updates", update("2016-02-01", "n"), 4, 0));

        assertThat(after).isEqualTo(ACTIONS.replace("    lead: COLC\n",
                "    lead: COLC\n    updates:\n        - date: 2016-02-01\n          note: n\n"));
    }

    static String appended(String yaml, Map<String, Object> item, boolean withSample) {
        YamlText text = YamlText.of(yaml.getBytes(StandardCharsets.UTF_8));
        FileEdit edit = new FileEdit(text);
        Sequence actions = actions(text);
        edit.appendMapping(actions, item, withSample ? (Mapping) actions.items().get(0) : null);
        return edit.text();
    }

    static Map<String, Object> action(Object... keysAndValues) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            item.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return item;
    }

    @Test
    void anActionIsAppendedWithItsKeysWhereTheFirstActionHasThem() {
        String wide = "id: 1\nactions:\n  -   id: 1.1\n      title: T\n";

        assertThat(appended(wide, action("id", "1.2", "title", "U"), true))
                .isEqualTo(wide + "  -   id: 1.2\n      title: U\n");
        assertThat(appended(wide, action("id", "1.2", "title", "U"), false))
                .isEqualTo(wide + "  - id: 1.2\n    title: U\n");
    }

    @Test
    void listsAreWrittenAsTheFileWritesThatKey() {
        String yaml = "id: 1\nactions:\n  - id: 1.1\n    lead:\n        - COLC\n    success_criteria: [a, b]\n";

        String after = appended(yaml, action("id", "1.2", "lead", List.of("MPS", "NHS"), "success_criteria",
                List.of("Staff trained", "two\nlines")), true);

        assertThat(after).isEqualTo(yaml + "  - id: 1.2\n    lead:\n        - MPS\n        - NHS\n"
                + "    success_criteria: [Staff trained, \"two\\nlines\"]\n");
        assertThat(actionAt(after, 1)).containsEntry("success_criteria", List.of("Staff trained", "two\nlines"));
    }

    @Test
    void withoutAnExampleCodesAreAFlowListAndSentencesOneALine() {
        String yaml = "id: 1\nactions:\n  - id: 1.1\n";

        String after = appended(yaml, action("id", "1.2", "lead", List.of("MPS", "NHS"), "success_criteria",
                List.of("Staff trained", "two\nlines"), "notes", "a\nb"), true);

        assertThat(after).isEqualTo(yaml + "  - id: 1.2\n    lead: [MPS, NHS]\n    success_criteria:\n      - Staff trained\n"
                + "      - |-\n        two\n        lines\n    notes: |-\n      a\n      b\n");
        assertThat(actionAt(after, 1)).containsEntry("success_criteria", List.of("Staff trained", "two\nlines")).containsEntry("notes", "a\nb");
    }

    @Test
    void aScalarIsQuotedAsTheFirstActionQuotesIt() {
        String yaml = "id: 1\nactions:\n  - id: '1.1'\n    title: T\n";

        assertThat(appended(yaml, action("id", "1.2", "title", "U"), true)).isEqualTo(yaml + "  - id: '1.2'\n    title: U\n");
    }

    static String removed(String yaml, int index) {
        YamlText text = YamlText.of(yaml.getBytes(StandardCharsets.UTF_8));
        FileEdit edit = new FileEdit(text);
        edit.removeItems(actions(text), java.util.List.of(index));
        return edit.text();
    }

    @Test
    void anItemIsRemovedWithItsLinesAndNothingOfItsNeighbours() {
        String yaml = "id: 1\nactions:\n  - id: 1.1\n  # about 1.2\n  - id: 1.2\n    title: U\n\n  - id: 1.3\nnext: x\n";

        assertThat(removed(yaml, 0)).isEqualTo("id: 1\nactions:\n  - id: 1.2\n    title: U\n\n  - id: 1.3\nnext: x\n");
        assertThat(removed(yaml, 1)).isEqualTo("id: 1\nactions:\n  - id: 1.1\n  # about 1.2\n  - id: 1.3\nnext: x\n");
        assertThat(removed(yaml, 2)).isEqualTo("id: 1\nactions:\n  - id: 1.1\n  # about 1.2\n  - id: 1.2\n    title: U\n\nnext: x\n");
    }

    @Test
    void wideCharactersBeforeAnEditDoNotMoveIt() {
        String wide = ACTIONS.replace("    title: T\n", "    title: Faith \uD83D\uDE4F groups \uD840\uDC00\n");

        String after = onFirstAction(wide, (edit, action) -> edit.set(action, "notes", "new"));

        assertThat(after).isEqualTo(wide.replace("notes: old", "notes: new"));
    }

    @Test
    void aFileThatBeginsWithABlankLineKeepsItsLineEnding() {
        String blankFirst = "\n" + ACTIONS;

        String after = onFirstAction(blankFirst, (edit, action) -> edit.set(action, "resources", "Staff time"));

        assertThat(after).isEqualTo(blankFirst.replace("    lead: COLC\n", "    lead: COLC\n    resources: Staff time\n"));
    }

    @Test
    void onlyATextsOwnHeaderSaysWhetherItKeepsItsBlankLines() {
        // A '+' further down the file is not this text's '|+'.
        String yaml = "id: 1\nactions:\n  - id: 1.1\n    notes: |\n      one\n\n\n  - id: 1.2\n    title: A+B\n";

        String after = onFirstAction(yaml, (edit, action) -> edit.set(action, "status", "on"));

        assertThat(after).isEqualTo("id: 1\nactions:\n  - id: 1.1\n    notes: |\n      one\n    status: on\n\n\n  - id: 1.2\n"
                + "    title: A+B\n");
    }
}
