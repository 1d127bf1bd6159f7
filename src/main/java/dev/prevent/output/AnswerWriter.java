package dev.prevent.output;

import java.io.PrintWriter;

/** Writes an answer in one output format. */
public interface AnswerWriter {
    void write(Answer answer, PrintWriter out);
}
