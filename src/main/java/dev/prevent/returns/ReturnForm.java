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
     * Writes in a form's document properties its title and what it is: a progress return of this plan and year, for
     * this agency, made on {@code today} for the meeting on {@code meeting}, due back on {@code due}.
     *
     * @return the custom properties, for a form to add its own
     */
    static org.apache.poi.ooxml.POIXMLProperties.CustomProperties describe(org.apache.poi.ooxml.POIXMLProperties properties,
            dev.prevent.model.Plan plan, dev.prevent.model.Agency agency, java.time.LocalDate today, java.time.LocalDate meeting,
            java.time.LocalDate due) {
        properties.getCoreProperties().setTitle("Progress return: " + agency.name() + ", " + plan.title());
        properties.getCoreProperties().setCreator("prevent");
        var custom = properties.getCustomProperties();
        custom.addProperty(FORM, FORM_KIND);
        custom.addProperty(PLAN, plan.title());
        custom.addProperty(PERIOD, plan.period());
        custom.addProperty(AGENCY, agency.code());
        custom.addProperty(REQUESTED, today.toString());
        custom.addProperty(MEETING, meeting.toString());
        custom.addProperty(DUE, due.toString());
        return custom;
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
