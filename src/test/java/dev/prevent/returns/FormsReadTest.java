package dev.prevent.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.model.Agency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger of forms read, beside them: a form read is written down once, found again as read, and a ledger spoilt
 * by hand is started again rather than stop a return being recorded.
 */
class FormsReadTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    @Test
    void aFormReadIsWrittenDownOnceAndFoundAgainAsRead() throws IOException {
        var reading = reading(dir.resolve("POLICE progress return.xlsx"), "POLICE");
        var key = new FormsRead.Key("POLICE", TODAY.minusDays(5), TODAY.plusDays(3));

        assertThat(FormsRead.record(reading, TODAY)).isEqualTo(Optional.of(dir.resolve(FormsRead.FILE)));
        assertThat(FormsRead.in(dir)).containsExactly(key);
        // A reply saved beside the form under another name is the same form: not written down twice.
        assertThat(FormsRead.record(reading(dir.resolve("reply.xlsx"), "POLICE"), TODAY)).isEmpty();
        assertThat(Files.readAllLines(dir.resolve(FormsRead.FILE), StandardCharsets.UTF_8)).containsExactly(
                "agency,requested,meeting,file,read", "POLICE,2026-12-02,2026-12-10,POLICE progress return.xlsx,2026-12-07");
        // Another agency's is added after it.
        FormsRead.record(reading(dir.resolve("COLC.xlsx"), "COLC"), TODAY);
        assertThat(FormsRead.in(dir)).containsExactly(key, new FormsRead.Key("COLC", TODAY.minusDays(5), TODAY.plusDays(3)));
        assertThat(Files.readAllLines(dir.resolve(FormsRead.FILE), StandardCharsets.UTF_8)).as("one header").containsExactly(
                "agency,requested,meeting,file,read", "POLICE,2026-12-02,2026-12-10,POLICE progress return.xlsx,2026-12-07",
                "COLC,2026-12-02,2026-12-10,COLC.xlsx,2026-12-07");
    }

    @Test
    void aLedgerSpoiltByHandIsStartedAgainWithTheFormJustRead() throws IOException {
        Files.writeString(dir.resolve(FormsRead.FILE), "agency,requested,meeting,file,read\n\"POLICE,2026-12-02", StandardCharsets.UTF_8);

        assertThat(FormsRead.in(dir)).isEmpty();
        FormsRead.record(reading(dir.resolve("COLC.xlsx"), "COLC"), TODAY);

        assertThat(Files.readAllLines(dir.resolve(FormsRead.FILE), StandardCharsets.UTF_8)).containsExactly(
                "agency,requested,meeting,file,read", "COLC,2026-12-02,2026-12-10,COLC.xlsx,2026-12-07");
    }

    private static ProgressReturn.Reading reading(Path file, String code) {
        return new ProgressReturn.Reading(file, new Agency(code, code + " agency"), TODAY.minusDays(5), TODAY.plusDays(3), List.of(),
                List.of(), List.of(), 0);
    }
}
