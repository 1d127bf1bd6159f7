package dev.prevent.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown of a report's texts made on a second core while the template runs on the first: a template is one
 * thread, and on a national plan most of its time is Markdown. The template works from the first action, this from
 * the last, and each text is made once by whichever reaches it first ({@link TextModel#makeAhead}), so the paper is
 * the same whoever made it. Stopped when the paper is written, or failed.
 */
final class MarkdownAhead implements AutoCloseable {

    /** Below this many texts the thread costs more than it saves. */
    static final int LEAST = 200;

    private final Thread worker;
    private volatile boolean stopped;

    private MarkdownAhead(List<TextModel> texts, boolean html) {
        worker = new Thread(() -> {
            try {
                for (int i = texts.size() - 1; i >= 0 && !stopped; i--) {
                    texts.get(i).makeAhead(html);
                }
            } catch (RuntimeException | Error e) {
                // Nothing of it reaches the user from here: the template makes what is left itself, and a text that
                // cannot be made fails there, as the template's own error, or a lack of memory as Main words it.
            }
        }, "markdown ahead");
        // It may be left running when the template fails; it must not keep the run alive.
        worker.setDaemon(true);
    }

    /**
     * Starts making the texts of the report's actions and objectives, as HTML or as Markdown; nothing is started for a
     * small report or on one core.
     */
    static MarkdownAhead start(ReportView.Report report, boolean html) {
        List<TextModel> texts = new ArrayList<>();
        for (ReportView.Objective o : report.objectives()) {
            add(texts, o.summary());
            for (ReportView.Action a : o.actions()) {
                add(texts, a.action());
                texts.addAll(a.successCriteria());
                texts.addAll(a.resources());
                add(texts, a.notes());
                if (a.lastUpdate() != null) {
                    add(texts, a.lastUpdate().note());
                }
                texts.addAll(a.evidence());
            }
        }
        MarkdownAhead ahead = new MarkdownAhead(texts, html);
        if (texts.size() >= LEAST && Runtime.getRuntime().availableProcessors() > 1) {
            ahead.worker.start();
        }
        return ahead;
    }

    private static void add(List<TextModel> texts, TextModel text) {
        if (text != null) {
            texts.add(text);
        }
    }

    @Override
    public void close() {
        stopped = true;
    }
}
