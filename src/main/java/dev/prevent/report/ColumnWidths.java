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
    /** About how tall the details cell is (lead, status, timescale, resources), in the measure {@link #lines} gives. */
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
        // Each action's measures once: the search below tries about a thousand widths on them.
        int[][][] measured = new int[actions.size()][][];
        for (int i = 0; i < actions.size(); i++) {
            ReportView.Action a = actions.get(i);
            measured[i] = new int[][] {actionText(a), criteria(a), notes(a)};
        }
        double best = Double.MAX_VALUE;
        int shared = 100 - DETAILS;
        int[] usual = {Math.round(free * USUAL.get(0) / (float) shared), Math.round(free * USUAL.get(2) / (float) shared), 0};
        usual[2] = free - usual[0] - usual[1];
        int[] widths = usual;
        for (int action = least; action <= most; action++) {
            for (int criteria = least; criteria <= most; criteria++) {
                int notes = free - action - criteria;
                if (notes < least || notes > most) {
                    continue;
                }
                // The sum of the rows' squared heights; no row is shorter than its details' lines, so widths that
                // make no row shorter tie, and the tie goes to the usual shape.
                double height = 1e-3 * (Math.abs(action - usual[0]) + Math.abs(criteria - usual[1]) + Math.abs(notes - usual[2]));
                for (int[][] a : measured) {
                    double row = Math.max(DETAILS_LINES,
                            Math.max(Math.max(lines(a[0], action), lines(a[1], criteria)), lines(a[2], notes)));
                    height += row * row;
                }
                if (height < best) {
                    best = height;
                    widths = new int[] {action, criteria, notes};
                }
            }
        }
        return widths;
    }

    /** About how many lines a text of this many characters, in this many parts, takes at this width. */
    private static double lines(int[] text, int width) {
        return (double) text[0] / width + text[1];
    }

    private static int[] actionText(ReportView.Action a) {
        return new int[] {length(a.title()) + length(a.theme()) + length(a.action()), 2};
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
        int parts = a.notes() == null ? 0 : (int) a.notes().getAsString().lines().count();
        if (a.lastUpdate() != null) {
            characters += length(a.lastUpdate().note()) + 30;
            parts += 1;
        }
        for (TextModel evidence : a.evidence()) {
            characters += length(evidence);
            parts += 1;
        }
        return new int[] {characters, parts};
    }

    private static int length(TextModel text) {
        return text == null ? 0 : text.getAsString().length();
    }
}
