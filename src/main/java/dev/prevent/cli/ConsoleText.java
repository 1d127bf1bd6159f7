package dev.prevent.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Text for a console whose code page lacks some of the characters prevent prints (a Windows console on code page
 * 850 has no arrow and no ellipsis): each of those becomes its ASCII spelling ({@code ->}, {@code ...}) rather than
 * the {@code ?} Java would print. On a console that can show them (UTF-8, which the launchers ask for) nothing changes.
 */
final class ConsoleText extends FilterWriter {

    /** The characters prevent prints that old code pages lack, and how to write each in ASCII. */
    static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('→', "->"), Map.entry('←', "<-"), Map.entry('↑', "^"), Map.entry('↓', "v"), Map.entry('…', "..."),
            Map.entry('–', "-"), Map.entry('—', "--"), Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('“', "\""),
            Map.entry('”', "\""), Map.entry('•', "*"), Map.entry('·', "."), Map.entry('✓', "ok"), Map.entry('✗', "x"),
            Map.entry('▲', "^"), Map.entry('▼', "v"), Map.entry('│', "|"), Map.entry('─', "-"));

    private final CharsetEncoder encoder;

    private ConsoleText(Writer out, Charset charset) {
        super(out);
        this.encoder = charset.newEncoder();
    }

    /** A writer of text to {@code out} in {@code charset}, spelling in ASCII what the charset cannot show. */
    static Writer of(OutputStream out, Charset charset) {
        Writer writer = new OutputStreamWriter(out, charset);
        CharsetEncoder encoder = charset.newEncoder();
        boolean showsAll = ASCII.keySet().stream().allMatch(encoder::canEncode);
        return showsAll ? writer : new ConsoleText(writer, charset);
    }

    @Override
    public void write(int c) throws IOException {
        String ascii = shown((char) c);
        if (ascii == null) {
            out.write(c);
        } else {
            out.write(ascii);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        StringBuilder shown = null;
        for (int i = offset; i < offset + length; i++) {
            String ascii = shown(text.charAt(i));
            if (ascii != null && shown == null) {
                shown = new StringBuilder(length + 8).append(text, offset, i);
            }
            if (shown != null) {
                shown.append(ascii != null ? ascii : String.valueOf(text.charAt(i)));
            }
        }
        if (shown == null) {
            out.write(text, offset, length);
        } else {
            out.write(shown.toString());
        }
    }

    /** The ASCII spelling of {@code c} when the console cannot show it; null when it can, or has no spelling. */
    private String shown(char c) {
        if (c < 128) {
            return null;
        }
        String ascii = ASCII.get(c);
        return ascii != null && !encoder.canEncode(c) ? ascii : null;
    }
}
