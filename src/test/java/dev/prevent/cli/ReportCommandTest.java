package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prevent report}: where it writes, and what a broken or hostile template does (nothing to your files). */
class ReportCommandTest {

    @TempDir
    Path dir;

    private static final byte[] OLD = "the report of the last meeting\n".getBytes();

    private Cli.Result report(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "report";
        all[1] = "--as-of";
        all[2] = "2016-04-01";
        all[3] = "--plan=plans";
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.run(all);
    }

    @Test
    void writesTheHtmlFileWhole() throws IOException {
        Path out = dir.resolve("paper.html");

        Cli.Result result = report("-o", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("wrote " + out + "\n");
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void markdownGoesToStandardOutput() {
        Cli.Result result = report("--format", "markdown");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("# Appendix 3: City of London Prevent Delivery Plan 2015/2016\n");
    }

    @Test
    void aTemplateUsingNewFailsAndLeavesTheOutputAsItWas() throws IOException {
        assertTemplateRefused("<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>\n",
                "report.html.ftl:1:4: Instantiating freemarker.template.utility.Execute is not allowed");
    }

    @Test
    void aTemplateUsingApiFailsAndLeavesTheOutputAsItWas() throws IOException {
        assertTemplateRefused("${plan.title?api.getClass()}\n", "report.html.ftl:1:3: ");
    }

    @Test
    void aTemplateReachingForJavaObjectsFails() throws IOException {
        assertTemplateRefused("${plan.title.getClass().getName()}\n", "report.html.ftl:1:");
        assertTemplateRefused("<#assign a = plan.agencies?first>${a.getClass()}\n", "report.html.ftl:1:");
        assertTemplateRefused("${objectConstructor(\"java.io.File\", \"/\")}\n", "report.html.ftl:1:");
    }

    @Test
    void aTemplateThatDoesNotParseIsNamedWithItsLineAndColumn() throws IOException {
        Cli.Result result = assertTemplateRefused("<p>ok</p>\n<#if plan.title>\n", "report.html.ftl:2:");
        assertThat(result.err()).doesNotContain("\tat ");
    }

    @Test
    void anIncludeOutsideTheTemplatesFolderFails() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.html.ftl"), "<#include \"../secret.txt\">\n");
        Path out = dir.resolve("report.html");
        Files.write(out, OLD);

        Cli.Result result = report("--templates", templates.toString(), "-o", out.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.all()).doesNotContain("secret\n");
        assertThat(Files.readAllBytes(out)).isEqualTo(OLD);
    }

    @Test
    void aCouncilsOwnTemplateIsUsedAndTheOtherComesBuiltIn() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("report.md.ftl"), "Our own: ${plan.title} has ${summary.total} actions.\n");

        Cli.Result md = report("--templates", templates.toString(), "--format", "markdown");
        Cli.Result html = report("--templates", templates.toString(), "-o", dir.resolve("r.html").toString());

        assertThat(md.out()).isEqualTo("Our own: Appendix 3: City of London Prevent Delivery Plan 2015/2016 has 14 actions.\n");
        assertThat(html.exit()).isZero();
        assertThat(Files.readString(dir.resolve("r.html"))).contains("<h1>Appendix 3: City of London Prevent Delivery Plan 2015/2016</h1>");
    }

    @Test
    void aMissingTemplatesFolderIsAUsageError() {
        Cli.Result result = report("--templates", dir.resolve("nope").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("no templates folder at");
    }

    @Test
    void anUnwritableDestinationIsAUsageError() {
        Cli.Result result = report("-o", dir.resolve("no/such/folder/report.html").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("cannot write").contains("there is no folder");
    }

    private Cli.Result assertTemplateRefused(String template, String where) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.deleteIfExists(dir.resolve("report.html"));
        Files.writeString(templates.resolve("report.html.ftl"), template);
        Path out = dir.resolve("report.html");
        Files.write(out, OLD);

        Cli.Result result = report("--templates", templates.toString(), "-o", out.toString());

        assertThat(result.exit()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).startsWith("prevent: " + templates.resolve("report.html.ftl").toString().replace("report.html.ftl", "") + where);
        assertThat(result.all()).doesNotContain("uid=").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(out)).isEqualTo(OLD);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("templates", "report.html");
        }
        return result;
    }
}
