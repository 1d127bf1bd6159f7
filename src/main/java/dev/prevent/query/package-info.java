/**
 * Questions asked of a valid plan on an as-of date: which actions match a filter (lead, status,
 * objective, overdue, due before, stale), and what each agency leads. Overdue and stale are decided
 * here and only here, always against the given date, never the clock.
 */
package dev.prevent.query;
