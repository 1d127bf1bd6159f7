package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import dev.prevent.output.Visible;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands ({@code ::error file=F,line=L,col=C,title=RULE::MESSAGE}), which
 * GitHub shows as annotations on the pull request's changed lines.
 */
final class GithubDiagnostics implements DiagnosticWriter {

    private final int perRule;

    GithubDiagnostics(int perRule) {
        this.perRule = perRule;
    }

    @Override
    public void write(Validation v, boolean strict, PrintWriter out) {
        Validation.Shown shown = v.shown(perRule);
        for (Diagnostic d : shown.diagnostics()) {
            StringBuilder line = new StringBuilder("::").append(d.severity().word())
                    .append(" file=").append(property(d.at().file().toString()));
            if (d.at().hasLine()) {
                line.append(",line=").append(d.at().line()).append(",col=").append(d.at().column());
            }
            line.append(",title=").append(property(d.rule().id())).append("::").append(data(d.message()));
            out.println(line);
        }
        shown.leftOut().forEach((rule, count) -> out.println("::notice title=" + property(rule.id()) + "::"
                + data(TextDiagnostics.more(rule, count))));
        out.println(TextDiagnostics.summary(v));
    }

    // GitHub's workflow-command encoding (toolkit's command.ts): no library ships it for Java.
    static String data(String s) {
        return Visible.text(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
