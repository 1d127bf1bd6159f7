package dev.prevent.cli;

import dev.prevent.model.Plan;
import dev.prevent.output.OutputFile;
import dev.prevent.output.Visible;
import dev.prevent.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command that reads a plan has: the global options, its own picocli spec, and {@code --plan}. */
abstract class PlanCommand {

    @ParentCommand
    PreventCommand prevent;

    @Spec
    CommandSpec spec;

    @Mixin
    PlanOption plan;

    /** The plan, read and checked; a plan with errors stops the command with exit 1. */
    Plan validPlan(LocalDate day) {
        return prevent.validPlan(plan, day);
    }

    /** The plan folder this run is about. */
    Path planDir() {
        return prevent.planDir(plan);
    }

    /** Where the command's answer goes. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * A paper (report, assurance) written to {@code file}, saying so, or to standard output when there is none or it is
     * '-': PDF and Word as bytes, HTML and Markdown as text. A file is written whole or not at all.
     */
    void writePaper(ReportFormat format, String file, OutputFile.Content content) {
        if (file == null || file.equals("-")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                content.writeTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (format.binary()) {
                prevent.writeBytes(bytes.toByteArray());
            } else {
                out().print(bytes.toString(StandardCharsets.UTF_8));
                out().flush();
            }
        } else {
            OutputFile.write(Path.of(file), content);
            out().println("wrote " + Visible.line(file));
            out().flush();
        }
    }
}
