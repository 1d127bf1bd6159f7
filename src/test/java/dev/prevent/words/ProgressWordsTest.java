package dev.prevent.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.check.Validation;
import dev.prevent.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council's own progress words, read against a plan's scale when they are none of its keys or labels: a status's
 * description word for word first; then a known phrase ("delayed", "good progress") by the status whose label,
 * description or key says it; then the plan's one closed status for "completed", or the status shown in the colour
 * the phrase means; "not started" is not assessed. Each reading says how it was made, for the user to check.
 */
class ProgressWordsTest {

    @TempDir
    Path dir;

    /** A RAG scale with descriptions, and a closed Done. */
    static final String DESCRIBED = """
              - key: red
                label: Red
                description: off track
              - key: amber
                label: Amber
                description: at risk
              - key: green
                label: Green
                description: on track
              - key: done
                label: Done
                closed: true
            """;

    /** Numbered levels that say nothing in words, shown in colours; one key says "on hold". */
    static final String COLOURED = """
              - key: l1
                label: Level 1
                colour: "#d4351c"
              - key: l2
                label: Level 2
                colour: "#f47738"
              - key: l3
                label: Level 3
                colour: "#00703c"
              - key: on-hold
                label: Level 0
            """;

    @Test
    void aStatusDescribedInTheWordsWrittenIsThatStatus() throws IOException {
        Plan plan = plan(DESCRIBED);
        assertThat(ProgressWords.read(plan, " Off_Track ")).hasValue(new ProgressWords.Reading(plan.status("red").orElseThrow(),
                "read as red (Red), the status described so"));
    }

    @Test
    void aKnownPhraseIsTheStatusWhoseLabelDescriptionOrKeySaysIt() throws IOException {
        Plan described = plan(DESCRIBED);
        // By description: "delayed" means behind, and red's description says "off track".
        assertThat(ProgressWords.read(described, "delayed")).hasValue(new ProgressWords.Reading(described.status("red").orElseThrow(),
                "read as red (Red)"));
        // By label: the shipped scale's "Behind".
        Plan shipped = plan("""
                  - key: red
                    label: Behind
                  - key: blue
                    label: Ongoing
                  - key: green
                    label: On target
                """);
        assertThat(ProgressWords.read(shipped, "slipped")).hasValue(new ProgressWords.Reading(shipped.status("red").orElseThrow(),
                "read as red (Behind)"));
        assertThat(ProgressWords.read(shipped, "good progress")).hasValue(new ProgressWords.Reading(shipped.status("green").orElseThrow(),
                "read as green (On target)"));
        // By key, its hyphen a space: nothing else on the scale says "on track".
        Plan keyed = plan("""
                  - key: behind
                    label: Level 1
                  - key: on-track
                    label: Level 2
                """);
        assertThat(ProgressWords.read(keyed, "on track")).hasValue(new ProgressWords.Reading(keyed.status("on-track").orElseThrow(),
                "read as on-track (Level 2)"));
    }

    @Test
    void completedIsThePlansOneClosedStatusWhenNoneSaysIt() throws IOException {
        Plan plan = plan(DESCRIBED);
        assertThat(ProgressWords.read(plan, "Completed")).hasValue(new ProgressWords.Reading(plan.status("done").orElseThrow(),
                "read as done (Done), the plan's closed status"));
    }

    @Test
    void aPhraseNoStatusSaysIsTheStatusShownInItsColour() throws IOException {
        Plan plan = plan(COLOURED);
        assertThat(ProgressWords.read(plan, "at risk")).hasValue(new ProgressWords.Reading(plan.status("l2").orElseThrow(),
                "read as l2 (Level 2), the status shown in amber"));
        assertThat(ProgressWords.read(plan, "behind schedule")).hasValue(new ProgressWords.Reading(plan.status("l1").orElseThrow(),
                "read as l1 (Level 1), the status shown in red"));
        // "Completed" has no colour, and this scale no closed status.
        assertThat(ProgressWords.read(plan, "completed")).isEmpty();
    }

    @Test
    void notStartedIsNotAssessedAndTheWordIsKept() throws IOException {
        assertThat(ProgressWords.read(plan(COLOURED), "Not yet started")).hasValue(new ProgressWords.Reading(null,
                "read as not assessed (no status of the plan's scale says not started); the word is kept as what the log says"));
    }

    @Test
    void aPhraseTwoStatusesSayIsNoReadingOfEither() throws IOException {
        Plan plan = plan("""
                  - key: late
                    label: Behind
                  - key: later
                    label: Further behind
                """);
        assertThat(ProgressWords.read(plan, "behind schedule")).isEmpty();
        assertThat(ProgressWords.read(plan, "purple")).isEmpty();
    }

    private Plan plan(String statuses) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plan-" + Math.abs(statuses.hashCode())));
        Files.writeString(folder.resolve("plan.yaml"), "title: Fixture plan\nperiod: 2015/16\nstatuses:\n" + statuses
                + "agencies:\n  COLC: City of London Corporation\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("objective.yaml"), "id: \"1\"\nname: One\naim: Aim one\nactions:\n  - id: \"1.1\"\n"
                + "    title: Action 1\n    action: Do thing 1\n    lead: COLC\n    timescale: 2015/16\n", StandardCharsets.UTF_8);
        return Validation.of(folder, LocalDate.of(2016, 1, 1)).validPlan();
    }
}
