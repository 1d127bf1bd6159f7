package dev.prevent.check;

import java.io.PrintWriter;

/** Writes the outcome of a validation in one output format. */
public interface DiagnosticWriter {

    /** @param strict whether warnings fail the plan, as the exit code will say */
    void write(Validation validation, boolean strict, PrintWriter out);
}
