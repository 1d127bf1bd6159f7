package dev.prevent.output;

import java.util.Locale;

/** The formats a question's answer can be written in. */
public enum OutputFormat {
    TABLE, JSON, CSV, MARKDOWN;

    /** The writer for this format; only the terminal table has colour, only CSV guards formulas. */
    public AnswerWriter writer(boolean colour, boolean formulaGuard) {
        return switch (this) {
            case TABLE -> new TerminalTable(colour);
            case JSON -> new JsonAnswer();
            case CSV -> new CsvAnswer(formulaGuard);
            case MARKDOWN -> new MarkdownAnswer();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
