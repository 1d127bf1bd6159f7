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
        // Before anything is known, the first value known holds: nothing is "not assessed" for want of history.
        assertThat(action.statusOn(LocalDate.parse("2016-01-01"))).isEqualTo("red");
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
        // Outside git the field counts from the newest update's day, and the first value known holds before it.
        assertThat(action.statusOn(LocalDate.parse("2016-01-09"))).isEqualTo("blue");
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void inGitTheFieldCountsFromTheDayItsRevisionWasMade() {
        // Edited by hand and committed: blue from 10 September, red from 2 November, green from 20 January.
        Action action = action("green").withHistory(new FieldHistory(null, day("2015-09-10"), List.of(
                new FieldHistory.Value(day("2015-09-10"), "blue"), new FieldHistory.Value(day("2015-11-02"), "red"),
                new FieldHistory.Value(day("2016-01-20"), "green"))));

        assertThat(action.statusOn(day("2015-10-01"))).isEqualTo("blue");
        assertThat(action.statusOn(day("2015-11-02"))).isEqualTo("red");
        assertThat(action.statusOn(day("2016-01-19"))).isEqualTo("red");
        assertThat(action.statusOn(day("2016-02-01"))).isEqualTo("green");
        // Before the plan was committed the first value known holds.
        assertThat(action.statusOn(day("2015-04-01"))).isEqualTo("blue");
    }

    @Test
    void aLogEntryNewerThanTheFieldsRevisionCountsAndOnOneDayTheFieldIsNewer() {
        Action action = action("red", update("2015-12-01", "amber"), update("2016-01-20", "green")).withHistory(new FieldHistory(null,
                day("2015-09-10"), List.of(new FieldHistory.Value(day("2015-09-10"), "red"))));

        // The field was written on 10 September; the log's entries are newer information from their days.
        assertThat(action.statusOn(day("2015-10-01"))).isEqualTo("red");
        assertThat(action.statusOn(day("2015-12-05"))).isEqualTo("amber");
        assertThat(action.statusOn(day("2016-02-01"))).isEqualTo("green");

        Action sameDay = action("red", update("2015-09-10", "amber")).withHistory(new FieldHistory(null, day("2015-09-10"),
                List.of(new FieldHistory.Value(day("2015-09-10"), "red"))));
        assertThat(sameDay.statusOn(day("2015-09-10"))).isEqualTo("red");
    }

    @Test
    void anActionAddedToAPlanAlreadyInGitWasNotAssessedBeforeUnlessItsLogSaysSo() {
        FieldHistory addedInNovember = new FieldHistory(day("2015-11-02"), day("2015-09-10"),
                List.of(new FieldHistory.Value(day("2015-11-02"), "green")));
        Action action = action("green").withHistory(addedInNovember);
        Action logged = action("green", update("2015-10-01", "amber")).withHistory(addedInNovember);

        assertThat(action.statusOn(day("2015-10-15"))).isNull();
        assertThat(action.statusOn(day("2015-11-02"))).isEqualTo("green");
        // Before the plan was in git at all, nothing is known, and the first value holds.
        assertThat(action.statusOn(day("2015-05-01"))).isEqualTo("green");
        // A backdated entry is information from its day.
        assertThat(logged.statusOn(day("2015-10-15"))).isEqualTo("amber");
    }

    @Test
    void aRevisionThatHadTheActionWithNoStatusIsNotAssessedThen() {
        Action action = action("green", update("2015-12-01", "green")).withHistory(new FieldHistory(null, day("2015-09-10"), List.of(
                new FieldHistory.Value(day("2015-09-10"), null), new FieldHistory.Value(day("2015-12-01"), "green"))));

        assertThat(action.statusOn(day("2015-10-01"))).isNull();
        assertThat(action.statusOn(day("2015-12-02"))).isEqualTo("green");
    }

    @Test
    void theNewestEntryOfADayIsTheLaterInTheFile() {
        Action action = action("green", update("2016-01-10", "red"), update("2016-01-10", "green"));

        assertThat(action.lastUpdate()).get().extracting(Update::status).isEqualTo("green");
    }
}
