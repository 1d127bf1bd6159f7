package dev.prevent.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.model.Action;
import dev.prevent.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who has not replied: for each form not yet read, its agency, the day of its newest report (by the plan's log) and
 * its actions still open (a closed one is done, nothing to chase).
 */
class OutstandingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    @Test
    void aFormNotReadNamesItsAgencysNewestReportAndOnlyItsOpenActions() throws IOException {
        Path copy = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("plans"));
        // On target closes an action here; 1.2 is on target, 1.1 has a log.
        Files.writeString(copy.resolve("plan.yaml"), Files.readString(copy.resolve("plan.yaml"), StandardCharsets.UTF_8)
                .replace("    label: On target\n", "    label: On target\n    closed: true\n"), StandardCharsets.UTF_8);
        Path objective = copy.resolve("objective-1-ideologies.yaml");
        Files.writeString(objective, Files.readString(objective, StandardCharsets.UTF_8)
                .replace("    title: Community groups\n", "    title: Community groups\n    updates:\n      - date: 2026-11-05\n"
                        + "        note: Met\n      - date: 2026-12-01\n        status: red\n")
                .replace("    title: Faith based groups\n", "    title: Faith based groups\n    status: green\n"), StandardCharsets.UTF_8);
        Plan plan = Validation.of(copy, TODAY).validPlan();
        List<Action> led = plan.actions().filter(a -> a.isLedBy("ALL")).toList();
        Path form = dir.resolve("ALL.xlsx");
        Files.write(form, ProgressRequest.workbook(plan, plan.agency("ALL").orElseThrow(), led, TODAY.plusDays(3), TODAY.plusDays(1), TODAY,
                "the coordinator"));
        List<String> unreadable = new ArrayList<>();

        var waiting = Outstanding.of(plan, List.of(form), TODAY, Set.of(), unreadable);

        assertThat(unreadable).isEmpty();
        assertThat(waiting).singleElement().satisfies(agency -> {
            assertThat(agency.code()).isEqualTo("ALL");
            assertThat(agency.last()).isEqualTo(Optional.of(LocalDate.of(2026, 12, 1)));
            assertThat(agency.open()).contains("1.1", "1.3").doesNotContain("1.2");
        });
    }
}
