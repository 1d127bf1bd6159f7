package dev.prevent.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.prevent.adopt.PlanSchema;
import dev.prevent.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schemas editors use: what the command prints, what is committed, and what the loader reads agree. */
class SchemaTest {

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @ParameterizedTest
    @EnumSource(PlanSchema.class)
    void theCommandPrintsTheCommittedFile(PlanSchema kind) throws IOException {
        Cli.Result result = Cli.run("schema", kind.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(Files.readString(Path.of("schema", kind.fileName())));
    }

    @Test
    void everyShippedFilePassesItsSchemaAndNamesItInAModeline() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("plans"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                PlanSchema kind = name.equals("plan.yaml") ? PlanSchema.PLAN : name.equals("assurance.yaml") ? PlanSchema.ASSURANCE
                        : PlanSchema.OBJECTIVE;
                assertThat(errors(kind, file)).as(file.toString()).isEmpty();
                assertThat(Files.readAllLines(file).get(0))
                        .isEqualTo("# yaml-language-server: $schema=../schema/" + kind.fileName());
            }
        }
    }

    @Test
    void theSchemasCatchWhatTheLoaderCatches() throws IOException {
        assertThat(errors(PlanSchema.OBJECTIVE, Path.of("src/test/resources/plans/unknown-key/objective.yaml")))
                .anyMatch(m -> m.getMessage().contains("sucess_criteria"));
        assertThat(errors(PlanSchema.OBJECTIVE, Path.of("src/test/resources/plans/missing-key/objective.yaml")))
                .anyMatch(m -> m.getMessage().contains("action"));
        assertThat(errors(PlanSchema.OBJECTIVE, Path.of("src/test/resources/plans/bad-timescale/objective.yaml")))
                .isEmpty(); // 2015/17 has the shape of a financial year: only the tool knows the years must follow
    }

    @Test
    void theSchemasHaveExactlyTheLoadersKeys() throws IOException {
        JsonNode plan = schema(PlanSchema.PLAN);
        JsonNode objective = schema(PlanSchema.OBJECTIVE);

        assertThat(keys(plan.get("properties"))).containsExactlyElementsOf(PlanLoader.PLAN_KEYS.names());
        assertThat(keys(plan.at("/properties/statuses/items/properties"))).containsExactlyElementsOf(PlanLoader.STATUS_KEYS.names());
        assertThat(keys(objective.get("properties"))).containsExactlyElementsOf(PlanLoader.OBJECTIVE_KEYS.names());
        assertThat(keys(objective.at("/$defs/action/properties"))).containsExactlyElementsOf(PlanLoader.ACTION_KEYS.names());
        assertThat(keys(objective.at("/$defs/action/properties/updates/items/properties")))
                .containsExactlyElementsOf(PlanLoader.UPDATE_KEYS.names());
        JsonNode assurance = schema(PlanSchema.ASSURANCE);
        assertThat(keys(assurance.get("properties"))).containsExactlyElementsOf(PlanLoader.ASSURANCE_KEYS.names());
        assertThat(keys(assurance.at("/$defs/assessment/properties"))).containsExactlyElementsOf(PlanLoader.ASSESSMENT_KEYS.names());
        assertThat(keys(assurance.at("/$defs/assessment/properties/evidence/properties")))
                .containsExactlyElementsOf(PlanLoader.EVIDENCE_KEYS.names());
        assertThat(keys(plan.at("/properties/frameworks/additionalProperties/properties")))
                .containsExactlyElementsOf(PlanLoader.FRAMEWORK_KEYS.names());
    }

    private static JsonNode schema(PlanSchema kind) throws IOException {
        return new ObjectMapper().readTree(kind.text());
    }

    private static List<String> keys(JsonNode properties) {
        return Stream.iterate(properties.fieldNames(), it -> it).limit(1)
                .flatMap(it -> { List<String> names = new java.util.ArrayList<>(); it.forEachRemaining(names::add); return names.stream(); })
                .toList();
    }

    private static Set<ValidationMessage> errors(PlanSchema kind, Path file) throws IOException {
        JsonSchema schema = FACTORY.getSchema(kind.text());
        JsonNode yaml = new YAMLMapper().readTree(file.toFile());
        return schema.validate(yaml);
    }
}
