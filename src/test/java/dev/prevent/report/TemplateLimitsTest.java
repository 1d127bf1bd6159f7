package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prevent.Fixtures;
import dev.prevent.check.Validation;
import dev.prevent.cli.Cli;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A council's own template runs within limits: it can neither hang nor flood a run, nor reach outside its folder. */
class TemplateLimitsTest {

    @TempDir
    Path dir;

    private ReportView.Report model() {
        return ReportModel.of(ReportRequest.of(Validation.of(Fixtures.plan("report"), Reports.AS_OF).validPlan(), Fixtures.EVERY_ACTION,
                Reports.AS_OF, ZonedDateTime.now()));
    }

    private Path template(String text) throws Exception {
        Files.writeString(dir.resolve("report.html.ftl"), text);
        return dir;
    }

    @Test
    void endlessRecursionIsATemplateErrorNotAStackTrace() throws Exception {
        Cli.Result result = Cli.run("--plan", "plans", "report", "-o", "-", "--templates",
                template("<#macro again><@again/></#macro><@again/>").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("report.html.ftl").contains("calls itself without end").doesNotContain("\tat ");
    }

    @Test
    void aSelfIncludeIsATemplateErrorToo() throws Exception {
        Cli.Result result = Cli.run("--plan", "plans", "report", "-o", "-", "--templates",
                template("<#include \"report.html.ftl\">").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("calls itself without end");
    }

    @Test
    void aTemplatePastItsOutputLimitIsStopped() throws Exception {
        ReportTemplates templates = ReportTemplates.in(template("<#list 1..999999999 as x>${x}</#list>"), 1_000_000, Duration.ofMinutes(1));

        assertThatThrownBy(() -> templates.render("report.html.ftl", model(), new StringWriter()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("wrote more than 0 million characters");
    }

    @Test
    void aTemplatePastItsTimeIsStopped() throws Exception {
        // Twenty million turns cannot finish in a millisecond on any machine, however fast or instrumented; a limit
        // nearer the loop's own time made the test depend on the machine's speed.
        ReportTemplates templates = ReportTemplates.in(template("<#list 1..20000000 as x></#list>"), 1_000_000, Duration.ofMillis(1));

        assertThatThrownBy(() -> templates.render("report.html.ftl", model(), new StringWriter()))
                .isInstanceOf(UserError.class).hasMessageContaining("ran for more than 0 seconds");
    }

    @Test
    void aLinkInTheTemplatesFolderToAFileOutsideIsATemplateError() throws Exception {
        Path outside = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("secret.ftl"), "secret");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.createSymbolicLink(templates.resolve("report.html.ftl"), outside);

        Cli.Result result = Cli.run("--plan", "plans", "report", "-o", "-", "--templates", templates.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("leads outside the folder").doesNotContain("internal error");
    }
}
