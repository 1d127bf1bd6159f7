package dev.prevent.check;

import java.util.Locale;

/** The formats {@code validate} writes: for people, for scripts, for GitHub Actions, for code scanning. */
public enum DiagnosticFormat {
    TEXT, JSON, GITHUB, SARIF;

    /**
     * The writer for this format; only text has colour. The formats people read (text, GitHub's annotations) print at
     * most {@code perRule} diagnostics of one rule and count the rest; JSON and SARIF, for programs, hold every one.
     */
    public DiagnosticWriter writer(boolean colour, int perRule) {
        return switch (this) {
            case TEXT -> new TextDiagnostics(colour, perRule);
            case JSON -> new JsonDiagnostics();
            case GITHUB -> new GithubDiagnostics(perRule);
            case SARIF -> new SarifDiagnostics();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
