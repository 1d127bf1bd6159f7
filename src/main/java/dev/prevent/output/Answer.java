package dev.prevent.output;

/** The answer to a question, ready to be written in any output format. */
public interface Answer {

    /** The columns people read, for the terminal and Markdown. */
    Table table();

    /** Every field, for CSV: the same fields as the JSON, lists joined with ';'. */
    Table fields();

    /** The document {@code --format json} writes; serialised by Jackson. */
    Object json();

    /** A line under a terminal table, e.g. "3 actions, as of 2016-04-01". */
    String summary();

    /** Whether nothing matched, for {@code --fail-if-any}. */
    boolean isEmpty();
}
