/**
 * The working group's paper: a read-only view model of the plan as a {@link dev.prevent.report.ReportRequest} asks
 * for it (a scope, an as-of date; counts, what needs attention, every action), rendered through Freemarker templates a council can restyle, to HTML,
 * Markdown or PDF, and built in code as a Word document. Plan text is Markdown, rendered here with commonmark, never trusted as markup.
 */
package dev.prevent.report;
