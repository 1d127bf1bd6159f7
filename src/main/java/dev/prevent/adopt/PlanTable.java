package dev.prevent.adopt;

import dev.prevent.exit.UserError;
import dev.prevent.output.Visible;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Grid} read as a delivery plan's table: the heading row found by its names (title rows above it kept
 * as the objective's title), objective and theme rows merged across, heading rows repeated on each page skipped,
 * a row whose ACTION is empty joined to the one above (a row split by a page break), a row that repeats the one
 * above (merged cells exported) dropped, and every other row an action's cells.
 */
final class PlanTable {

    /**
     * The actions under one objective heading, or under none.
     *
     * @param heading the objective heading row, or null
     * @param title   the text of title rows above the headings that start no objective, or empty
     */
    record Section(SectionHeading heading, String title, List<SheetRow> rows) {
    }

    /** The row across a table that ends a theme, as the Word paper writes it. */
    static final String NO_THEME = "No theme";

    private final Grid grid;
    private final List<String> reports;
    private final Columns chosen;
    private final boolean oneObjective;
    private final Map<Integer, SheetHeading> columns = new LinkedHashMap<>();
    private final Map<Integer, String> extras = new LinkedHashMap<>();
    private final Map<Integer, String> written = new LinkedHashMap<>();
    /** Columns prevent works out itself ({@code due}, {@code overdue}, ...), read past without a word per row. */
    private final Set<Integer> workedOut = new HashSet<>();
    private final List<Section> sections = new ArrayList<>();

    private PlanTable(Grid grid, List<String> reports, Columns chosen, boolean oneObjective) {
        this.grid = grid;
        this.reports = reports;
        this.chosen = chosen;
        this.oneObjective = oneObjective;
    }

    /** The grid's sections; none when it has no ACTION (or title) column, as a table of contents or a sign-off table has not. */
    static Optional<List<Section>> read(Grid grid, List<String> reports) {
        return read(grid, reports, Columns.NONE, false);
    }

    /**
     * The grid's sections, with the columns {@code chosen} on the command line read as they say; {@code oneObjective}
     * when the file holds one objective (a numbered row across is then a theme, never a new objective).
     */
    static Optional<List<Section>> read(Grid grid, List<String> reports, Columns chosen, boolean oneObjective) {
        return new PlanTable(grid, reports, chosen, oneObjective).read();
    }

    /**
     * What each column of the grid's heading row is read as, for a table in which no column is read as the action:
     * the row that looks most like headings (the first with two known ones), or the first row with words.
     * Each line is {@code 'heading' read as FIELD}; the last names the column most likely to be the action, by its text.
     */
    static Optional<Unplaced> unplaced(Grid grid, Columns chosen) {
        Grid.Row headings = null;
        int at = -1;
        for (int i = 0; i < grid.rows().size() && headings == null; i++) {
            Grid.Row row = grid.rows().get(i);
            if (!row.across() && row.cells().stream().filter(c -> chosen.heading(c.text()).isPresent()).count() >= 2) {
                headings = row;
                at = i;
            }
        }
        if (headings == null) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        String likely = null;
        long longest = -1;
        for (int c = 0; c < headings.cells().size(); c++) {
            String text = SectionHeading.plain(headings.text(c)).replaceAll("\\s+", " ");
            if (text.isBlank()) {
                continue;
            }
            Optional<SheetHeading> read = chosen.heading(text);
            lines.add("'" + text + "' read as " + read.map(h -> h == SheetHeading.DETAILS ? "lead, status, timescale and resources"
                    : h.field() == null ? "a column prevent works out" : h.field())
                    .orElse("nothing (kept in the notes)"));
            if (read.isEmpty()) {
                long length = 0;
                for (Grid.Row row : grid.rows().subList(at + 1, grid.rows().size())) {
                    length += row.across() ? 0 : row.text(c).length();
                }
                if (length > longest) {
                    longest = length;
                    likely = text;
                }
            }
        }
        return Optional.of(new Unplaced(lines, likely));
    }

    /**
     * A table's columns, none of them the action.
     *
     * @param lines  each column as read
     * @param likely the unplaced column with the most text, the likeliest to hold the actions; or null
     */
    record Unplaced(List<String> lines, String likely) {
    }

    /** The words of the first row with any, to say what a table without an ACTION column has instead. */
    static String firstRow(Grid grid) {
        return grid.rows().stream().filter(r -> !r.isEmpty()).findFirst()
                .map(r -> String.join(", ", r.cells().stream().map(c -> SectionHeading.plain(c.text())).filter(t -> !t.isBlank()).toList()))
                .orElse("nothing");
    }

