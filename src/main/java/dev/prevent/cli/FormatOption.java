package dev.prevent.cli;

import dev.prevent.exit.UserError;
import dev.prevent.output.Answer;
import dev.prevent.output.ExcelAnswer;
import dev.prevent.output.OutputFile;
import dev.prevent.output.OutputFormat;
import dev.prevent.output.Visible;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --format table|json|csv|markdown|xlsx} and {@code -o FILE} for a question's answer. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}. xlsx (an Excel sheet) needs -o FILE.")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the answer to FILE, whole or not at all, instead of standard output; '-' for standard output.")
    String output;

    @Option(names = "--no-formula-guard",
            description = "In CSV, write cells that begin with =, +, -, @ as they are (by default they get a leading ' "
                    + "so that a spreadsheet shows them as text and never runs them).")
    boolean noFormulaGuard;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    void write(Answer answer, PreventCommand prevent, PrintWriter out) {
        boolean toFile = output != null && !output.equals("-");
        if (format.binary()) {
            if (output == null) {
                throw new UserError("an Excel sheet is a file: give -o FILE.xlsx (or -o - to send it down a pipe)");
            }
            // The command's name (list, overdue, leads...): the mixee of a mixin inside a mixin is that mixin.
            String name = command.commandLine() != null ? command.commandLine().getCommandName() : command.name();
            String sheet = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
            if (toFile) {
                OutputFile.write(Path.of(output), stream -> ExcelAnswer.write(answer, sheet, stream));
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try {
                    ExcelAnswer.write(answer, sheet, bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                prevent.writeBytes(bytes.toByteArray());
                return;
            }
        } else if (toFile) {
            OutputFile.write(Path.of(output), stream -> {
                PrintWriter file = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                format.writer(false, !noFormulaGuard).write(answer, file);
                file.flush();
            });
        } else {
            format.writer(prevent.colour(), !noFormulaGuard).write(answer, out);
            out.flush();
            return;
        }
        out.println("wrote " + Visible.line(output));
        out.flush();
    }
}
