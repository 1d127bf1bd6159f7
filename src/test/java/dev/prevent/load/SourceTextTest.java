package dev.prevent.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.model.SourcePosition;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Offsets to file:line:col and back, as every diagnostic a user reads relies on: lines end at LF, CRLF or a lone
 * CR; columns count code points, so an emoji or a CJK extension character before a mistake does not shift it.
 */
class SourceTextTest {

    static final Path FILE = Path.of("plan.yaml");

    static String at(SourceText text, int offset) {
        SourcePosition position = text.position(FILE, offset);
        return position.line() + ":" + position.column();
    }

    @Test
    void linesEndAtLfCrlfAndALoneCr() {
        SourceText text = SourceText.of("a: 1\nb: 2\r\nc: 3\rd: 4");

        assertThat(at(text, 0)).isEqualTo("1:1");
        assertThat(at(text, 3)).isEqualTo("1:4");
        assertThat(at(text, 4)).as("the LF itself ends line 1").isEqualTo("1:5");
        assertThat(at(text, 5)).isEqualTo("2:1");
        assertThat(at(text, 10)).as("the LF of a CRLF is still line 2").isEqualTo("2:6");
        assertThat(at(text, 11)).isEqualTo("3:1");
        assertThat(at(text, 16)).as("after a lone CR").isEqualTo("4:1");
        assertThat(at(text, 19)).isEqualTo("4:4");
    }

    @Test
    void aFileWithoutCarriageReturnsAndOfManyLinesKeepsEveryLine() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            yaml.append("k").append(i).append(": v\n");
        }
        SourceText text = SourceText.of(yaml.toString());
        int offset = yaml.indexOf("k150:");

        assertThat(at(text, offset)).isEqualTo("151:1");
        assertThat(text.offset(new SourcePosition(FILE, 151, 1))).isEqualTo(offset);
        assertThat(text.offset(new SourcePosition(FILE, 151, 3))).isEqualTo(offset + 2);
    }

    @Test
    void columnsCountCodePointsOnALineWithAnAstralCharacter() {
        String line = "title: \uD83D\uDE00 ok\nnext: 2";
        SourceText text = SourceText.of(line);

        assertThat(at(text, line.indexOf("ok"))).as("the emoji is one column, two chars").isEqualTo("1:10");
        assertThat(at(text, line.indexOf("next"))).isEqualTo("2:1");
        assertThat(at(text, line.indexOf("2"))).isEqualTo("2:7");
        assertThat(text.offset(new SourcePosition(FILE, 1, 10))).isEqualTo(line.indexOf("ok"));
        assertThat(text.offset(new SourcePosition(FILE, 1, 8))).isEqualTo(line.indexOf('\uD83D'));
        assertThat(text.offset(new SourcePosition(FILE, 2, 7))).isEqualTo(line.indexOf("2"));
        // A column past a line's end stops at the line's end, which is where the next line starts.
        assertThat(text.offset(new SourcePosition(FILE, 1, 99))).isEqualTo(line.indexOf("next"));
    }

    @Test
    void positionsPastTheEndClampAndAPositionWithoutALineIsTheStart() {
        SourceText text = SourceText.of("a: 1\nb: 2");

        assertThat(text.offset(new SourcePosition(FILE, 9, 1))).isEqualTo(text.text().length());
        assertThat(text.offset(new SourcePosition(FILE, 2, 99))).isEqualTo(text.text().length());
        assertThat(text.offset(new SourcePosition(FILE, 1, 99))).isEqualTo(5);
        assertThat(text.offset(SourcePosition.ofFile(FILE))).isZero();
        assertThat(text.offset(new SourcePosition(FILE, 2, 0))).as("column 0 reads as the line's start").isEqualTo(5);
    }

    @Test
    void aLoneSurrogateCountsAsACharacterOfItsOwn() {
        SourceText text = SourceText.of("a: \uD800x\nb");

        assertThat(at(text, 4)).isEqualTo("1:5");
        assertThat(at(text, 6)).isEqualTo("2:1");
    }

    @Test
    void aBreakAtTheVeryStartOfTheTextEndsLineOne() {
        assertThat(at(SourceText.of("\nabc"), 1)).isEqualTo("2:1");
        assertThat(at(SourceText.of("\rabc\nd"), 1)).as("a lone CR first").isEqualTo("2:1");
        assertThat(at(SourceText.of("\rabc\nd"), 5)).isEqualTo("3:1");
        assertThat(at(SourceText.of("\nab\rc"), 1)).as("an LF first, a CR later").isEqualTo("2:1");
        assertThat(at(SourceText.of("\nab\rc"), 4)).isEqualTo("3:1");
    }

    @Test
    void aLineOfWideCharactersConvertsBothWaysToItsEnd() {
        // Line 2 is a, an emoji (two chars), b: code points at chars 0, 1, 3, and its end at 4.
        SourceText text = SourceText.of("x\na\uD83D\uDE00b");

        assertThat(text.offset(new SourcePosition(FILE, 2, 4))).as("just past b").isEqualTo(6);
        assertThat(text.offset(new SourcePosition(FILE, 2, 5))).as("past the line's end").isEqualTo(6);
        assertThat(at(text, 6)).isEqualTo("2:4");
        assertThat(at(text, 4)).as("inside the emoji: the emoji's column").isEqualTo("2:2");

        SourceText first = SourceText.of("a\uD83D\uDE00b\nc");
        assertThat(first.offset(new SourcePosition(FILE, 1, 6))).as("one past the line's last code point").isEqualTo(5);
        assertThat(first.offset(new SourcePosition(FILE, 1, 5))).as("past the LF").isEqualTo(5);
        assertThat(first.offset(new SourcePosition(FILE, 1, 4))).as("the LF").isEqualTo(4);
    }
}
