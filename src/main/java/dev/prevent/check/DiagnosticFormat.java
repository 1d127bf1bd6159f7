package dev.prevent.check;

import java.util.Locale;

/** The formats {@code validate} writes: for people, for scripts, for GitHub Actions, for code scanning. */
public enum DiagnosticFormat {
    TEXT, JSON, GITHUB, SARIF;

    /** The writer for this format; only text has colour. */
    public DiagnosticWriter writer(boolean colour) {
        return switch (this) {
            case TEXT -> new TextDiagnostics(colour);
            case JSON -> new JsonDiagnostics();
            case GITHUB -> new GithubDiagnostics();
            case SARIF -> new SarifDiagnostics();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
