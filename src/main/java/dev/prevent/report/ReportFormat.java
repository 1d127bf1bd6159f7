package dev.prevent.report;

import java.util.Locale;

/** What {@code report} writes: the template each format uses and where it goes when no -o is given. */
public enum ReportFormat {
    HTML("report.html.ftl", "report.html"),
    MARKDOWN("report.md.ftl", null),
    PDF("report.html.ftl", "report.pdf");

    private final String template;
    private final String defaultFile;

    ReportFormat(String template, String defaultFile) {
        this.template = template;
        this.defaultFile = defaultFile;
    }

    public String template() {
        return template;
    }

    /** The file written when no -o is given, or null for standard output. */
    public String defaultFile() {
        return defaultFile;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
