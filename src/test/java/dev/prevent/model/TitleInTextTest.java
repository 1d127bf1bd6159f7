package dev.prevent.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A paper says an action's title once when its text already opens with the title's words (an imported Word cell). */
class TitleInTextTest {

    private static Action action(String title, String text) {
        return new Action("1.1", title, null, text, List.of(), null, List.of(), null, List.of(), null, null, List.of(), List.of(),
                java.util.Map.of(), List.of(), List.of(), "1", StatusTest.NOWHERE);
    }

    @Test
    void theTitlesWordsOpeningTheTextCountWhateverTheCaseAndPunctuation() {
        assertThat(action("Venue hire", "**Venue hire:** review the agreements.").textOpensWithTitle()).isTrue();
        assertThat(action("Channel panel (monthly)", "channel panel, monthly; chaired by the council").textOpensWithTitle()).isTrue();
        assertThat(action("Über-Schulung 2016", "über schulung 2016 for staff").textOpensWithTitle()).isTrue();
    }

    @Test
    void aTextThatOnlyMentionsOrShortensTheTitleDoesNot() {
        assertThat(action("Venue hire", "Review venue hire agreements.").textOpensWithTitle()).isFalse();
        assertThat(action("Venue hire agreements", "Venue hire.").textOpensWithTitle()).isFalse();
        assertThat(action("Venue hire", "Venue hired out").textOpensWithTitle()).isFalse();
        assertThat(action("---", "--- anything").textOpensWithTitle()).isFalse();
        assertThat(action(null, "Venue hire").textOpensWithTitle()).isFalse();
    }
}
