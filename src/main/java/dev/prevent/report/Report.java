package dev.prevent.report;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A report rendered in one format from a model: the bytes to write. */
public final class Report {

    private Report() {
    }

    public static byte[] render(ReportTemplates templates, ReportFormat format, Map<String, Object> model) {
        String text = templates.render(format.template(), model);
        return format == ReportFormat.PDF ? PdfPrinter.print(text) : text.getBytes(StandardCharsets.UTF_8);
    }
}
