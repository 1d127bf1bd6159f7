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

/**
 * The W3C Nu HTML Checker, run in-process (no network), finds no error in the HTML report. Its CSS checker knows CSS 3
 * but not the paged-media draft the PDF is laid out with: {@code target-counter()}, the page an action is on, is taken
 * for an error there (a browser ignores the rule; the PDF renderer uses it), and is the one message passed over.
 */
class HtmlValidityTest {

    /** The only message taken as the checker's gap, not the report's: a page reference in print CSS. */
    static final String PAGED_MEDIA = "“target-counter(attr(href),page)” is not a “content” value";

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
            if (!message.path("type").asText().equals("info") && !message.path("message").asText().contains(PAGED_MEDIA)) {
                errors.add(message.path("lastLine").asInt() + ": " + message.path("message").asText()
                        + " [" + message.path("extract").asText() + "]");
            }
        }
        assertThat(errors).as("Nu HTML Checker errors").isEmpty();
    }
}
