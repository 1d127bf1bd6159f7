package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The check a plan repository runs on every commit starts fast only while it touches nothing heavy: the built jar,
 * run as CI runs it, loads no class of the Office, PDF, template, Unicode, git or mail libraries for the commands that
 * only read the plan. A change that reaches one of them from validate fails here, not silently in bench/run.
 */
class StartupGuardIT {

    /**
     * The libraries only some commands need: Office files, PDF and HTML, templates, ICU, git, mail, Markdown. (JSON is
     * not among them: list --format json writes it.)
     */
    static final List<String> HEAVY = List.of("org.apache.poi.", "org.apache.xmlbeans.", "com.openhtmltopdf.", "org.apache.pdfbox.",
            "freemarker.", "com.ibm.icu.", "org.eclipse.jgit.", "jakarta.mail.", "org.eclipse.angus.", "org.jsoup.",
            "org.commonmark.", "io.javalin.", "org.eclipse.jetty.", "kotlin.");

    /** The web server's libraries: only prevent serve loads them, never a command that makes a paper or a form. */
    static final List<String> SERVER = List.of("io.javalin.", "org.eclipse.jetty.", "kotlin.", "jakarta.servlet.");

    @TempDir
    Path dir;

    /**
     * validate on any day, and the questions as of today: git is read only for a day before today, where the status
     * field's history is what answers (docs/plan-format.md, "Status as of a day"), and the shipped plan is in git.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate --as-of 2016-04-01", "validate", "list --format json", "overdue", "leads"})
    void aCommandThatReadsThePlanLoadsNoHeavyLibrary(String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        assertThat(loadedBy(args)).as("classes loaded").hasSizeGreaterThan(500)
                .filteredOn(name -> HEAVY.stream().anyMatch(name::startsWith)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"report --format pdf -o PAPER", "request --into FORMS --meeting 2026-12-10", "help"})
    void onlyServeLoadsTheWebServer(String command) throws Exception {
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(word.replace("PAPER", dir.resolve("paper.pdf").toString()).replace("FORMS", dir.resolve("forms").toString()));
        }
        assertThat(loadedBy(args)).as("classes loaded").hasSizeGreaterThan(500)
                .filteredOn(name -> SERVER.stream().anyMatch(name::startsWith)).isEmpty();
    }

    /** Today's date is read without java.time's zone rules, whose first use looks through every jar for providers. */
    @org.junit.jupiter.api.Test
    void validateAsOfTodayStartsNoZoneRulesProvider() throws Exception {
        assertThat(loadedBy(List.of("validate"))).contains("dev.prevent.cli.Today")
                .doesNotContain("java.time.zone.ZoneRulesProvider", "java.time.zone.TzdbZoneRulesProvider");
    }

    /** The classes a run of the jar the launchers run (target/lib, its class path in its manifest) loads. */
    private List<String> loadedBy(List<String> command) throws Exception {
        Path log = dir.resolve("classes.log");
        List<String> args = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xlog:class+load=info:file=" + log, "-Xshare:off", "-cp", "target/lib/prevent.jar", "dev.prevent.cli.Main",
                "--plan", "plans"));
        args.addAll(command);
        Process run = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isIn(0, 1);

        return Files.readAllLines(log).stream().filter(line -> line.contains(" source: "))
                .map(line -> line.replaceAll("^.*\\] ", "").replaceAll(" source: .*$", "")).toList();
    }
}
