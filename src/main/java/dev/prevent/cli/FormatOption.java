package dev.prevent.cli;

import dev.prevent.output.Answer;
import dev.prevent.output.OutputFormat;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --format table|json|csv|markdown} for a question's answer. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--no-formula-guard",
            description = "In CSV, write cells that begin with =, +, -, @ as they are (by default they get a leading ' "
                    + "so that a spreadsheet shows them as text and never runs them).")
    boolean noFormulaGuard;

    void write(Answer answer, boolean colour, PrintWriter out) {
        format.writer(colour, !noFormulaGuard).write(answer, out);
        out.flush();
    }
}
