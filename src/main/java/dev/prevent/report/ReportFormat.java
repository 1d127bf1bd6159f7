package dev.prevent.report;

import java.util.Locale;

/**
 * What {@code report} and {@code assurance} write: the template each format uses and where it goes when no -o is given,
 * for each paper ({@code report.html.ftl} and {@code report.pdf}, {@code assurance.html.ftl} and {@code assurance.pdf}).
 */
public enum ReportFormat {
    HTML("html", "html"),
    MARKDOWN("md", null),
    PDF("html", "pdf"),
    /** Word: built by {@link WordPaper}, not from a template; restyled by the committee template it is pasted into. */
    DOCX(null, "docx");

    /** The meeting paper's name, which its templates and files begin with. */
    public static final String REPORT = "report";
    /** The self-assessment paper's. */
    public static final String ASSURANCE = "assurance";

    private final String templateType;
    private final String fileType;

    ReportFormat(String templateType, String fileType) {
        this.templateType = templateType;
        this.fileType = fileType;
    }

    /** The meeting paper's template, or null for the Word paper, which is built in code. */
    public String template() {
        return template(REPORT);
    }

    /** A paper's template in this format ({@code assurance.html.ftl}), or null for the Word paper. */
    public String template(String paper) {
        return templateType == null ? null : paper + "." + templateType + ".ftl";
    }

    /** The file the meeting paper is written to when no -o is given, or null for standard output. */
    public String defaultFile() {
        return defaultFile(REPORT);
    }

    /** The file a paper is written to when no -o is given ({@code assurance.pdf}), or null for standard output. */
    public String defaultFile(String paper) {
        return fileType == null ? null : paper + "." + fileType;
    }

    /** The ending of a file in this format, without its dot: html, md, pdf, docx. */
    public String extension() {
        return fileType != null ? fileType : templateType;
    }

    /** The format whose files end {@code extension} ({@code pdf}), if any. */
    public static java.util.Optional<ReportFormat> ofExtension(String extension) {
        return java.util.Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(String.valueOf(extension).strip())).findFirst();
    }

    /** The media type a file in this format is sent as (a download from the web workspace). */
    public String contentType() {
        return switch (this) {
            case PDF -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
        };
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
