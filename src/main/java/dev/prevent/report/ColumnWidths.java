package dev.prevent.report;

import java.util.List;

/**
 * The widths of an objective's table of actions, from what its columns hold: the column with the most words gets
 * the most room, so that no row is made tall by one narrow, crowded cell. The details column (lead, status,
 * timescale, resources) is short labelled lines and keeps a fixed share; each other column gets at least enough for
 * a day or a lead's code to fit on a line. Percentages of the table's width, in column order, adding up to 100.
 */
final class ColumnWidths {

    static final int DETAILS = 15;
    static final int LEAST = 16;
    static final int MOST = 46;
    /**
     * The characters of a cell from which its row may run on to the next page, in the PDF and the Word paper alike:
     * about a tenth of a landscape page in its column at 8 pt. A shorter row moves whole, leaving little behind; a
     * longer one kept whole left most of a page empty before it (the shipped plan's PDF was 9 pages, now 7).
     */
    static final int TALL_CELL = 400;

    /** Whether an action's row may run on to the next page: one of its cells is long ({@link #TALL_CELL}). */
    static boolean runsOn(ReportView.Action a) {
        return actionText(a)[0] >= TALL_CELL || criteria(a)[0] >= TALL_CELL || notes(a)[0] >= TALL_CELL;
    }

    /** What a cell's padding takes of its width, in percent of the table's. */
    static final double PADDING = 1.5;
    /** The step between the splits tried first, whose best bounds the search. */
    private static final int COARSE = 4;
    /** About how tall the details cell is (lead, status, timescale, resources), in the measure {@link Measure#lines} gives. */
    private static final double DETAILS_LINES = 6;
    /** The widths of a table with nothing in it, and of the plan's usual shape: the notes and criteria longest. */
    static final List<Integer> USUAL = List.of(24, DETAILS, 29, 32);

    private ColumnWidths() {
    }

    /**
     * The widths that make the table shortest, judged by each row's tallest cell (its characters over its width,
     * plus a line for each list item or paragraph), the tallest rows most: a row is kept whole on a page, so a tall
     * one leaves the most of a page empty. Every split of the free room in whole percents is tried, so the cost is
     * linear in the actions.
     */
    static List<Integer> of(List<ReportView.Action> actions) {
        if (actions.isEmpty()) {
            return USUAL;
        }
        int[] split = split(actions, 100 - DETAILS, LEAST, MOST);
        return List.of(split[0], DETAILS, split[1], split[2]);
    }

    /**
     * How the room left by the short columns is best split between the action, its criteria and its notes, in
     * parts of {@code free}, each at least {@code least} and at most {@code most}: the Word paper's table, with
     * more short columns, splits what they leave the same way.
     */
    static int[] split(List<ReportView.Action> actions, int free, int least, int most) {
        // Each action's measures once, column by column: the search below tries about a thousand widths on them,
        // so a national plan's objective of a thousand actions is a million rows, and the loop must stay flat.
        int n = actions.size();
        Measure text = new Measure(n);
        Measure criteria = new Measure(n);
        Measure notes = new Measure(n);
        for (int i = 0; i < n; i++) {
            ReportView.Action a = actions.get(i);
            text.set(i, actionText(a));
            criteria.set(i, criteria(a));
            notes.set(i, notes(a));
        }
        return split(text, criteria, notes, free, least, most);
    }

    /** {@link #split(List, int, int, int)} on the columns' measures. */
    static int[] split(Measure text, Measure criteria, Measure notes, int free, int least, int most) {
        int n = text.characters.length;
        int shared = 100 - DETAILS;
        int[] usual = {Math.round(free * USUAL.get(0) / (float) shared), Math.round(free * USUAL.get(2) / (float) shared), 0};
        usual[2] = free - usual[0] - usual[1];
        // A row is never shorter than its details' lines, nor than its action text at the width being tried.
        double[] floor = new double[n];
        // A few splits first, for a bound: a split whose rows pass the best so far is given up at once. The answer
        // is still the first split, in the order tried, of the least height.
        int[] widths = usual;
        double best = Double.MAX_VALUE;
        for (int action = least; action <= most; action += COARSE) {
            floor(text, action, floor);
            for (int c = least; c <= most; c += COARSE) {
                int rest = free - action - c;
                if (rest >= least && rest <= most) {
                    best = Math.min(best, height(action, c, rest, usual, floor, criteria, notes, best));
                }
            }
        }
        boolean found = false;
        for (int action = least; action <= most; action++) {
            floor(text, action, floor);
            for (int c = least; c <= most; c++) {
                int rest = free - action - c;
                if (rest < least || rest > most) {
                    continue;
                }
                double height = height(action, c, rest, usual, floor, criteria, notes, best);
                if (height < best || height == best && !found) {
                    best = height;
                    widths = new int[] {action, c, rest};
                    found = true;
                }
            }
        }
        return widths;
    }

