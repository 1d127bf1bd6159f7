/**
 * Moving a plan in: a new plan folder that validates at once ({@code init}), and objective files made
 * from a spreadsheet saved as CSV with the original columns ({@code import}), and the JSON Schemas of plan
 * files that new folders and editors use. Never overwrites a file.
 */
package dev.prevent.adopt;
