package dev.prevent.edit;

import dev.prevent.exit.UserError;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A meeting marked in the plan's history: the tag {@code meeting-YYYY-MM-DD} on the plan's newest commit, as a
 * coordinator types {@code git tag meeting-2026-12-10} at the meeting, so that the next paper says what moved since.
 */
public final class MeetingTag {

    private MeetingTag() {
    }

    /** Whether the plan folder is in a git work tree (so that changes can be committed and meetings tagged). */
    public static boolean inGit(Path planDir) {
        return PlanCommit.inWorkTree(planDir);
    }

    /**
     * Tags the plan's newest commit {@code meeting-DAY}.
     *
     * @return the tag's name
     * @throws UserError (exit 2) when the plan is not in git, has no commit, or that meeting is tagged already
     */
    public static String tag(Path planDir, LocalDate day) {
        String name = "meeting-" + day;
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(planDir.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            throw new UserError(planDir + " is not in git, so no meeting can be tagged in its history");
        }
        try (Repository repository = builder.build(); Git git = Git.wrap(repository)) {
            if (repository.resolve("HEAD") == null) {
                throw new UserError("the plan has never been committed, so there is nothing to tag; commit it first");
            }
            if (repository.exactRef("refs/tags/" + name) != null) {
                throw new UserError("the meeting of " + day + " is tagged already (" + name + ")");
            }
            git.tag().setName(name).setAnnotated(false).call();
            return name;
        } catch (IOException | GitAPIException e) {
            throw new UserError("cannot tag the meeting: " + e.getMessage());
        }
    }
}
