package dev.prevent.load;

import dev.prevent.model.SourcePosition;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file's text with an index of where each line starts, to turn offsets into line and column and
 * back, and to cut out the text of a value exactly as it stands in the file.
 */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;

    private SourceText(String text) {
        this.text = text;
        // A line ends at LF, CRLF or a lone CR, as YAML says. indexOf, not a loop over charAt, for the usual
        // file with no CR: a short run does this in the interpreter, where each call counts.
        int[] starts = new int[64];
        int lines = 1;
        boolean carriageReturns = text.indexOf('\r') >= 0;
        for (int end = nextBreak(text, 0, carriageReturns); end >= 0; end = nextBreak(text, end + 1, carriageReturns)) {
            if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
                end++;
            }
            if (lines == starts.length) {
                starts = Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = end + 1;
        }
        lineStarts = Arrays.copyOf(starts, lines);
        astral = hasSurrogates(text);
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int nextBreak(String text, int from, boolean carriageReturns) {
        int newline = text.indexOf('\n', from);
        if (!carriageReturns) {
            return newline;
        }
        int carriageReturn = text.indexOf('\r', from);
        return carriageReturn < 0 ? newline : newline < 0 ? carriageReturn : Math.min(newline, carriageReturn);
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
        int[] astral = codePointStarts(line);
        int column = astral == null ? offset - lineStarts[line] : codePointIndex(astral, offset - lineStarts[line]);
        return new SourcePosition(file, line + 1, column + 1);
    }

    /** The character offset of a position; positions past the end clamp to it. */
    public int offset(SourcePosition position) {
        if (!position.hasLine() || position.line() > lineStarts.length) {
            return position.hasLine() ? text.length() : 0;
        }
        int line = position.line() - 1;
        int start = lineStarts[line];
        int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        int[] astral = codePointStarts(line);
        int column = Math.max(0, position.column() - 1);
        if (astral == null) {
            return Math.min(start + column, lineEnd);
        }
        return column < astral.length ? start + astral[column] : lineEnd;
    }

    /*
     * Columns count code points, offsets count chars: the same but for characters beyond the BMP (an emoji,
     * a CJK extension). Converting by walking the line would make every value of a long line (a flow list of
     * 80,000 items) cost the line's length; instead a line that holds such characters gets, once, the char
     * offset of each of its code points, and every other line converts by subtraction.
     */
    private final boolean astral;
    private final Map<Integer, int[]> astralLines = new ConcurrentHashMap<>();

    /** The char offsets (from the line's start) of each code point of a line that needs them, else null. */
    private int[] codePointStarts(int line) {
        if (!astral) {
            return null;
        }
        return astralLines.computeIfAbsent(line, l -> {
            int start = lineStarts[l];
            int end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length();
            int[] starts = new int[text.codePointCount(start, end) + 1];
            int i = 0;
            for (int at = start; at < end; at = text.offsetByCodePoints(at, 1)) {
                starts[i++] = at - start;
            }
            starts[i] = end - start;
            return starts;
        });
    }

    private static int codePointIndex(int[] starts, int charOffset) {
        int index = Arrays.binarySearch(starts, charOffset);
        return index >= 0 ? index : -index - 2;
    }
}
