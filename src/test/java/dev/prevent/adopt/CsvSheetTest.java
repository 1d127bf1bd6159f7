package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.exit.UserError;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file as a grid of cells, whatever Excel saved: its encoding, its separator, and the rows that were merged
 * across the table before it was saved (an objective's or a theme's heading alone in the first cell).
 */
class CsvSheetTest {

    @TempDir
    Path dir;

    final List<String> reports = new ArrayList<>();

    Grid read(byte[] bytes) throws Exception {
        Path csv = dir.resolve("plan.csv");
        Files.write(csv, bytes);
        return CsvSheet.read(csv, reports);
    }

    Grid read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> texts(Grid.Row row) {
        return row.cells().stream().map(Grid.Cell::text).toList();
    }

    @Test
    void aHeadingAloneInTheFirstCellOfAWideRowWasMergedAcross() throws Exception {
        Grid grid = read("Ref,ACTION,LEAD\nObjective Two: Individuals,,\n2.1,Train staff,COLC\n1) Engagement,,\n");

        assertThat(grid.rows()).extracting(Grid.Row::across).containsExactly(false, true, false, true);
        assertThat(grid.rows().get(1).where()).isEqualTo(new Grid.Place("plan.csv", 2));
        assertThat(texts(grid.rows().get(2))).containsExactly("2.1", "Train staff", "COLC");
    }

    @Test
    void aRowIsNotAHeadingWhenItsFirstCellIsNotOneOrIsNotAlone() throws Exception {
        Grid grid = read("Ref,ACTION,LEAD\nA note under the table,,\nObjective Two: Individuals,x,\n,Objective Two: Individuals,\n");

        assertThat(grid.rows()).extracting(Grid.Row::across).containsExactly(false, false, false, false);
    }

    @Test
    void aSheetOfOneColumnHasNothingToMergeAcross() throws Exception {
        Grid grid = read("Objective Two: Individuals\n2.1\n");

        assertThat(grid.rows()).extracting(Grid.Row::across).containsExactly(false, false);
    }

    @Test
    void cellsAreStrippedAndBlankLinesSkipped() throws Exception {
        Grid grid = read("Ref , ACTION\n\n 2.1 ,\" Train\nstaff \"\n");

        assertThat(grid.rows()).hasSize(2);
        assertThat(texts(grid.rows().get(1))).containsExactly("2.1", "Train\nstaff");
        assertThat(grid.rows().get(1).where()).isEqualTo(new Grid.Place("plan.csv", 2));
    }

    @Test
    void utf16IsReadByItsByteOrderMarkEitherWayRound() throws Exception {
        for (Charset charset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            byte[] text = "\uFEFFRef,ACTION\n2.1,Café £5\n".getBytes(charset);
            reports.clear();

            assertThat(texts(read(text).rows().get(1))).as(charset.name()).containsExactly("2.1", "Café £5");
            assertThat(reports).containsExactly("plan.csv: read as UTF-16 (Excel's \"Unicode text\")");
        }
    }

    @Test
    void bytesThatOnlyBeginLikeAByteOrderMarkAreNotUtf16() throws Exception {
        // 0xFE then 'R': not a UTF-16 mark, and not UTF-8 either.
        Grid grid = read(new byte[] {(byte) 0xFE, 'R', ',', 'A', '\n'});

        assertThat(texts(grid.rows().get(0))).containsExactly("\u00feR", "A");
        assertThat(reports).singleElement().asString().startsWith("plan.csv: not UTF-8, so read as Windows-1252");
    }

    @Test
    void aFileOfOneByteIsRead() throws Exception {
        assertThat(texts(read("R").rows().get(0))).containsExactly("R");
        assertThat(reports).isEmpty();
    }

    @Test
    void utf8HasItsByteOrderMarkDroppedAndNoNotice() throws Exception {
        Grid grid = read("\uFEFFRef,ACTION\n");

        assertThat(texts(grid.rows().get(0))).containsExactly("Ref", "ACTION");
        assertThat(reports).isEmpty();
    }

    @Test
    void semicolonsSeparateWhenTheHeadingRowHasNoComma() throws Exception {
        Grid grid = read(";Ref;ACTION\n;2.1;Train, then test\n");

        assertThat(texts(grid.rows().get(1))).containsExactly("", "2.1", "Train, then test");
        assertThat(reports).containsExactly("plan.csv: the columns are separated by ';', so they were read that way");
    }

    @Test
    void theHeadingRowIsTheFirstWithWordsForTheSeparatorToo() throws Exception {
        Grid grid = read("\n\nRef;ACTION\n2.1;Train\n");

        assertThat(texts(grid.rows().get(1))).containsExactly("2.1", "Train");
    }

    @Test
    void aCommaAnywhereInTheHeadingRowKeepsCommas() throws Exception {
        Grid grid = read(",Ref;No\n,2.1;x\n");

        assertThat(texts(grid.rows().get(1))).containsExactly("", "2.1;x");
        assertThat(reports).isEmpty();
    }

    @Test
    void aSheetAtTheLimitIsReadAndOneByteMoreIsRefusedUnread() throws Exception {
        Path csv = dir.resolve("big.csv");
        try (RandomAccessFile file = new RandomAccessFile(csv.toFile(), "rw")) {
            file.write("Ref,ACTION\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(CsvSheet.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> CsvSheet.read(csv, reports)).isInstanceOf(UserError.class)
                .hasMessage(csv + " is 16.8 MB; a spreadsheet to import may be at most 16 MB");

        try (RandomAccessFile file = new RandomAccessFile(csv.toFile(), "rw")) {
            file.setLength(CsvSheet.MAX_BYTES);
            file.seek(11);
            byte[] spaces = new byte[(int) CsvSheet.MAX_BYTES - 11];
            java.util.Arrays.fill(spaces, (byte) ' ');
            file.write(spaces);
        }
        assertThat(texts(CsvSheet.read(csv, reports).rows().get(0))).containsExactly("Ref", "ACTION");
    }

    @Test
    void aFileThatCannotBeReadIsNamed() {
        Path missing = dir.resolve("gone.csv");

        assertThatThrownBy(() -> CsvSheet.read(missing, reports)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("cannot read " + missing + ": ");
    }

    @Test
    void aFileThatIsOnlyAUtf16MarkIsAnEmptySheet() throws Exception {
        Grid grid = read(new byte[] {(byte) 0xFF, (byte) 0xFE});

        assertThat(grid.rows()).isEmpty();
        assertThat(reports).containsExactly("plan.csv: read as UTF-16 (Excel's \"Unicode text\")");
    }
}
