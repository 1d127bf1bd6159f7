package dev.prevent.adopt;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a delivery plan's table, recognised by their headings whatever the case, spacing or
 * punctuation, with the variants real plans use ({@code TIME}, {@code BY WHEN}, {@code RAG}, {@code COMMENTS/ PROGRESS}).
 * A few columns are ones prevent itself writes ({@code due}, {@code statusLabel}, ...): they are read only when
 * the column they are worked out from is missing.
 */
enum SheetHeading {
    REF, OBJECTIVE, THEME, TITLE, ACTION, LEAD, SUCCESS_CRITERIA, TIMESCALE, RESOURCES, PROGRESS, COMMENTS, DUTY,
    /** {@code due}: a timescale when the sheet has no other. */
    DUE,
    /** {@code statusLabel}: a status when the sheet has no other. */
    STATUS_LABEL,
    /** {@code overdue}, {@code lastUpdate}, {@code file}, {@code line}: worked out from the plan, never imported. */
    WORKED_OUT;

    static Optional<SheetHeading> of(String heading) {
        String letters = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.startsWith("comment") || letters.equals("notes") || letters.equals("update") || letters.equals("updates")) {
            return Optional.of(COMMENTS);
        }
        if (letters.startsWith("progress") || letters.equals("status") || letters.equals("rag")
                || letters.equals("ragstatus")) {
            return Optional.of(PROGRESS);
        }
        return switch (letters) {
            case "ref", "refno", "reference", "no", "id", "number", "actionno", "actionref", "actionid" -> Optional.of(REF);
            case "objective" -> Optional.of(OBJECTIVE);
            case "theme" -> Optional.of(THEME);
            case "title" -> Optional.of(TITLE);
            case "action", "actions" -> Optional.of(ACTION);
            case "lead", "leads", "leadagency", "leadagencies", "leadpartner" -> Optional.of(LEAD);
            case "successcriteria", "successmeasures", "outcomes", "measures" -> Optional.of(SUCCESS_CRITERIA);
            case "time", "timescale", "timescales", "timeframe", "deadline", "bywhen", "targetdate" -> Optional.of(TIMESCALE);
            case "resources", "resource" -> Optional.of(RESOURCES);
            case "duty", "duties", "dutyarea", "guidance", "benchmark", "area", "areas" -> Optional.of(DUTY);
            case "due" -> Optional.of(DUE);
            case "statuslabel" -> Optional.of(STATUS_LABEL);
            case "overdue", "lastupdate", "file", "line" -> Optional.of(WORKED_OUT);
            default -> Optional.empty();
        };
    }

    /** The column this one stands in for when the sheet lacks it; null for a column of its own. */
    SheetHeading standsFor() {
        return switch (this) {
            case DUE -> TIMESCALE;
            case STATUS_LABEL -> PROGRESS;
            default -> null;
        };
    }
}
