package dev.prevent.returns;

import dev.prevent.model.Action;
import dev.prevent.model.Update;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The shape of a progress return, shared by the form that is made and the reading of it when it comes back: its
 * sheets, its columns, the properties that say which plan, agency and day it is for, and an action's fingerprint.
 */
final class ReturnForm {

    private ReturnForm() {
    }

    /** The sheet the partner fills in. */
    static final String SHEET = "Progress";
    /** A hidden sheet holding the plan's status labels, for the drop-down. */
    static final String STATUSES = "Statuses";
    /** A very hidden sheet: each action's id, its fingerprint, and its read-only cells as they were written. */
    static final String KEYS = "prevent";

    /**
     * The columns: the facts of each action the agency's paper ({@code report --lead CODE}) shows (the action, its
     * success criteria, its status and timescale, its newest update), then the three the partner fills in.
     */
    static final List<String> HEADINGS = List.of("ID", "Title", "Action", "Success criteria", "Timescale", "Due", "Status now",
            "Newest update", "Its note", "New status", "Progress note", "Date of update");
    /** The columns the partner fills in: new status, progress note, date of update. */
    static final int NEW_STATUS = 9;
    static final int NOTE = 10;
    static final int DATE = 11;
    /** The row of the headings (0-based); the actions follow it. */
    static final int HEADING_ROW = 6;

    /** Custom properties of the workbook: what the form is, and for which plan, agency and days. */
    static final String FORM = "prevent-form";
    static final String FORM_KIND = "progress-return 1";
    static final String PLAN = "prevent-plan";
    static final String PERIOD = "prevent-period";
    static final String AGENCY = "prevent-agency";
    static final String REQUESTED = "prevent-requested";
    static final String MEETING = "prevent-meeting";
    static final String DUE = "prevent-due";

    /**
     * A very hidden sheet of the Excel form: what the form is (each property's name and text, one a row). Cells are
     * what every program keeps (openpyxl, LibreOffice, Google Sheets drop or may drop custom properties); the custom
     * properties are the second copy, for forms made before the sheet was.
     */
    static final String IDENTITY = "prevent-form";

    /** The names of the properties that say what a form is, in the order they are written. */
    static final List<String> IDENTITY_NAMES = List.of(FORM, PLAN, PERIOD, AGENCY, REQUESTED, MEETING, DUE);

    /**
     * What a form is: a progress return of this plan and year, for this agency, made on {@code today} for the meeting
     * on {@code meeting}, due back on {@code due}; by the names of {@link #IDENTITY_NAMES}.
     */
    static java.util.Map<String, String> identity(dev.prevent.model.Plan plan, dev.prevent.model.Agency agency,
            java.time.LocalDate today, java.time.LocalDate meeting, java.time.LocalDate due) {
        java.util.Map<String, String> identity = new java.util.LinkedHashMap<>();
        identity.put(FORM, FORM_KIND);
        identity.put(PLAN, plan.title());
        identity.put(PERIOD, plan.period());
        identity.put(AGENCY, agency.code());
        identity.put(REQUESTED, today.toString());
        identity.put(MEETING, meeting.toString());
        identity.put(DUE, due.toString());
        return identity;
    }

    /**
     * Writes in a form's document properties its title and what it is ({@link #identity}).
     *
     * @return the custom properties, for a form to add its own
     */
    static org.apache.poi.ooxml.POIXMLProperties.CustomProperties describe(org.apache.poi.ooxml.POIXMLProperties properties,
            dev.prevent.model.Plan plan, dev.prevent.model.Agency agency, java.time.LocalDate today, java.time.LocalDate meeting,
            java.time.LocalDate due) {
        properties.getCoreProperties().setTitle("Progress return: " + agency.name() + ", " + plan.title());
        properties.getCoreProperties().setCreator("prevent");
        var custom = properties.getCustomProperties();
        identity(plan, agency, today, meeting, due).forEach(custom::addProperty);
        return custom;
    }

    /**
     * The read-only columns a form of {@code actions} shows, by their index in {@link #HEADINGS}: the id always, any
     * other only when some action has something in it (a column empty for the whole form is noise).
     */
    static List<Integer> shown(List<List<String>> readOnly) {
        List<Integer> shown = new java.util.ArrayList<>();
        for (int c = 0; c < NEW_STATUS; c++) {
            final int column = c;
            if (c == 0 || readOnly.stream().anyMatch(cells -> !cells.get(column).isBlank())) {
                shown.add(c);
            }
        }
        return shown;
    }

    /** The headings of a form showing the read-only columns {@code shown}, then the three the partner fills in. */
    static List<String> headings(List<Integer> shown) {
        List<String> headings = new java.util.ArrayList<>();
        shown.forEach(c -> headings.add(HEADINGS.get(c)));
        headings.addAll(HEADINGS.subList(NEW_STATUS, HEADINGS.size()));
        return headings;
    }

    /**
     * An action's state as the form shows it (status, timescale, leads, newest update): when it differs on return,
     * the plan moved on after the form was made, and the form's answer may be out of date.
     */
    static String fingerprint(Action action) {
        Update last = action.updates().isEmpty() ? null : action.updates().get(action.updates().size() - 1);
        return digest(String.join("\u001f", action.id(), String.valueOf(action.status()),
                action.timescale() == null ? "" : action.timescale().written(), String.join(",", action.lead()),
                last == null ? "" : String.valueOf(last.date()), last == null ? "" : String.valueOf(last.status()),
                last == null ? "" : String.valueOf(last.note())));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
