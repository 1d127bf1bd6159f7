/**
 * Changing the plan's files: {@code update}, {@code add} and {@code rollover} edit plan files in place, splicing only
 * the text that changes (comments, order, quoting, line endings and a byte-order mark stay). Every writer (these,
 * and {@code import} and {@code init}) hands back a {@link dev.prevent.edit.Changeset}, the one way a plan file is
 * written: the would-be plan checked, the diff shown, the files written under the plan's lock, all or none, and
 * committed with git when asked.
 */
package dev.prevent.edit;
