package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.history.PastPlan;
import dev.prevent.history.Since;
import dev.prevent.model.Plan;
import dev.prevent.report.AssuranceModel;
import dev.prevent.report.AssuranceView;
import dev.prevent.report.Report;
import dev.prevent.report.ReportFormat;
import dev.prevent.report.ReportModel;
import dev.prevent.report.ReportTemplates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prevent assurance}: the self-assessment paper the board signs off before the return to the Home Office. */
@Command(name = "assurance", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Render the self-assessment paper: each framework item's rating, evidence and gaps, and the local risks.",
        description = {"Render the partnership's self-assessment from assurance.yaml: per framework, each item with its "
                + "rating in words and a symbol (✗ ½ ✓ ★), who assessed it and when, the evidence (each action with its status, "
                + "and with --since its trend and the rating then), the gaps; then the local risk priorities, worst-rated first, "
                + "with the actions that respond to them. Through the Freemarker templates assurance.html.ftl and assurance.md.ftl.",
                "With --fail-if below-met, exits 1 when an item is rated below met or not rated: a gate for CI."},
        footer = {"", "Examples:", "  prevent assurance                          # assurance.html",
                "  prevent assurance --format pdf -o self-assessment.pdf", "  prevent assurance --format docx -o self-assessment.docx",
                "  prevent assurance --since assessment-2025 --format markdown", "  prevent assurance --fail-if below-met --format markdown"})
final class AssuranceCommand extends PlanCommand implements Callable<Integer> {

    /** What --fail-if can gate on. */
    enum Gate {
        BELOW_MET;

        @Override
        public String toString() {
            return "below-met";
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it; '-' for standard output. Default: assurance.html, assurance.pdf or "
                    + "assurance.docx here, standard output for markdown.")
    private String output;

    @Mixin
    private TemplatesOption templatesOption;

    @Option(names = "--since", paramLabel = "REF",
            description = "The last assessment, as a git revision (a tag such as assessment-2025): what changed since, and each action's trend.")
    private String since;

    @Option(names = "--fail-if", paramLabel = "CONDITION",
            description = "below-met: exit 1 when any item is rated below met or not rated.")
    private Gate failIf;

    @Mixin
    private AsOfOption asOf;

    @Override
    public Integer call() {
        LocalDate day = asOf.date();
        Plan valid = prevent.validation(plan, day).validPlan();
        Optional<Plan> then = since == null ? Optional.empty()
                : Since.of(planDir(), since, day).past().flatMap(PastPlan::plan);
        ReportTemplates templates = templatesOption.chosen(valid, planDir());
        String shown = templates.folder().map(Path::toString).orElse(null);
        AssuranceView.Paper paper = AssuranceModel.of(valid, day, ReportModel.made(ZonedDateTime.now()), since, then);
        writePaper(format, output != null ? output : format.defaultFile(ReportFormat.ASSURANCE), out -> Report.writeAssurance(templates, format, paper, shown, out));
        return failIf == Gate.BELOW_MET && paper.gaps() > 0 ? ExitCode.PLAN_ERRORS.code() : ExitCode.OK.code();
    }
}
