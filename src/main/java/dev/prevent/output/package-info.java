/**
 * Writing an answer to a question (a list of actions, the leads, what changed) in the formats the
 * command line offers: an aligned terminal table, JSON, CSV (RFC 4180), a GitHub Markdown table and an Excel sheet.
 * Knows nothing of plans: answers hand it tables of text and a JSON document. The one way of colouring
 * text for a terminal lives here too, and the kit every Word document is written with ({@link dev.prevent.output.WordKit}:
 * styles, pages, the running header and footer, tables, cells, runs, fields, Markdown as runs).
 */
package dev.prevent.output;
