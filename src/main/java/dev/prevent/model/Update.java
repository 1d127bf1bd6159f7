package dev.prevent.model;

import java.time.LocalDate;

/** A dated entry of an action's progress log; {@code status} is the key given at that date, or null. */
public record Update(LocalDate date, String status, String note, SourceMap source) {
}
