package dev.prevent.model;

import java.time.LocalDate;

/** A dated entry of an action's progress log; {@code status} is the key given at that date, or null. */
public record Update(LocalDate date, String status, String note, SourceMap source) {

    /** The words with which import once recorded a status read from a document: where it came from, not progress. */
    private static final String IMPORTED = "Status as imported from ";

    /**
     * Whether the entry has a note that says what happened: some words, not only where the entry came from (a plan
     * imported by an older prevent has "Status as imported from ... table 1 row 11" as its log's first note).
     */
    public boolean saysWhatHappened() {
        return note != null && !note.isBlank() && !note.startsWith(IMPORTED);
    }
}
