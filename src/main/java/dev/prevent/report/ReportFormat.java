package dev.prevent.report;

import java.util.Locale;

/** What {@code report} writes: the template each format uses and where it goes when no -o is given. */
public enum ReportFormat {
    HTML("report.html.ftl", "report.html"),
    MARKDOWN("report.md.ftl", null),
    PDF("report.html.ftl", "report.pdf"),
    /** Word: built by {@link WordPaper}, not from a template; restyled by the committee template it is pasted into. */
    DOCX(null, "report.docx");

    private final String template;
    private final String defaultFile;

    ReportFormat(String template, String defaultFile) {
        this.template = template;
        this.defaultFile = defaultFile;
    }

    /** The template it renders, or null for the Word paper, which is built in code. */
    public String template() {
        return template;
    }

    /** The file written when no -o is given, or null for standard output. */
    public String defaultFile() {
        return defaultFile;
    }

    /** Whether it is a binary file (PDF, Word) rather than text. */
    public boolean binary() {
        return this == PDF || this == DOCX;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
