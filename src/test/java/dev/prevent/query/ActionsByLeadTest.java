package dev.prevent.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.SourceMap;
import dev.prevent.model.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionsByLeadTest {

    private static final List<Agency> AGENCIES = List.of(new Agency("COLC", "City of London Corporation"),
            new Agency("COLP", "City of London Police"), new Agency("SPARE", "Leads nothing"));

    @Test
    void eachAgencyHasTheActionsItLeadsInPlanOrder() {
        Action first = action("1.1", "COLC");
        Action second = action("1.2", "colp", "COLC");
        Action third = action("2.1", "COLP");

        Map<String, List<Action>> byLead = ActionsByLead.of(AGENCIES, List.of(first, second, third));

        assertThat(byLead.keySet()).containsExactly("COLC", "COLP", "SPARE");
        assertThat(byLead.get("COLC")).containsExactly(first, second);
        assertThat(byLead.get("COLP")).containsExactly(second, third);
        assertThat(byLead.get("SPARE")).isEmpty();
    }

    @Test
    void anActionNamingALeadTwiceIsCountedOnceAndUnknownLeadsAreLeftOut() {
        Action twice = action("1.1", "COLP", "colp");
        Action unknown = action("1.2", "MET");

        Map<String, List<Action>> byLead = ActionsByLead.of(AGENCIES, List.of(twice, unknown));

        assertThat(byLead.get("COLP")).containsExactly(twice);
        assertThat(byLead.values()).allSatisfy(led -> assertThat(led).doesNotContain(unknown));
    }

    private static Action action(String id, String... leads) {
        return new Action(id, "Title", null, "Action", List.of(leads), null, List.of(), null, List.of(), null, null, List.of(), List.of(), java.util.Map.of(), List.of(), List.of(),
                id.substring(0, 1), SourceMap.of(SourcePosition.ofFile(Path.of("objective.yaml"))));
    }
}
