/**
 * Keeping the plan from the command line: {@code update}, {@code add} and {@code rollover} edit plan files in
 * place, splicing only the text that changes (comments, order, quoting, line endings and a byte-order mark
 * stay), check the edited plan before anything is written, and write atomically.
 */
package dev.prevent.edit;
