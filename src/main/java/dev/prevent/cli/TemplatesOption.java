package dev.prevent.cli;

import dev.prevent.model.Plan;
import dev.prevent.report.ReportTemplates;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --templates DIR}: the council's own templates for a paper (report, assurance), else plan.yaml's, else the built-in ones. */
final class TemplatesOption {

    @Option(names = "--templates", paramLabel = "DIR", description = "A folder of the council's own templates.")
    private Path folder;

    /** The templates a paper of {@code plan} (in {@code planDir}) is rendered with. */
    ReportTemplates chosen(Plan plan, Path planDir) {
        return ReportTemplates.chosen(folder, plan, planDir);
    }
}
