package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The W3C Nu HTML Checker, run in-process (no network), finds no error in the HTML report. */
class HtmlValidityTest {

    @ParameterizedTest(name = "the report of {0}")
    @ValueSource(strings = {"shipped", "report", "hostile-text", "queries"})
    void hasNoErrorsInTheNuHtmlChecker(String fixture) throws Exception {
        String html = Reports.of(fixture, ReportFormat.HTML);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);

        JsonNode result = new ObjectMapper().readTree(
                validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));

        List<String> errors = new ArrayList<>();
        for (JsonNode message : result.get("messages")) {
            if (!message.path("type").asText().equals("info")) {
                errors.add(message.path("lastLine").asInt() + ": " + message.path("message").asText()
                        + " [" + message.path("extract").asText() + "]");
            }
        }
        assertThat(errors).as("Nu HTML Checker errors").isEmpty();
    }
}
