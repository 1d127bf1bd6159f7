package dev.prevent.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.model.Objective;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A character beyond the Basic Multilingual Plane (an emoji) on either side of each boundary of the parser's
 * buffers (1,024 chars when editing, 65,536 when validating): the file validates, and an update of it is made.
 * Before, the edit of such a valid file was an internal error.
 */
class WideCharacterBoundaryTest {

    static final LocalDate TODAY = LocalDate.of(2016, 2, 1);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "an emoji at character {0}")
    @ValueSource(ints = {1022, 1023, 1024, 1025, 2047, 2048, 2049, 2050, 3073, 3074, 3075, 65534, 65535, 65536, 65537})
    void anEmojiAtABufferBoundaryIsReadAndEdited(int at) throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("report"), dir.resolve("plan"));
        Path file = plan.resolve("objective-1.yaml");
        String text = Files.readString(file);
        String head = "id: 1\nname: Ideologies\naim: \"";
        String aim = "a".repeat(at - head.length()) + "\uD83D\uDE00 end";
        String edited = text.replace("aim: Respond to the ideological challenge\n", "aim: \"" + aim + "\"\n");
        assertThat(edited.indexOf('\uD83D')).isEqualTo(at);
        Files.writeString(file, edited, StandardCharsets.UTF_8);

        Validation before = Validation.of(plan, TODAY);
        Changeset change = PlanEditor.of(plan, TODAY).update(new PlanEditor.Request("1.2", null, "Seen", TODAY, List.of(), null));
        change.apply(false, false);

        assertThat(before.errors()).isZero();
        Objective objective = Validation.of(plan, TODAY).validPlan().objectives().get(0);
        assertThat(objective.aim()).isEqualTo(aim);
        assertThat(objective.actions().get(1).updates()).extracting(u -> u.note()).containsExactly("Seen");
    }
}
