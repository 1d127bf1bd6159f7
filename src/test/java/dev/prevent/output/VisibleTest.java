package dev.prevent.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nothing in a plan reaches a terminal or a paper as a raw control character, and ordinary text is left alone. */
class VisibleTest {

    @Test
    void ordinaryTextOfAnyScriptHasNoControlCharacter() {
        assertThat(Visible.firstControl("Prevent duty: tab\tand newline\nkept")).isEqualTo(-1);
        assertThat(Visible.firstControl("café, Zoë, 防止, emoji \uD83D\uDE00 in a pair")).isEqualTo(-1);
        assertThat(Visible.firstControl("")).isEqualTo(-1);
    }

    @Test
    void eachKindOfControlCharacterIsFoundWhereItIs() {
        assertThat(Visible.firstControl("ab\u001B[2J")).isEqualTo(2);
        assertThat(Visible.firstControl("abc\u007F")).isEqualTo(3);
        assertThat(Visible.firstControl("a\u0085")).isEqualTo(1);
        assertThat(Visible.firstControl("file\u202Etxt.exe")).isEqualTo(4);
        assertThat(Visible.firstControl("x\u2028y")).isEqualTo(1);
        assertThat(Visible.firstControl("\uFEFFtitle")).isEqualTo(0);
        assertThat(Visible.firstControl("a\rb")).isEqualTo(1);
    }

    @Test
    void aLoneHalfOfASurrogatePairIsAControlCharacterAndAWholePairIsNot() {
        assertThat(Visible.firstControl("\uD83D\uDE00 then \uD83D alone")).isEqualTo(8);
        assertThat(Visible.firstControl("ends with a high half \uD83D")).isEqualTo(22);
        assertThat(Visible.firstControl("\uDE00 a low half first")).isEqualTo(0);
    }

    @Test
    void shownTextNamesEachControlCharacter() {
        assertThat(Visible.text("a\u001Bb\nc")).isEqualTo("a<U+001B>b\nc");
        assertThat(Visible.line("a\nb")).isEqualTo("a<U+000A>b");
        assertThat(Visible.text("plain")).isSameAs("plain");
    }
}
