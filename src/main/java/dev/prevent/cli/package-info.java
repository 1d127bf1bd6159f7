/**
 * The command line: picocli commands that parse options, call the core and print. No rules live
 * here; user mistakes become exit codes and messages once, in {@link dev.prevent.cli.Main}.
 */
package dev.prevent.cli;
