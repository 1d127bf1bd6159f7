package dev.prevent.output;

import java.util.Locale;

/** The formats a question's answer can be written in. */
public enum OutputFormat {
    TABLE, JSON, CSV, MARKDOWN, XLSX;

    /**
     * The writer for a text format; only the terminal table has colour, only CSV guards formulas.
     *
     * @throws IllegalStateException for XLSX, a file of bytes written by {@link ExcelAnswer}
     */
    public AnswerWriter writer(boolean colour, boolean formulaGuard) {
        return switch (this) {
            case TABLE -> new TerminalTable(colour);
            case JSON -> new JsonAnswer();
            case CSV -> new CsvAnswer(formulaGuard);
            case MARKDOWN -> new MarkdownAnswer();
            case XLSX -> throw new IllegalStateException("an Excel sheet is bytes: ExcelAnswer writes it");
        };
    }

    /** Whether the format is a file of bytes (an Excel sheet) rather than text. */
    public boolean binary() {
        return this == XLSX;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
