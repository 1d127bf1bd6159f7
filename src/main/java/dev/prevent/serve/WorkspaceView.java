package dev.prevent.serve;

import java.util.List;

/**
 * What the web workspace's pages show besides the paper's own views: records the page templates read as hashes of
 * their components, as the paper's templates read theirs.
 */
public final class WorkspaceView {

    private WorkspaceView() {
    }

    /** Every page: its title, the plan's, the navigation's current item, the form token and the count of problems. */
    public record Page(String title, String plan, String period, String current, String csrf, int errors, int warnings) {
    }

    /** One problem validate finds: where (the file as the plan folder names it, the line) and what, in plain words. */
    public record Problem(String file, int line, int column, String severity, String rule, String message) {
    }

    /** One choice of a filter or a form's select: its value, its words, whether it is the one chosen. */
    public record Choice(String value, String label, boolean chosen) {
    }

    /** A status as a tag shows it: its key (the tag's colour class) and its words. */
    public record Tag(String key, String label) {
    }

    /** One row of the actions' list. */
    public record ActionRow(String id, String title, String leads, Tag status, String due, boolean overdue, String updated) {
    }

    /** One entry of an action's log, newest first. */
    public record Entry(String date, Tag status, String note) {
    }

    /** An action in full: its facts as label and value, and its whole log. */
    public record ActionPage(String id, String title, String text, List<Fact> facts, Tag status, List<Entry> log, String file) {
    }

    /** One fact of an action: its label and its words. */
    public record Fact(String label, String value) {
    }

    /** A page of a list: which, of how many, and the links to the pages before and after (null at either end). */
    public record Paging(int page, int pages, int total, String previous, String next) {
    }

    /** A meeting of the year: its name, its day, and how many actions moved since it. */
    public record Meeting(String name, String day, int moved) {
    }

    /** One form of a round as read: which file, who it is from, what it would record, and what was not applied. */
    public record FormRead(String file, String from, List<String> answers, List<String> notes, List<String> conflicts, boolean applies) {
    }
}