    private Optional<List<Section>> read() {
        int headingRow = -1;
        for (int i = 0; i < grid.rows().size() && headingRow < 0; i++) {
            Grid.Row row = grid.rows().get(i);
            if (!row.across() && row.cells().stream().map(c -> chosen.heading(c.text()))
                    .anyMatch(h -> h.filter(k -> k == SheetHeading.ACTION || k == SheetHeading.TITLE).isPresent())) {
                headingRow = i;
            }
        }
        if (headingRow < 0) {
            return Optional.empty();
        }
        Grid.Row headings = grid.rows().get(headingRow);
        columnsOf(headings);
        SectionHeading objective = null;
        List<String> title = new ArrayList<>();
        int top = topLevel(headingRow);
        for (Grid.Row row : grid.rows().subList(0, headingRow)) {
            String text = row.firstText();
            Optional<SectionHeading> heading = startsObjective(text, top);
            if (heading.isPresent()) {
                objective = heading.get();
            } else if (!text.isBlank()) {
                title.add(SectionHeading.plain(String.join(" ", row.cells().stream().map(Grid.Cell::text).filter(t -> !t.isBlank()).toList())));
            }
        }
        Section current = new Section(objective, String.join("\n", title), new ArrayList<>());
        sections.add(current);
        String theme = null;
        SheetRow last = null;
        Grid.Row lastRaw = null;
        for (Grid.Row row : grid.rows().subList(headingRow + 1, grid.rows().size())) {
            if (row.isEmpty()) {
                continue;
            }
            if (row.across()) {
                String text = row.firstText();
                Optional<SectionHeading> heading = startsObjective(text, top);
                if (heading.isPresent()) {
                    // A title above the headings belongs to the first objective, when that starts under them.
                    String carried = "";
                    if (current.rows().isEmpty() && current.heading() == null) {
                        sections.remove(current);
                        carried = current.title();
                    }
                    current = new Section(heading.get(), carried, new ArrayList<>());
                    sections.add(current);
                    theme = null;
                    last = null;
                } else {
                    // The theme's number ("1) ") is the table's layout; the plan numbers nothing but ids.
                    theme = SectionHeading.themeOf(text);
                    if (theme.equalsIgnoreCase(NO_THEME)) {
                        theme = null;
                    }
                }
                continue;
            }
            if (sameText(row, headings)) {
                continue;
            }
            if (lastRaw != null && sameText(row, lastRaw)) {
                reports.add(row.where() + " repeats the row above word for word (merged cells, exported?), so it is not a new action");
                continue;
            }
            lastRaw = row;
            checked(row);
            boolean continues = textOf(row, SheetHeading.ACTION).isEmpty() && textOf(row, SheetHeading.TITLE).isEmpty()
                    && textOf(row, SheetHeading.REF).isEmpty();
            if (continues && last != null) {
                reports.add(row.where() + ": the ACTION cell is empty, so this row continues the action above");
                append(last, row, true);
                continue;
            }
            last = new SheetRow(row.where(), theme);
            append(last, row, false);
            current.rows().add(last);
        }
        sections.removeIf(s -> {
            if (s.rows().isEmpty() && s.heading() != null) {
                reports.add(grid.name() + ": objective '" + s.heading().name() + "' has no actions under it, so no file was made for it");
            }
            return s.rows().isEmpty();
        });
        return Optional.of(sections);
    }

    /**
     * The highest level of heading row in the table ("Objective ..." above "Theme ..." above a number alone): rows
     * of that level start objectives, lower ones are themes. A file of one objective has only themes below its title.
     */
    private int topLevel(int headingRow) {
        int top = Integer.MAX_VALUE;
        for (int i = 0; i < grid.rows().size(); i++) {
            Grid.Row row = grid.rows().get(i);
            if (i < headingRow || row.across()) {
                int level = SectionHeading.level(row.firstText());
                if (level >= 0 && !(level == SectionHeading.NUMBER && (i < headingRow || oneObjective))) {
                    top = Math.min(top, level);
                }
            }
        }
        return top;
    }

    private static Optional<SectionHeading> startsObjective(String text, int top) {
        int level = SectionHeading.level(text);
        return level >= 0 && level == top ? SectionHeading.of(text) : Optional.empty();
    }

    /** Which column is which: the first of each kind, a stand-in only where its column is missing, the rest kept in notes. */
    private void columnsOf(Grid.Row headings) {
        Map<Integer, SheetHeading> found = new LinkedHashMap<>();
        for (int i = 0; i < headings.cells().size(); i++) {
            String text = SectionHeading.plain(headings.text(i));
            written.put(i, text);
            Optional<SheetHeading> known = chosen.heading(text);
            if (known.equals(Optional.of(SheetHeading.LEAD)) && found.containsValue(SheetHeading.LEAD)
                    && !found.containsValue(SheetHeading.OWNER)) {
                // A second lead column beside the agencies' ("Owner", "Responsible") names the person accountable.
                known = Optional.of(SheetHeading.OWNER);
            }
            if (known.isPresent() && (!found.containsValue(known.get()) || known.get() == SheetHeading.WORKED_OUT)) {
                found.put(i, known.get());
            } else if (!text.isBlank()) {
                extras.put(i, text.strip());
                reports.add(grid.name() + ": column '" + text.strip() + "' is not a column of the plan; its text is kept in each action's notes");
            }
        }
        List<String> ignored = new ArrayList<>();
        found.forEach((i, heading) -> {
            if (heading == SheetHeading.WORKED_OUT || heading.standsFor() != null && found.containsValue(heading.standsFor())) {
                ignored.add(written.get(i));
                workedOut.add(i);
            } else {
                columns.put(i, heading.standsFor() != null ? heading.standsFor() : heading);
            }
        });
        if (!ignored.isEmpty()) {
            reports.add(grid.name() + ": column" + (ignored.size() == 1 ? " " : "s ") + String.join(", ", ignored)
                    + (ignored.size() == 1 ? " is" : " are") + " worked out by prevent from the plan, so not imported");
        }
    }

