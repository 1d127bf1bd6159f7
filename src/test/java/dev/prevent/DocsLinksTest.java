package dev.prevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link and image of the README and the docs leads somewhere, headings included; the README stays a
 * coordinator's page (about 150 lines, the two commands first). The release's copy is checked by DistributionIT.
 */
class DocsLinksTest {

    @Test
    void everyLinkOfTheReadmeAndTheDocsLeadsSomewhere() throws IOException {
        List<String> broken = new ArrayList<>(MarkdownLinks.broken(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                broken.addAll(MarkdownLinks.broken(doc));
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void aBrokenLinkOrHeadingIsFound(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("guide.md"), "# The guide\n\n## First hour\n");
        Path readme = Files.writeString(dir.resolve("README.md"), "[ok](guide.md#first-hour) [gone](docs/none.md) "
                + "[nohead](guide.md#year-end) ![pic](shot.png) [web](https://example.org/x)\n");

        assertThat(MarkdownLinks.broken(readme)).containsExactly("docs/none.md (in " + readme + ": no such file)",
                "guide.md#year-end (in " + readme + ": no such heading)", "shot.png (in " + readme + ": no such file)");
    }

    @Test
    void theReadmeIsForCoordinatorsAndStartsWithTheTwoCommands() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        assertThat(lines.size()).isLessThanOrEqualTo(160);
        assertThat(lines.subList(0, 6)).anyMatch(l -> l.startsWith("./prevent report")).anyMatch(l -> l.startsWith("mvn -B verify"));
    }
}
