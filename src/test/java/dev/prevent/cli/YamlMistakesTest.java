package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes people make writing YAML by hand, each as {@code prevent validate} tells it, word for word:
 * the line with a caret, one sentence of what is wrong, the line as it should be, and the parser's words.
 */
class YamlMistakesTest {

    @TempDir
    Path dir;
    private int runs;

    /** The objective file of the {@code valid} fixture, with {@code line} written in place of its line 6. */
    private String validate(String... lines) throws IOException {
        Path plan = Fixtures.copy(Fixtures.plan("valid"), dir.resolve("plan" + ++runs));
        String text = """
                id: "1"
                name: One
                aim: Aim one
                actions:
                  - id: "1.1"
                %s
                    action: Do thing 1
                    lead: COLC
                    timescale: 2015/16
                    status: blue
                """.formatted(String.join("\n", lines));
        Files.writeString(plan.resolve("objective.yaml"), text);
        Cli.Result result = Cli.on(plan, "validate", "--as-of", "2016-01-01");
        return result.out().replace(plan + "/", "").replace(plan.toString(), "plan");
    }

    @Test
    void aTabIndent() throws IOException {
        assertThat(validate("\ttitle: Action 1")).isEqualTo("""
                objective.yaml:6:1: error: this line is indented with a tab; YAML indents with spaces only [yaml-syntax]
                  6 | \u2192title: Action 1
                    | ^
                  write it as:
                  6 |     title: Action 1
                  (the YAML parser's words: while scanning for the next token: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation))
                plan: 1 error, 0 warnings in 2 files
                """);
    }

    @Test
    void anIndentThatLinesUpWithNothing() throws IOException {
        assertThat(validate("   title: Action 1")).isEqualTo("""
                objective.yaml:6:4: error: this line is indented by 3 spaces, which lines up with no key above it; YAML reads what belongs together by its indent, so line it up with the key it belongs with (4 spaces) [yaml-syntax]
                  6 |    title: Action 1
                    |    ^
                  write it as:
                  6 |     title: Action 1
                  (the YAML parser's words: while parsing a block collection: expected <block end>, but found '<block mapping start>')
                plan: 1 error, 0 warnings in 2 files
                """);
        assertThat(validate("    title: Action 1", "      theme: Training")).startsWith("""
                objective.yaml:7:7: error: this line is indented by 6 spaces, which lines up with no key above it; YAML reads what belongs together by its indent, so line it up with the key it belongs with (4 spaces) [yaml-syntax]
                  7 |       theme: Training
                    |       ^
                  write it as:
                  7 |     theme: Training
                  (the YAML parser's words: mapping values are not allowed here)
                """);
    }

    @Test
    void aColonInsideAValue() throws IOException {
        assertThat(validate("    title: Update: done")).isEqualTo("""
                objective.yaml:6:18: error: a colon followed by a space inside a value makes YAML read a new key; put the whole value in quotes [yaml-syntax]
                  6 |     title: Update: done
                    |                  ^
                  write it as:
                  6 |     title: "Update: done"
                  (the YAML parser's words: mapping values are not allowed here)
                plan: 1 error, 0 warnings in 2 files
                """);
    }

    @Test
    void aQuoteLeftOpen() throws IOException {
        assertThat(validate("    title: \"Action 1", "    theme: \"Training\"")).isEqualTo("""
                objective.yaml:6:12: error: this quote is not closed on its line, so YAML reads on, past the end of the line, to the next quote it finds; close it [yaml-syntax]
                  6 |     title: "Action 1
                    |            ^
                  write it as:
                  6 |     title: "Action 1"
                  (the YAML parser's words: while parsing a block mapping: expected <block end>, but found '<scalar>')
                plan: 1 error, 0 warnings in 2 files
                """);
    }

    @Test
    void aListItemUnderAKeyThatHasAValue() throws IOException {
        assertThat(validate("    title: Action 1", "    duties: training", "    - support")).isEqualTo("""
                objective.yaml:8:5: error: 'duties' already has a value on line 7, so a '-' list item cannot go under it; give the key a list that holds every item [yaml-syntax]
                  8 |     - support
                    |     ^
                  write it as:
                    |     duties:
                    |       - training
                    |       - support
                  (the YAML parser's words: while parsing a block mapping: expected <block end>, but found '-')
                plan: 1 error, 0 warnings in 2 files
                """);
    }

    @Test
    void aListItemIndentedUnderAKeyThatHasAValueIsReadAsText() throws IOException {
        assertThat(validate("    title: Action 1", "    evidence: minutes", "      - register")).startsWith("""
                objective.yaml:8:7: warning: 'evidence' already has a value on line 7, so YAML reads this '- ' line as more of that text, not as a list item; give the key a list that holds every item [list-in-text]
                  8 |       - register
                    |       ^
                  write it as:
                    |     evidence:
                    |       - minutes
                    |       - register
                """);
    }

    @Test
    void aKeyGivenTwice() throws IOException {
        assertThat(validate("    title: Action 1", "    title: Action one")).isEqualTo("""
                objective.yaml:7:5: error: 'title' is given twice in this item (first at line 6); keep one: the first is used [duplicate-key]
                  7 |     title: Action one
                    |     ^
                plan: 1 error, 0 warnings in 2 files
                """);
    }

    @Test
    void aKeyGivenTwiceWhereTheNextItemLacksItsDash() throws IOException {
        assertThat(validate("    title: Action 1", "    id: \"1.2\"")).startsWith("""
                objective.yaml:7:5: error: 'id' is given twice in this item (first at line 5); if this starts the next item of the list, begin it with '- '; if not, keep one: the first is used [duplicate-key]
                  7 |     id: "1.2"
                    |     ^
                  write it as:
                  7 |   - id: "1.2"
                """);
    }

    @Test
    void textAfterAClosingQuote() throws IOException {
        assertThat(validate("    title: \"Channel\" panel")).isEqualTo("""
                objective.yaml:6:22: error: the quotes end before the text does, and YAML allows nothing after a closing quote; put the whole text in quotes, or take the quotes out [yaml-syntax]
                  6 |     title: "Channel" panel
                    |                      ^
                  write it as:
                  6 |     title: '"Channel" panel'
                  (the YAML parser's words: while parsing a block mapping: expected <block end>, but found '<scalar>')
                plan: 1 error, 0 warnings in 2 files
                """);
    }

    @Test
    void aWordSmartQuote() throws IOException {
        assertThat(validate("    title: \u201CUpdate: done\u201D")).isEqualTo("""
                objective.yaml:6:12: error: '\u201C' is a typographic ("smart") quote, as Word writes it, and YAML does not read it as a quote; use a plain " or ' [yaml-syntax]
                  6 |     title: \u201CUpdate: done\u201D
                    |            ^
                  write it as:
                  6 |     title: "Update: done"
                  (the YAML parser's words: mapping values are not allowed here)
                plan: 1 error, 0 warnings in 2 files
                """);
    }
}
