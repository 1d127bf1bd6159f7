package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An objective's table gives its room to the columns that hold the most, and keeps its usual shape otherwise. */
class ColumnWidthsTest {

    /** Actions of a line or two, no row taller than its details: the usual shape. */
    @Test
    void shortActionsKeepTheUsualShape() {
        ColumnWidths.Measure[] columns = {new ColumnWidths.Measure(3), new ColumnWidths.Measure(3), new ColumnWidths.Measure(3)};
        for (ColumnWidths.Measure column : columns) {
            for (int row = 0; row < 3; row++) {
                column.set(row, new int[] {40, 1});
            }
        }
        assertThat(ColumnWidths.split(columns[0], columns[1], columns[2], 100 - ColumnWidths.DETAILS, ColumnWidths.LEAST, ColumnWidths.MOST))
                .containsExactly(ColumnWidths.USUAL.get(0), ColumnWidths.USUAL.get(2), ColumnWidths.USUAL.get(3));
    }

    /** Objective 2 of the shipped plan has notes of twenty lines and short actions: the notes get the room. */
    @Test
    void theColumnThatHoldsTheMostGetsTheMostRoom() {
        ReportView.Objective individuals = objectives(Fixtures.shippedPlan()).get(1);
        List<Integer> widths = individuals.widths();
        assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(widths.get(3)).isGreaterThan(widths.get(0)).isGreaterThan(widths.get(2)).isGreaterThan(32);
        assertThat(widths.get(1)).isEqualTo(ColumnWidths.DETAILS);
    }

    /**
     * The search gives up on a split as soon as its rows are taller than the best so far: it must still answer what
     * trying every split in full answers, ties included, on tables of every kind (empty cells, equal rows, one row).
     */
    @Test
    void theBoundedSearchFindsWhatTheFullSearchFinds() {
        Random random = new Random(2016);
        for (int table = 0; table < 300; table++) {
            int rows = 1 + random.nextInt(table % 3 == 0 ? 3 : 60);
            int[][][] measured = new int[rows][3][];
            ColumnWidths.Measure[] columns = {new ColumnWidths.Measure(rows), new ColumnWidths.Measure(rows), new ColumnWidths.Measure(rows)};
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < 3; column++) {
                    // Short cells often (the floor of six lines decides, so splits tie), long ones sometimes.
                    int characters = random.nextInt(4) == 0 ? random.nextInt(3000) : random.nextInt(120);
                    measured[row][column] = new int[] {characters, random.nextInt(4)};
                    columns[column].set(row, measured[row][column]);
                }
            }
            for (int[] room : new int[][] {{85, 16, 46}, {100, 24, 50}}) {
                assertThat(ColumnWidths.split(columns[0], columns[1], columns[2], room[0], room[1], room[2]))
                        .as("table %d, room %s", table, java.util.Arrays.toString(room))
                        .containsExactly(everySplit(measured, room[0], room[1], room[2]));
            }
        }
    }

    /** The search as it was first written: every split in full, the first of the least height kept. */
    private static int[] everySplit(int[][][] measured, int free, int least, int most) {
        double best = Double.MAX_VALUE;
        int shared = 100 - ColumnWidths.DETAILS;
        int[] usual = {Math.round(free * ColumnWidths.USUAL.get(0) / (float) shared),
                Math.round(free * ColumnWidths.USUAL.get(2) / (float) shared), 0};
        usual[2] = free - usual[0] - usual[1];
        int[] widths = usual;
        for (int action = least; action <= most; action++) {
            for (int criteria = least; criteria <= most; criteria++) {
                int notes = free - action - criteria;
                if (notes < least || notes > most) {
                    continue;
                }
                double height = 1e-3 * (Math.abs(action - usual[0]) + Math.abs(criteria - usual[1]) + Math.abs(notes - usual[2]));
                for (int[][] a : measured) {
                    double p = ColumnWidths.PADDING;
                    double row = Math.max(6, Math.max(Math.max(a[0][0] / (action - p) + a[0][1],
                            a[1][0] / (criteria - p) + a[1][1]), a[2][0] / (notes - p) + a[2][1]));
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

    /** A note's lines are counted as String.lines counts them: LF, CR and CRLF each end one, a last empty one is none. */
    @Test
    void linesAreCountedAsJavaCountsThem() {
        Random random = new Random(15);
        char[] alphabet = {'a', ' ', '\n', '\r'};
        for (int i = 0; i < 2000; i++) {
            char[] text = new char[random.nextInt(12)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertThat(ColumnWidths.lines(s)).as("'%s'", s.replace("\n", "\\n").replace("\r", "\\r"))
                    .isEqualTo((int) s.lines().count());
        }
    }

    private static List<ReportView.Objective> objectives(Path plan) {
        return ReportModel.of(ReportRequest.of(Validation.of(plan, Reports.AS_OF).validPlan(), Fixtures.EVERY_ACTION,
                LocalDate.of(2016, 4, 1), ZonedDateTime.now())).objectives();
    }
}
