/**
 * Reads a plan folder into the model: YAML files to a position-carrying tree (bounded against
 * hostile input), then to {@code dev.prevent.model} records, reporting malformed files, keys and
 * values as diagnostics. Checks that need the whole plan live in {@code dev.prevent.check}.
 */
package dev.prevent.load;
