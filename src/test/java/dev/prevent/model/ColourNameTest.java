package dev.prevent.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The everyday name of a plan's colour, as a person types a status ("make it amber") and as a cell's fill is read. */
class ColourNameTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "#d4351c, red", "#ff0000, red", "#f47738, orange", "#ffdd00, yellow", "#00703c, green", "#1d70b8, blue",
            "#4c2c92, purple", "#d53880, red", "#505a5f, grey", "#ffffff, grey", "#0b0c0c, grey", "#800000, red",
            "1d70b8, blue", " #00703C , green", "#ffcccc, red", "#ffcdcd, grey"})
    void aColourHasItsEverydayName(String hex, String name) {
        assertThat(ColourName.of(hex)).map(ColourName::toString).contains(name);
    }

    @Test
    void whatIsNotAColourHasNoName() {
        assertThat(ColourName.of(null)).isEmpty();
        assertThat(ColourName.of("red")).isEmpty();
        assertThat(ColourName.of("#12345")).isEmpty();
        assertThat(ColourName.of("#1234567")).isEmpty();
    }

    @Test
    void amberIsTheOrangeOrTheYellowAndGrayIsGrey() {
        assertThat(ColourName.ORANGE.calledBy("Amber")).isTrue();
        assertThat(ColourName.YELLOW.calledBy(" amber ")).isTrue();
        assertThat(ColourName.RED.calledBy("amber")).isFalse();
        assertThat(ColourName.GREY.calledBy("gray")).isTrue();
        assertThat(ColourName.GREEN.calledBy("GREEN")).isTrue();
        assertThat(ColourName.GREEN.calledBy("gray")).isFalse();
    }

    static Plan plan(Status... statuses) {
        return new Plan("T", "2015/16", null, null, null, null, null, null, List.of(statuses), List.of(), List.of(), List.of(), List.of(), null, null, null, List.of(), null);
    }

    @Test
    void aStatusIsNamedByKeyLabelOrTheOneColourItIsShownIn() {
        Status behind = new Status("off", "Behind", null, "#d4351c", false, 0);
        Status risk = new Status("risk", "At risk", null, "#f47738", false, 1);
        Status on = new Status("on", "On track", null, "#00703c", false, 2);
        Plan plan = plan(behind, risk, on);

        assertThat(plan.statusNamed("OFF")).contains(behind);
        assertThat(plan.statusNamed(" at risk ")).contains(risk);
        assertThat(plan.statusNamed("amber")).contains(risk);
        assertThat(plan.statusNamed("green")).contains(on);
        assertThat(plan.statusNamed("blue")).isEmpty();
        // Two statuses in green: the colour names neither.
        Plan twoGreens = plan(behind, on, new Status("done", "Done", null, "#00703c", true, 3));
        assertThat(twoGreens.statusNamed("green")).isEqualTo(Optional.empty());
    }

    @Test
    void aStatusIsWordedInThePlansOwnWords() {
        assertThat(new Status("red", "Behind", "behind", "#d4351c", false, 0).wording()).isEqualTo("Red – behind");
        assertThat(new Status("off", "Off track", "behind", "#d4351c", false, 0).wording()).isEqualTo("Off track – behind");
        assertThat(new Status("red", "Behind", null, "#d4351c", false, 0).wording()).isEqualTo("Behind");
        assertThat(new Status("red", "Behind", "  ", "#d4351c", false, 0).wording()).isEqualTo("Behind");
    }
}
