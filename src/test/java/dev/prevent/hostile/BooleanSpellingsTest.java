package dev.prevent.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prevent.cli.Cli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every YAML 1.1 spelling of a boolean stays the text written, as an id, a lead and a status key. */
class BooleanSpellingsTest {

    static final List<String> SPELLINGS = List.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True",
            "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");

    @TempDir
    Path dir;

    private JsonNode list(String name) throws Exception {
        HostileCorpus.Case c = HostileCorpus.cases().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        Path plan = HostileCorpus.layOut(c, dir);
        Cli.Result result = Cli.run("--plan", plan.toString(), "list", "--format", "json", "--as-of", "2016-04-01");
        assertThat(result.exit()).as(result.all()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void asIds() throws Exception {
        JsonNode actions = list("yaml11-booleans-ids").get("actions");
        List<String> ids = new ArrayList<>();
        actions.forEach(a -> ids.add(a.get("id").asText()));

        assertThat(ids).containsExactlyElementsOf(SPELLINGS);
        assertThat(actions.get(0).get("objective").asText()).isEqualTo("no");
    }

    @Test
    void asLeads() throws Exception {
        assertThat(list("yaml11-booleans-leads").at("/actions/0/lead")).extracting(JsonNode::asText)
                .containsExactly("YES", "NO", "ON", "OFF", "Y", "N", "TRUE", "FALSE");
    }

    @Test
    void asStatusKeys() throws Exception {
        JsonNode actions = list("yaml11-booleans-status-keys").get("actions");

        assertThat(actions.get(0).get("status").asText()).isEqualTo("off");
        assertThat(actions.get(0).get("statusLabel").asText()).isEqualTo("Label off");
        assertThat(actions.get(1).get("status").asText()).isEqualTo("no");
    }
}
