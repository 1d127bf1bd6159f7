package dev.prevent.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.model.Action;
import dev.prevent.model.Objective;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The status fields the history reads from the parser's events alone are the ones the loader reads: for every
 * objective file of every fixture plan that the loader reads whole, and the shipped plan.
 */
class StatusFieldsTest {

    @Test
    void theEventsGiveEachActionsStatusAsTheLoaderReadsIt() throws Exception {
        int compared = 0;
        List<Path> folders;
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/plans"))) {
            folders = Stream.concat(fixtures.filter(Files::isDirectory), Stream.of(Path.of("plans"))).sorted().toList();
        }
        for (Path folder : folders) {
            LoadResult loaded = PlanLoader.load(folder);
            Map<Path, Map<String, String>> byFile = new HashMap<>();
            for (Objective objective : loaded.plan().objectives()) {
                for (Action action : objective.actions()) {
                    byFile.computeIfAbsent(action.source().file(), f -> new HashMap<>()).putIfAbsent(action.id(), action.status());
                }
            }
            for (Map.Entry<Path, Map<String, String>> file : byFile.entrySet()) {
                boolean broken = loaded.diagnostics().stream().anyMatch(d -> d.at().file().equals(file.getKey()) && d.isError());
                if (broken) {
                    continue;
                }
                assertThat(StatusFields.of(new DiskFiles(folder), file.getKey())).as(file.getKey().toString())
                        .hasValue(file.getValue());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    void aFileThatIsNoYamlGivesNothingRatherThanAGuess() throws Exception {
        Path dir = Files.createTempDirectory("status-fields");
        Path file = Files.writeString(dir.resolve("objective.yaml"), "id: 1\nactions:\n  - id: 1.1\n    status: [unclosed\n");

        assertThat(StatusFields.of(new DiskFiles(dir), file)).isEmpty();
    }
}
