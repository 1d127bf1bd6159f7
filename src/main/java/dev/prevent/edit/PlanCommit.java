package dev.prevent.edit;

import dev.prevent.exit.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A change's files committed alone in their git work tree, so each recorded change is one commit (JGit, no git
 * program). Everything that would make the commit wrong is found before the files are written: a merge, rebase,
 * cherry-pick, revert or bisect in progress (a commit then would record a broken merge), another git at work
 * (its {@code index.lock}), a detached HEAD, an ignored file, or a file with changes of its own not committed.
 */
final class PlanCommit {

    private final Repository repository;
    private final List<String> paths;
    private final String oldPlanTag;

    private PlanCommit(Repository repository, List<String> paths, String oldPlanTag) {
        this.repository = repository;
        this.paths = paths;
        this.oldPlanTag = oldPlanTag;
    }

    /** {@code folder}'s path within its git work tree, with a trailing '/' ("plans/"); "" at its top. */
    static String pathInWorkTree(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toAbsolutePath().normalize().toFile());
        Path top = builder.getGitDir().toPath().toAbsolutePath().normalize().getParent();
        String path = top.relativize(folder.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return path.isEmpty() ? "" : path + "/";
    }

    /** Whether {@code folder} is in a git work tree, found as git finds one. */
    static boolean inWorkTree(Path folder) {
        return new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toAbsolutePath().normalize().toFile())
                .getGitDir() != null;
    }

    /**
     * The commit of {@code files}, refused before anything is written when the commit could not be made as asked.
     *
     * @param created the files that do not exist yet (they can have no changes of their own)
     * @throws UserError (exit 2) saying why, and that nothing was written
     */
    static PlanCommit of(List<Path> files, List<Path> created) {
        return of(files, created, null);
    }

    /**
     * The commit of {@code files}, with the commit before it tagged {@code oldPlanTag} (null: no tag) once it is made.
     *
     * @throws UserError (exit 2) when the commit could not be made as asked, or the tag is taken or has no commit to name
     */
    static PlanCommit of(List<Path> files, List<Path> created, String oldPlanTag) {
        Path first = files.get(0).toAbsolutePath().normalize();
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(first.getParent().toFile());
            if (builder.getGitDir() == null) {
                throw refused("--commit needs the plan in a git work tree, and '" + files.get(0) + "' is in none");
            }
            Repository repository = builder.build();
            RepositoryState state = repository.getRepositoryState();
            if (state != RepositoryState.SAFE) {
                throw refused("the repository is in the middle of " + inProgress(state) + "; a commit now would record it "
                        + "with only the plan's files. Finish it with git first (or leave out --commit)");
            }
            if (Files.exists(repository.getDirectory().toPath().resolve("index.lock"))) {
                throw refused("another git command is running in this repository (its index.lock is there); try again when "
                        + "it has finished, or remove " + repository.getDirectory().toPath().resolve("index.lock")
                        + " if no git is running");
            }
            if (repository.resolve("HEAD") == null) {
                // A repository with no commits yet: every file is new to it, which is no change "not committed".
                throw refused(oldPlanTag != null ? "the plan has never been committed, so there is no year to tag; commit it "
                        + "first (git add plans, git commit -m \"The plan\"), or roll over into a new folder with --into DIR"
                        : "the git repository has no commits yet; commit the plan first (git add plans, git commit -m \"The plan\"), "
                        + "then --commit commits each change");
            }
            String branch = repository.getFullBranch();
            if (branch == null || !branch.startsWith("refs/heads/")) {
                throw refused("HEAD is detached (no branch is checked out), so a commit would belong to no branch; "
                        + "check out a branch first (git switch main), or leave out --commit");
            }
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            List<String> paths = files.stream().map(f -> top.relativize(f.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/')).toList();
            Git git = Git.wrap(repository);
            for (int i = 0; i < files.size(); i++) {
                Status status = git.status().addPath(paths.get(i)).call();
                String path = paths.get(i);
                // Git names an ignored folder as a whole ("plans"), not each file in it.
                if (status.getIgnoredNotInIndex().stream().anyMatch(ignored -> path.equals(ignored)
                        || path.startsWith(ignored.endsWith("/") ? ignored : ignored + "/"))) {
                    throw refused("'" + files.get(i) + "' is ignored by git (.gitignore), so it cannot be committed; "
                            + "leave out --commit, or stop ignoring it");
                }
                if (!created.contains(files.get(i)) && !status.isClean()) {
                    throw refused("'" + files.get(i) + "' has changes that are not committed; commit or undo them first, "
                            + "so that --commit commits only this change");
                }
            }
            if (oldPlanTag != null) {
                if (repository.resolve("HEAD") == null) {
                    throw refused("the plan has never been committed, so there is no year to tag; commit it first (git add, "
                            + "git commit), or roll over into a new folder with --into DIR");
                }
                if (repository.exactRef("refs/tags/" + oldPlanTag) != null) {
                    throw refused("the tag " + oldPlanTag + " is there already (a rollover done before?); look at it with "
                            + "git show " + oldPlanTag + ", and delete it with git tag -d " + oldPlanTag + " if it is wrong");
                }
            }
            return new PlanCommit(repository, paths, oldPlanTag);
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw refused("cannot read the git work tree of '" + files.get(0) + "': " + e.getMessage());
        }
    }

    /** The commit HEAD names now, for a change's journal; null where there is none. */
    String head() {
        try {
            ObjectId head = repository.resolve("HEAD");
            return head == null ? null : head.name();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The commit a change that was interrupted asked for, made now that its files are in place: onto the HEAD it began on
     * ({@code head}); where that commit was made already (HEAD is it, with its message) only the tag is made, if asked.
     *
     * @return what was done, in words that follow "finished ...": "; committed as 1a2b3c4d"
     * @throws UserError (exit 2) when the commit cannot be made now (another git at work): the journal is kept, to try again
     */
    static String resume(List<Path> files, String message, String oldPlanTag, String head) {
        Path first = files.get(0).toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(first.getParent().toFile());
        if (builder.getGitDir() == null) {
            return "; not committed, as the plan is no longer in a git work tree";
        }
        try (Repository repository = builder.build(); RevWalk walk = new RevWalk(repository)) {
            ObjectId now = repository.resolve("HEAD");
            boolean onHead = head == null ? now == null : now != null && now.name().equals(head);
            if (!onHead) {
                RevCommit made = now == null ? null : walk.parseCommit(now);
                boolean madeAlready = made != null && made.getParentCount() == 1 && made.getParent(0).name().equals(head)
                        && made.getFullMessage().strip().equals(message.strip());
                if (!madeAlready) {
                    return "; not committed, as the repository moved on since (commit the files with git yourself)";
                }
                if (oldPlanTag != null && repository.exactRef("refs/tags/" + oldPlanTag) == null) {
                    try (Git git = Git.wrap(repository)) {
                        git.tag().setName(oldPlanTag).setAnnotated(false).setObjectId(walk.parseCommit(made.getParent(0))).call();
                    }
                    return "; it had been committed as " + made.abbreviate(8).name() + ", and the year before is tagged "
                            + oldPlanTag + " now";
                }
                return "; it had been committed as " + made.abbreviate(8).name();
            }
            if (repository.getRepositoryState() != RepositoryState.SAFE
                    || Files.exists(repository.getDirectory().toPath().resolve("index.lock"))) {
                throw new UserError("the files are in place, but they cannot be committed while another git command is at work "
                        + "in the repository (or left its index.lock); the next run of prevent commits them");
            }
            if (oldPlanTag != null && repository.exactRef("refs/tags/" + oldPlanTag) != null) {
                oldPlanTag = null;
            }
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            List<String> paths = files.stream().map(f -> top.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/')).toList();
            String id = new PlanCommit(repository, paths, oldPlanTag).commit(message);
            return "; committed as " + id + (oldPlanTag == null ? "" : ", the year before tagged " + oldPlanTag);
        } catch (IOException | GitAPIException | JGitInternalException e) {
            throw new UserError("the files are in place, but could not be committed: " + e.getMessage()
                    + "; the next run of prevent tries again");
        }
    }

    private static UserError refused(String why) {
        return new UserError(why + "; nothing was written");
    }

    private static String inProgress(RepositoryState state) {
        return switch (state) {
            case MERGING, MERGING_RESOLVED -> "a merge";
            case CHERRY_PICKING, CHERRY_PICKING_RESOLVED -> "a cherry-pick";
            case REVERTING, REVERTING_RESOLVED -> "a revert";
            case REBASING, REBASING_INTERACTIVE, REBASING_MERGE, REBASING_REBASING, APPLY -> "a rebase";
            case BISECTING -> "a bisect";
            default -> state.getDescription().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Commits the files, and only them, with {@code message}; returns the new commit's short id.
     *
     * @throws UserError (exit 2) saying the files were written but not committed, and why (a hook refused it)
     */
    String commit(String message) {
        try (Git git = Git.wrap(repository)) {
            for (String path : paths) {
                git.add().addFilepattern(path).call();
            }
            ObjectId old = repository.resolve("HEAD");
            CommitCommand commit = git.commit().setMessage(message).setSign(false);
            paths.forEach(commit::setOnly);
            String id = commit.call().abbreviate(8).name();
            if (oldPlanTag != null) {
                try (RevWalk walk = new RevWalk(repository)) {
                    git.tag().setName(oldPlanTag).setAnnotated(false).setObjectId(walk.parseCommit(old)).call();
                }
            }
            return id;
        } catch (GitAPIException | JGitInternalException | IOException e) {
            throw new UserError("wrote " + String.join(", ", paths) + ", but could not commit " + (paths.size() == 1 ? "it" : "them")
                    + ": " + e.getMessage() + "; commit with git yourself, or undo with git checkout");
        }
    }
}
