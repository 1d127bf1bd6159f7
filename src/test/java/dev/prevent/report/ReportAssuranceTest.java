package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.Fixtures;
import dev.prevent.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting paper names what each action serves and responds to, covers each framework and the local risks, and sums up
 * the self-assessment after the coverage.
 */
class ReportAssuranceTest {

    @TempDir
    Path dir;

    private Path assessedPlan() throws Exception {
        Path plan = Fixtures.copy(Fixtures.plan("frameworks"), dir);
        Files.writeString(plan.resolve("assurance.yaml"), """
                assessments:
                  benchmarks:
                    b1: {rating: met, date: 2016-03-01, assessor: Coordinator, evidence: {actions: ["1.1"]}, comment: Quarterly board.}
                    b2: {rating: partly-met, date: 2016-03-01, assessor: Coordinator, comment: No assessment yet.}
                """);
        return plan;
    }

    @Test
    void eachActionNamesTheItemsItServesByFrameworkAndTheRisksItRespondsTo() throws Exception {
        Cli.Result result = Cli.run("--plan", assessedPlan().toString(), "report", "--as-of", "2016-01-01", "--format", "markdown");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("- **Serves:** Duty areas: Training programme; Prevent assurance benchmarks: Partnership and "
                + "governance, Risk assessment\n- **Responds to:** Radicalisation of young people online\n");
        // serves: {toolkit: [...]} names a duty area as duties: does.
        assertThat(result.out()).contains("- **Serves:** Duty areas: Channel panel; Prevent assurance benchmarks: Partnership and governance\n"
                + "- **Responds to:** Speakers at venues");
    }

    @Test
    void theSelfAssessmentIsSummedUpAfterTheCoverageFrameworkByFramework() throws Exception {
        Path out = dir.resolve("paper.html");
        Cli.Result result = Cli.run("--plan", assessedPlan().toString(), "report", "--as-of", "2016-01-01", "-o", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        Document html = Jsoup.parse(Files.readString(out));
        assertThat(html.select("h2").eachText()).containsSubsequence("Summary", "The plan in figures", "Coverage of the duty",
                "Coverage of Prevent assurance benchmarks", "Local risk priorities", "Self-assessment", "Objective 1: One");
        assertThat(html.select("#coverage-benchmarks + table tbody tr").eachText()).containsExactly(
                "Partnership and governance 1 0 2 covered 1.1, 1.2", "Risk assessmentThe partnership's risk assessment is current 1 0 1 covered 1.1",
                "Communications 0 0 0 not covered");
        // (A name's description is a line of its own: the text runs them together.) Worst-rated first, each with its rating and reference, and a risk no open action addresses flagged.
        assertThat(html.select("#coverage-risks + table tbody tr").eachText()).containsExactly(
                "Speakers at higher education eventsvery high 1 0 1 covered 1.3",
                "Radicalisation of young people onlinehigh; Prevent risk assessment 2015/16, priority 1 1 0 1 covered 1.1",
                "Speakers at venues hired in the Citymedium; Prevent risk assessment 2015/16, priority 2 0 0 1 no open action 1.2",
                "Safeguarding in schools 0 0 0 not covered");
        assertThat(html.select("#assurance + table tbody tr").eachText()).containsExactly("Prevent assurance benchmarks 3 1 1 1");
    }

    @Test
    void aPlanWithNoSelfAssessmentHasNoSuchSection() throws Exception {
        Cli.Result result = Cli.run("--plan", Fixtures.plan("frameworks").toString(), "report", "--as-of", "2016-01-01", "--format", "markdown");

        assertThat(result.out()).doesNotContain("## Self-assessment");
    }
}
