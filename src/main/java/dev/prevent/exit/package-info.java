/**
 * How a run ends: the exit codes and the one exception that carries a user's mistake (with its message
 * and code) up to the command line, which turns it into both in one place. Depends on nothing.
 */
package dev.prevent.exit;
