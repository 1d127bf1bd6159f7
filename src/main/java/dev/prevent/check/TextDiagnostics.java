package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.Severity;
import java.io.PrintWriter;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * {@code FILE:LINE:COL: error|warning: MESSAGE [RULE]}, one per line, the way compilers and linters
 * write them so editors and terminals can jump to the place, then a summary line.
 */
final class TextDiagnostics implements DiagnosticWriter {

    private final boolean colour;

    TextDiagnostics(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(Validation validation, boolean strict, PrintWriter out) {
        for (Diagnostic d : validation.diagnostics()) {
            out.println(line(d, severity(d.severity())));
        }
        out.println(summary(validation));
    }

    /** One diagnostic as a line, without colour. */
    static String line(Diagnostic d) {
        return line(d, d.severity().word());
    }

    private static String line(Diagnostic d, String severity) {
        return d.at() + ": " + severity + ": " + d.message() + " [" + d.rule().id() + "]";
    }

    static String summary(Validation v) {
        String counts = v.diagnostics().isEmpty() ? "no problems"
                : count(v.errors(), "error") + ", " + count(v.warnings(), "warning");
        return v.planDir() + ": " + counts + " in " + count(v.files(), "file");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String severity(Severity severity) {
        if (!colour) {
            return severity.word();
        }
        Style style = severity == Severity.ERROR ? Style.fg_red : Style.fg_yellow;
        return Style.bold.on() + style.on() + severity.word() + Style.reset.on();
    }
}
