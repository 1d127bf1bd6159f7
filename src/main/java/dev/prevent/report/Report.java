package dev.prevent.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A report rendered in one format from a model. */
public final class Report {

    private Report() {
    }

    /** The report's bytes. */
    public static byte[] render(ReportTemplates templates, ReportFormat format, ReportView.Report model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(templates, format, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the report to {@code out}, streaming HTML and Markdown as the template renders them. */
    public static void write(ReportTemplates templates, ReportFormat format, ReportView.Report model, OutputStream out)
            throws IOException {
        if (format == ReportFormat.DOCX) {
            WordPaper.write(model, out);
            return;
        }
        try (MarkdownAhead ahead = MarkdownAhead.start(model, format != ReportFormat.MARKDOWN)) {
            if (format == ReportFormat.PDF) {
                out.write(PdfPrinter.print(templates.render(format.template(), model), model));
                return;
            }
            streamed(templates, format.template(), model, out);
        }
    }

    /** Writes the self-assessment paper to {@code out}: its own templates (assurance.*.ftl), the report's PDF and Word makers. */
    public static void writeAssurance(ReportTemplates templates, ReportFormat format, AssuranceView.Paper paper, String templatesShown,
            OutputStream out) throws IOException {
        if (format == ReportFormat.DOCX) {
            AssuranceWord.write(paper, out);
            return;
        }
        if (format == ReportFormat.PDF) {
            int actions = paper.frameworks().stream().mapToInt(f -> f.items().size()).sum();
            out.write(PdfPrinter.print(templates.render(format.template(ReportFormat.ASSURANCE), paper),
                    new PdfPrinter.Running(paper.plan().title() + ": self-assessment", paper.asOf(), paper.plan().marking(), paper.made(),
                            templatesShown), actions));
            return;
        }
        streamed(templates, format.template(ReportFormat.ASSURANCE), paper, out);
    }

    /** A text paper (HTML, Markdown) written to {@code out} as UTF-8 while the template renders it. */
    private static void streamed(ReportTemplates templates, String template, Object model, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        templates.render(template, model, writer);
        writer.flush();
    }
}
