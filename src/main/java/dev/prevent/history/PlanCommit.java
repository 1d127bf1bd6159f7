package dev.prevent.history;

import dev.prevent.exit.UserError;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** A plan file committed alone in its git work tree, so each recorded change is one commit (JGit, no git program). */
public final class PlanCommit {

    private final Repository repository;
    private final String path;

    private PlanCommit(Repository repository, String path) {
        this.repository = repository;
        this.path = path;
    }

    /**
     * The commit of {@code file}, refused before anything is written when the file is not in a git work tree
     * or already has changes of its own that are not committed.
     *
     * @throws UserError (exit 2) saying why
     */
    public static PlanCommit of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(absolute.getParent().toFile());
            if (builder.getGitDir() == null) {
                throw new UserError("--commit needs the plan in a git work tree, and '" + file + "' is in none");
            }
            Repository repository = builder.build();
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            String path = top.relativize(absolute).toString().replace('\\', '/');
            PlanCommit commit = new PlanCommit(repository, path);
            Status status = Git.wrap(repository).status().addPath(path).call();
            if (!status.isClean()) {
                throw new UserError("'" + file + "' has changes that are not committed; commit or undo them first, so that "
                        + "--commit commits only this change");
            }
            return commit;
        } catch (IOException | GitAPIException e) {
            throw new UserError("cannot read the git work tree of '" + file + "': " + e.getMessage());
        }
    }

    /** Commits the file, and only it, with {@code message}; returns the new commit's short id. */
    public String commit(String message) {
        try (Git git = Git.wrap(repository)) {
            git.add().addFilepattern(path).call();
            return git.commit().setOnly(path).setMessage(message).setSign(false).call().abbreviate(8).name();
        } catch (GitAPIException e) {
            throw new UserError("cannot commit '" + path + "': " + e.getMessage());
        }
    }
}
