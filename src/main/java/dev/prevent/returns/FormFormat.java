package dev.prevent.returns;

import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import java.time.LocalDate;
import java.util.List;

/** The kinds of progress return form: an Excel workbook, or a Word document for partners who only open Word. */
public enum FormFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ProgressRequest::workbook),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", WordForm::document);

    /** What makes one agency's form. */
    interface Maker {
        byte[] make(Plan plan, Agency agency, List<Action> actions, LocalDate meeting, LocalDate due, LocalDate today, String returnTo);
    }

    private final String extension;
    private final String contentType;
    private final Maker maker;

    FormFormat(String extension, String contentType, Maker maker) {
        this.extension = extension;
        this.contentType = contentType;
        this.maker = maker;
    }

    public String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    byte[] make(Plan plan, Agency agency, List<Action> actions, LocalDate meeting, LocalDate due, LocalDate today, String returnTo) {
        return maker.make(plan, agency, actions, meeting, due, today, returnTo);
    }

    @Override
    public String toString() {
        return extension;
    }
}
