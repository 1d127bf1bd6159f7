package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.model.Update;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coordinators (or a script with xargs -P) recording progress on the same file at the same moment, as separate
 * processes of the built jar: twenty pairs, and every note of every pair is in the file afterwards. Before, one of two
 * updates of the same action was lost in seven runs of ten, and both runs said they wrote.
 */
class ConcurrentUpdatesIT {

    @TempDir
    Path dir;

    @Test
    void twentyPairsOfUpdatesAtOnceLoseNothing() throws Exception {
        Path plans = Fixtures.copy(Fixtures.plan("edit-styles"), dir.resolve("plans"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of("target/prevent.jar").toAbsolutePath().toString();
        List<String> notes = new ArrayList<>();
        for (int pair = 0; pair < 20; pair++) {
            List<Process> running = new ArrayList<>();
            for (String who : List.of("A", "B")) {
                String note = who + pair;
                notes.add(note);
                // The same action in half the pairs, two actions of one file in the others.
                String id = who.equals("A") || pair % 2 == 0 ? "1.1" : "1.2";
                running.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", jar, "--plan", plans.toString(), "update", id,
                        "--note", note, "--date", "2016-01-20").redirectErrorStream(true).start());
            }
            for (Process process : running) {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(process.exitValue()).as(output).isZero();
            }
        }

        List<String> recorded = Validation.of(plans, LocalDate.of(2016, 4, 1)).validPlan().actions()
                .filter(a -> a.id().equals("1.1") || a.id().equals("1.2"))
                .flatMap(a -> a.updates().stream()).map(Update::note).toList();
        assertThat(recorded).containsAll(notes);
    }
}
