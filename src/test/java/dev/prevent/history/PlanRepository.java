package dev.prevent.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** A test's git repository of a plan, made with JGit: edits to its files, and commits as the coordinator. */
final class PlanRepository {

    final Path plans;
    final Git git;

    PlanRepository(Path plans, Git git) {
        this.plans = plans;
        this.git = git;
    }

    /** Replaces text in a plan file; the text must be there. */
    void edit(String file, String from, String to) throws IOException {
        Path path = plans.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** Commits every change, now. */
    void commit(String message) throws Exception {
        commit(message, new PersonIdent("Prevent Coordinator", "coordinator@example.org"));
    }

    /** Commits every change as made at noon (UTC) on {@code day}. */
    void commit(String message, String day) throws Exception {
        Date when = Date.from(LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC));
        commit(message, new PersonIdent(new PersonIdent("Prevent Coordinator", "coordinator@example.org"), when));
    }

    private void commit(String message, PersonIdent who) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
