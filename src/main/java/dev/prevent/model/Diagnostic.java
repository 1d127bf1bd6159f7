package dev.prevent.model;

import java.util.Comparator;

/** One thing wrong with a plan: which rule, where, and a message that says what to do about it. */
public record Diagnostic(Rule rule, SourcePosition at, String message) {

    /** File, then line, then column: the order an editor walks a file in. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.at().file().toString())
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column());

    public Severity severity() {
        return rule.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }
}
