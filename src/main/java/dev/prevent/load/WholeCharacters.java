package dev.prevent.load;

import java.io.IOException;
import java.io.Reader;

/**
 * A text read to the YAML parser so that no read ends between the two halves of a character beyond the Basic
 * Multilingual Plane (an emoji, a rare CJK letter). The parser fills a buffer of a fixed number of chars, and when
 * one ends on a high surrogate it fails (an index out of bounds in snakeyaml-engine's StreamReader): with an emoji
 * at the 1,024th character, every edit of a valid file was an internal error. A read here stops one char short
 * instead, and the pair is read whole by the next.
 */
public final class WholeCharacters extends Reader {

    private final String text;
    private int at;

    public WholeCharacters(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (at >= text.length()) {
            return -1;
        }
        int end = Math.min(text.length(), at + length);
        if (end - at > 1 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        text.getChars(at, end, buffer, offset);
        int read = end - at;
        at = end;
        return read;
    }

    @Override
    public void close() throws IOException {
        // a string holds nothing to release
    }
}
