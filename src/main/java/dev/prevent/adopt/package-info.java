/**
 * Moving a plan in: a new plan folder that validates at once ({@code init}); objective files made from a
 * plan's table as Word, Excel or CSV hold it ({@code import}: each file read into one grid of cells, the
 * grid read as a plan's table, its cells into actions, every guess listed); and the JSON Schemas of plan
 * files that new folders and editors use. What it makes is a {@link dev.prevent.edit.Changeset} of new files,
 * which never replaces one.
 */
package dev.prevent.adopt;
