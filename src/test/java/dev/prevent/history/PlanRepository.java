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

    private PlanRepository(Path plans, Git git) {
        this.plans = plans;
        this.git = git;
    }

    /** A new repository in {@code repo} whose {@code plans/} folder is a copy of the fixture plan {@code fixture}. */
    static PlanRepository of(Path repo, String fixture) throws Exception {
        Path plans = dev.prevent.Fixtures.copy(dev.prevent.Fixtures.plan(fixture), repo.resolve("plans"));
        return new PlanRepository(plans, Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call());
    }

    /** Tags the newest commit, as a meeting is tagged. */
    void tag(String name) throws Exception {
        git.tag().setName(name).call();
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
