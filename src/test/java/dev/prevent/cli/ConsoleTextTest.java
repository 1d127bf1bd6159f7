package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a console shows of prevent's arrows and ellipses: themselves where it can, their ASCII spelling where not. */
class ConsoleTextTest {

    private static final String LINE = "timescale 1.2 Q3 2026/27 → Q3 2027/28 … £500, café – done ✓\n";

    @Test
    void aWindowsConsoleOnCodePage850GetsAsciiForWhatItCannotShowAndKeepsWhatItCan() throws IOException {
        Charset cp850 = Charset.forName("IBM850");

        assertThat(shown(LINE, cp850)).isEqualTo("timescale 1.2 Q3 2026/27 -> Q3 2027/28 ... £500, café - done ok\n");
    }

    @Test
    void aUtf8ConsoleShowsEveryCharacterAsItIs() throws IOException {
        assertThat(shown(LINE, StandardCharsets.UTF_8)).isEqualTo(LINE);
    }

    @Test
    void aPlainAsciiConsoleNeverPrintsAQuestionMarkForThem() throws IOException {
        assertThat(shown("a → b … c\n", StandardCharsets.US_ASCII)).isEqualTo("a -> b ... c\n");
    }

    private static String shown(String text, Charset charset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = ConsoleText.of(bytes, charset)) {
            writer.write(text.substring(0, 5));
            writer.write(text.charAt(5));
            writer.write(text.toCharArray(), 6, text.length() - 6);
        }
        return bytes.toString(charset);
    }
}
