package dev.prevent.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A status in the plan's own words, and an action's status on a day, read from its log as it was written. */
class StatusTest {

    @Test
    void aColourKeyIsNamedByItsColourAnyOtherByItsLabel() {
        assertThat(new Status("red", "Behind", "behind schedule ", "#d4351c", false, 0).wording()).isEqualTo("Red – behind schedule");
        assertThat(new Status("off", "Off track", "behind", "#d4351c", false, 0).wording()).isEqualTo("Off track – behind");
        assertThat(new Status("off", "Off track", " ", null, false, 0).wording()).isEqualTo("Off track");
        assertThat(new Status("off", "Off track", null, null, false, 0).wording()).isEqualTo("Off track");
    }

    static final SourceMap NOWHERE = SourceMap.of(SourcePosition.ofFile(Path.of("objective-1.yaml")));

    static Update update(String day, String status) {
        return new Update(LocalDate.parse(day), status, null, NOWHERE);
    }

    static Action action(String status, Update... updates) {
        return new Action("1.1", "T", null, "A", List.of(), null, List.of(), null, List.of(), status, null, List.of(updates), List.of(), java.util.Map.of(), List.of(), List.of(), "1",
                NOWHERE);
    }

    @Test
    void aDayBetweenUpdatesHasTheNewestStatusUpToItWhateverTheLogsOrder() {
        Action action = action("green", update("2016-01-10", "amber"), update("2016-01-05", "red"), update("2016-02-01", "green"));

        assertThat(action.statusOn(LocalDate.parse("2016-01-15"))).isEqualTo("amber");
        assertThat(action.statusOn(LocalDate.parse("2016-01-07"))).isEqualTo("red");
        assertThat(action.statusOn(LocalDate.parse("2016-01-01"))).isNull();
        assertThat(action.statusOn(LocalDate.parse("2016-03-01"))).isEqualTo("green");
    }

    @Test
    void ofTwoUpdatesOnOneDayTheLaterInTheLogCounts() {
        Action action = action("green", update("2016-01-10", "red"), update("2016-01-10", "amber"), update("2016-02-01", "green"));

        assertThat(action.statusOn(LocalDate.parse("2016-01-10"))).isEqualTo("amber");
    }

    @Test
    void fromTheNewestUpdateOnTheStatusFieldIsTheStatus() {
        // The field was changed by hand after the last update: that is the status now.
        Action action = action("blue", update("2016-01-10", "red"));

        assertThat(action.statusOn(LocalDate.parse("2016-01-10"))).isEqualTo("blue");
        assertThat(action.statusOn(LocalDate.parse("2016-01-09"))).isNull();
    }
}
