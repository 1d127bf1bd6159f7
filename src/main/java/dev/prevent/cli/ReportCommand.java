package dev.prevent.cli;

import dev.prevent.exit.ExitCode;
import dev.prevent.check.Validation;
import dev.prevent.report.MeetingPaper;
import dev.prevent.report.Paper;
import dev.prevent.report.Report;
import dev.prevent.report.ReportFormat;
import dev.prevent.report.ReportView;
import dev.prevent.report.ReportTemplates;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code prevent report}: the working group's paper. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Render the meeting paper in HTML, Markdown, PDF or Word.",
        description = {"Render the meeting paper: summary counts, what needs attention, and every objective with "
                + "every action, through the Freemarker templates report.html.ftl and report.md.ftl.",
                "Templates come from --templates DIR, else the folder plan.yaml's templates: names (inside the plan's "
                        + "repository), else the built-in copies; the paper says when the council's own were used.",
                "The Word paper (docx) is built by prevent with Word's own heading and table styles, for a clerk to "
                        + "paste into a committee template, which restyles it; prevent import reads its tables back."},
        footer = {"", "Examples:", "  prevent report                          # report.html", 
                "  prevent report --format pdf -o pack.pdf", "  prevent report --format docx -o paper.docx", "  prevent report --format markdown > report.md",
                "  prevent report --lead COLP --as-of ${sys:prevent.year-end:-31/03/2027}", "  prevent report --since ${sys:prevent.last-month-tag:-meeting-2026-11} --meetings 'meeting-*'", "  prevent report --format pdf --marking OFFICIAL-SENSITIVE"})
final class ReportCommand extends PlanCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it; '-' for standard output. Default: report.html, report.pdf or "
                    + "report.docx here, standard output for markdown.")
    private String output;

    @Mixin
    private TemplatesOption templatesOption;

    @Mixin
    private SinceOption since;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = "The paper to print on: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private Paper paper;

    @Option(names = "--meetings", paramLabel = "GLOB",
            description = "The git tags that are the year's meetings, for its trend chart and 'since the last meeting', "
                    + "e.g. 'meeting-*' (default: plan.yaml's meetings, else tags named meeting-*).")
    private String meetings;

    @Option(names = "--marking", paramLabel = "TEXT",
            description = "The protective marking at the top and bottom of every page, e.g. OFFICIAL-SENSITIVE "
                    + "(default: plan.yaml's marking).")
    private String marking;

    @Option(names = "--summary",
            description = "Only the chair's page: the counts and their change since the meeting, what needs attention, "
                    + "and what changed.")
    private boolean summaryOnly;

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private ScopeOptions scope;

    @Override
    public Integer call() {
        LocalDate day = asOf.date();
        Validation validation = prevent.validation(plan, day);
        MeetingPaper.Made made = MeetingPaper.of(new MeetingPaper.Asked(planDir(), validation, day, Today.date(),
                since.given(planDir(), day), meetings, scope.filter(), paper, marking, summaryOnly),
                plan -> templatesOption.chosen(plan, planDir()));
        ReportView.Report model = made.model();
        ReportTemplates templates = made.templates();
        writePaper(format, output != null ? output : format.defaultFile(), out -> Report.write(templates, format, model, out));
        // Advice to whoever makes the paper, not to the board that reads it.
        PrintWriter err = spec.commandLine().getErr();
        if (model.noYear() != null && !summaryOnly) {
            err.println("prevent: " + model.noYear());
        }
        if (model.draft() != null) {
            err.println("prevent: the paper says it is a draft: " + model.draft().heading().toLowerCase(java.util.Locale.ROOT)
                    .replaceFirst("^draft: ", "") + ":");
            model.draft().places().forEach(place -> err.println("  " + place));
            if (model.draft().more() > 0) {
                err.println("  and " + model.draft().more() + " more; prevent validate lists every one");
            }
        }
        err.flush();
        return ExitCode.OK.code();
    }
}
