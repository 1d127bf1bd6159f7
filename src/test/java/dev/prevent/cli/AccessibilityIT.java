package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML paper against WCAG 2.2 A and AA (the Public Sector Bodies Accessibility Regulations): axe-core run in
 * Debian's Chromium through puppeteer-core (npm, into target/npm; no browser is downloaded). Skipped, saying why,
 * where Chromium, node or npm are missing; .ci/run installs them.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AccessibilityIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static Path modules;

    @TempDir
    Path dir;

    @BeforeAll
    static void axeAndPuppeteer() throws Exception {
        assumeTrue(ChromiumPrintIT.chromium() != null, "Chromium is not installed (apt-get install -y chromium): the accessibility test did not run");
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v node && command -v npm").start().waitFor() == 0,
                "node and npm are not installed (apt-get install -y npm): the accessibility test did not run");
        Path tools = Files.createDirectories(Path.of("target/npm").toAbsolutePath());
        Process install = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", tools.toString(),
                "axe-core@4.14.1", "puppeteer-core@25.16.0").redirectErrorStream(true).start();
        String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(install.waitFor() == 0, "axe-core and puppeteer-core could not be installed from npm: " + log);
        modules = tools.resolve("node_modules");
    }

    /** Each file's violations, as axe-core names them. */
    static JsonNode axe(Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", Path.of("src/test/node/axe-check.js").toAbsolutePath().toString(),
                ChromiumPrintIT.chromium()));
        for (Path file : files) {
            command.add(file.toAbsolutePath().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("NODE_PATH", modules.toString());
        Process node = builder.start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as(err).isZero();
        return JSON.readTree(out);
    }

    @Test
    void theReportsHaveNoViolationOfWcag22AOrAA() throws Exception {
        Path shipped = dir.resolve("shipped.html");
        Path everyStatus = dir.resolve("every-status.html");
        Path partner = dir.resolve("partner.html");
        assertThat(JarIT.jar("report", "--as-of", "2016-04-01", "-o", shipped.toString()).exit()).isZero();
        assertThat(JarIT.jar("--plan", "src/test/resources/plans/report", "report", "--as-of", "2016-04-01", "--since",
                "2015-10-01", "--marking", "OFFICIAL-SENSITIVE", "-o", everyStatus.toString()).exit()).isZero();
        assertThat(JarIT.jar("--plan", "src/test/resources/plans/hostile-text", "report", "-o", partner.toString()).exit()).isZero();

        JsonNode results = axe(shipped, everyStatus, partner);

        for (Path file : List.of(shipped, everyStatus, partner)) {
            assertThat(results.get(file.toAbsolutePath().toString())).as("violations in %s", file.getFileName()).isEmpty();
        }
    }

    @Test
    void aBadgeOfWhiteTextOnYellowIsAViolation() throws Exception {
        // The check itself, checked: the report's badges made white on a yellow plan colour, as a template might.
        Path html = dir.resolve("yellow.html");
        assertThat(JarIT.jar("--plan", "src/test/resources/plans/report", "report", "--as-of", "2016-04-01", "-o", html.toString())
                .exit()).isZero();
        String text = Files.readString(html);
        assertThat(text).contains(".status-2 { background: #00703c; color: #ffffff; }");
        Files.writeString(html, text.replace(".status-2 { background: #00703c; color: #ffffff; }",
                ".status-2 { background: #ffdd00; color: #ffffff; }"));

        JsonNode results = axe(html);

        assertThat(results.get(html.toAbsolutePath().toString()).findValuesAsText("id")).contains("color-contrast");
    }
}