    /** Each row's least height at this width of the action column: its details' lines, or its action's. */
    private static void floor(Measure text, int width, double[] floor) {
        for (int i = 0; i < floor.length; i++) {
            floor[i] = larger(DETAILS_LINES, text.lines(i, width));
        }
    }

    /**
     * The sum of the rows' squared heights, or as much of it as passes {@code bound}; widths that make no row shorter
     * tie, and the tie goes to the usual shape.
     */
    private static double height(int action, int criteria, int notes, int[] usual, double[] floor, Measure criteriaMeasure,
            Measure notesMeasure, double bound) {
        double height = 1e-3 * (Math.abs(action - usual[0]) + Math.abs(criteria - usual[1]) + Math.abs(notes - usual[2]));
        for (int i = 0; i < floor.length && height <= bound; i++) {
            double row = larger(floor[i], larger(criteriaMeasure.lines(i, criteria), notesMeasure.lines(i, notes)));
            height += row * row;
        }
        return height;
    }

    /** One column's measures for every row: its characters and its parts (list items, paragraphs). */
    static final class Measure {
        private final double[] characters;
        private final double[] parts;

        Measure(int rows) {
            characters = new double[rows];
            parts = new double[rows];
        }

        void set(int row, int[] measure) {
            characters[row] = measure[0];
            parts[row] = measure[1];
        }

        /** About how many lines the row's text takes at this width. */
        double lines(int row, int width) {
            // A cell's padding takes about one percent of the table's width from every column, the narrow most.
            return characters[row] / (width - PADDING) + parts[row];
        }
    }

    private static int[] actionText(ReportView.Action a) {
        // The "Serves ... Responds to ..." line under the action is its own paragraph.
        int serves = 0;
        for (String item : a.serves()) {
            serves += item.length() + 2;
        }
        for (String risk : a.risks()) {
            serves += risk.length() + 2;
        }
        return new int[] {length(a.title()) + length(a.theme()) + length(a.action()) + serves, serves > 0 ? 3 : 2};
    }

    private static int[] criteria(ReportView.Action a) {
        int characters = 0;
        for (TextModel criterion : a.successCriteria()) {
            characters += length(criterion);
        }
        return new int[] {characters, a.successCriteria().size()};
    }

    private static int[] notes(ReportView.Action a) {
        int characters = length(a.notes());
        int parts = a.notes() == null ? 0 : lines(a.notes().getAsString());
        // The updates since the meeting, or with none the newest: each a line of its day and status, then its note.
        List<ReportView.Update> shown = !a.recent().isEmpty() ? a.recent() : a.lastUpdate() == null ? List.of() : List.of(a.lastUpdate());
        for (ReportView.Update update : shown) {
            characters += length(update.note()) + 30;
            parts += 1;
        }
        for (TextModel evidence : a.evidence()) {
            characters += length(evidence);
            parts += 1;
        }
        return new int[] {characters, parts};
    }

    /** Math.max without its care for NaN and negative zero, which cost in the search's loop and cannot occur here. */
    private static double larger(double a, double b) {
        return a >= b ? a : b;
    }

    /** How many lines a text has, as {@link String#lines} counts them, without a string for each. */
    static int lines(String text) {
        int lines = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            lines++;
            while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            if (i + 1 < length && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                i++;
            }
        }
        return lines;
    }

    private static int length(TextModel text) {
        return text == null ? 0 : text.getAsString().length();
    }
}