    private String textOf(Grid.Row row, SheetHeading heading) {
        for (Map.Entry<Integer, SheetHeading> column : columns.entrySet()) {
            if (column.getValue() == heading) {
                return row.text(column.getKey()).strip();
            }
        }
        return "";
    }

    /** The labels of a details cell's lines, and the columns they stand for. */
    private static final Map<String, SheetHeading> DETAIL_LABELS = Map.of("lead", SheetHeading.LEAD,
            "status", SheetHeading.PROGRESS, "timescale", SheetHeading.TIMESCALE, "resources", SheetHeading.RESOURCES);
    private static final Pattern LABELLED = Pattern.compile("(?i)\\s*(lead|status|timescale|resources|serves|responds to)\\s*:\\s*(.*)");

    /**
     * A details cell's lines, each to the column its label names; a line with no label ("Owner: Jo Bloggs", a
     * second resource) continues the one above.
     */
    private static void details(SheetRow into, String text, String written) {
        SheetHeading current = null;
        for (String line : text.split("\\R")) {
            // The labels and the status are set in bold ("**Lead:** COLC"): marks that say nothing of the values.
            line = line.replace("**", "");
            Matcher labelled = LABELLED.matcher(line);
            if (labelled.matches()) {
                // "Serves:" and "Responds to:", as prevent's paper gives them, come from the action's duties and risks:
                // no column of their own, and never part of the line above.
                current = DETAIL_LABELS.get(labelled.group(1).toLowerCase(Locale.ROOT));
                line = labelled.group(2);
            }
            if (current != null) {
                SheetRow.append(into.cells().computeIfAbsent(current, k -> new StringBuilder()), line.strip());
                into.headings().putIfAbsent(current, written);
            }
        }
    }

    private void append(SheetRow into, Grid.Row row, boolean continuation) {
        columns.forEach((i, heading) -> {
            Grid.Cell cell = i < row.cells().size() ? row.cells().get(i) : Grid.Cell.of("");
            if (continuation && cell.fromAbove()) {
                return;
            }
            if (heading == SheetHeading.DETAILS) {
                details(into, cell.text(), written.get(i).strip());
                return;
            }
            SheetRow.append(into.cells().computeIfAbsent(heading, k -> new StringBuilder()), cell.text().strip());
            into.headings().putIfAbsent(heading, written.get(i).strip());
            if (cell.fill() != null) {
                into.fills().putIfAbsent(heading, cell.fill());
            }
        });
        extras.forEach((i, heading) -> {
            Grid.Cell cell = i < row.cells().size() ? row.cells().get(i) : Grid.Cell.of("");
            if (!(continuation && cell.fromAbove())) {
                SheetRow.append(into.extra().computeIfAbsent(heading, k -> new StringBuilder()), cell.text().strip());
            }
        });
        // Text in cells past the headings' columns fits no field: kept, and said.
        for (int i = 0; i < row.cells().size(); i++) {
            if (!columns.containsKey(i) && !extras.containsKey(i) && !workedOut.contains(i) && !row.text(i).isBlank()) {
                reports.add(row.where() + ", column " + (i + 1) + " has no heading; its text is kept in the notes");
                SheetRow.append(into.extra().computeIfAbsent("Column " + (i + 1), k -> new StringBuilder()), row.text(i).strip());
            }
        }
    }

    private static boolean sameText(Grid.Row row, Grid.Row other) {
        int width = Math.max(row.cells().size(), other.cells().size());
        for (int i = 0; i < width; i++) {
            if (!row.text(i).strip().equals(other.text(i).strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A control character (an escape, a bell, a NUL) has no place in a plan and is refused; a cell a spreadsheet
     * would take for a formula is kept as text, with a word to the user.
     */
    private void checked(Grid.Row row) {
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.text(i);
            String heading = written.getOrDefault(i, "").isEmpty() ? "column " + (i + 1) : written.get(i);
            int control = Visible.firstControl(text.replace("\n", " ").replace("\t", " "));
            if (control >= 0) {
                throw new UserError(row.where() + ", column '" + heading + "': the cell holds the control character "
                        + Visible.shown(text.codePointAt(control)) + ", which has no place in a plan; delete it in the "
                        + "spreadsheet and save again");
            }
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && text.length() > 1
                    && !text.matches("(?s)[-+]?\\d[\\d.,]*|-+|- .*")) {
                reports.add(row.where() + ", column '" + heading + "': the cell begins with '" + text.charAt(0)
                        + "' like a spreadsheet formula; it is kept as text");
            }
        }
    }
}
