package dev.prevent.load;

import dev.prevent.model.SourcePosition;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's text with an index of where each line starts, to turn offsets into line and column and
 * back, and to cut out the text of a value exactly as it stands in the file.
 */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;

    private SourceText(String text) {
        this.text = text;
        // indexOf, not a loop over charAt: a short run does this in the interpreter, where each call counts.
        int[] starts = new int[64];
        int lines = 1;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = newline + 1;
        }
        lineStarts = Arrays.copyOf(starts, lines);
    }

    public static SourceText of(String text) {
        return new SourceText(text);
    }

    public String text() {
        return text;
    }

    /** The position of a character offset: 1-based line, 1-based column counted in code points. */
    public SourcePosition position(Path file, int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new SourcePosition(file, line + 1, text.codePointCount(lineStarts[line], offset) + 1);
    }

    /** The character offset of a position; positions past the end clamp to it. */
    public int offset(SourcePosition position) {
        if (!position.hasLine() || position.line() > lineStarts.length) {
            return position.hasLine() ? text.length() : 0;
        }
        int start = lineStarts[position.line() - 1];
        int lineEnd = position.line() < lineStarts.length ? lineStarts[position.line()] : text.length();
        int offset = start;
        for (int column = 1; column < position.column() && offset < lineEnd; column++) {
            offset = text.offsetByCodePoints(offset, 1);
        }
        return offset;
    }
}
