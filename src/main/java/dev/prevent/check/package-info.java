/**
 * Validation: runs the loader, then the rules that need the whole plan (ids, leads, statuses,
 * placeholders, the progress log), and writes the diagnostics in the formats CI and people read.
 */
package dev.prevent.check;
