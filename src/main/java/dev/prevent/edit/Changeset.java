package dev.prevent.edit;

import dev.prevent.check.TextDiagnostics;
import dev.prevent.check.Validation;
import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import dev.prevent.load.DiskFiles;
import dev.prevent.load.ExtraFile;
import dev.prevent.load.MemoryFiles;
import dev.prevent.load.PlanFiles;
import dev.prevent.model.Diagnostic;
import dev.prevent.output.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A change to a plan as a value: the files before and after, and a message. Every command that writes plan files
 * (update, add, rollover, import, init) builds one and hands it to {@link #apply}, the one path that checks the
 * would-be plan, shows the diff, writes the files (all of them or none, under the plan's lock, and only if no
 * one else changed them meanwhile) and commits them.
 */
public final class Changeset {

    /**
     * One file's change.
     *
     * @param before its bytes as read, or null for a file the change makes
     * @param about  a few words on what it holds, shown where it is written (e.g. "6 actions"), or null
     */
    public record FileChange(Path file, byte[] before, byte[] after, String about) {

        /** An existing file edited. */
        public static FileChange edited(Path file, byte[] before, byte[] after) {
            return new FileChange(file, before, after, null);
        }

        /** A file the change makes; it must not exist. */
        public static FileChange created(Path file, byte[] after, String about) {
            return new FileChange(file, null, after, about);
        }

        public boolean isNew() {
            return before == null;
        }

        public boolean changed() {
            return isNew() || !Arrays.equals(before, after);
        }

        /** The unified diff, as {@code git diff} shows it (from {@code /dev/null}, for a new file). */
        public String diff() {
            String diff = UnifiedDiff.of(file.toString(), isNew() ? new byte[0] : before, after);
            return isNew() && diff.startsWith("--- a/") ? "--- /dev/null" + diff.substring(diff.indexOf('\n')) : diff;
        }

        /** The new text, for tests and messages (the bytes decoded as UTF-8). */
        public String text() {
            return new String(after, StandardCharsets.UTF_8);
        }
    }

    /**
     * What {@link #apply} did.
     *
     * @param diff    what to show: the diff of every edited file, and of new files too on a dry run
     * @param written the files written, none on a dry run
     * @param commit  the new commit's short id, when asked to commit
     * @param message what the change is, in one line
     * @param notices what the user should know of the write (an owner that could not be kept)
     */
    public record Applied(String diff, List<FileChange> written, Optional<String> commit, String message, List<String> notices) {
    }

    /** The files another run changed between this change's reading them and its writing: it must be made again. */
    public static final class Stale extends UserError {
        Stale(Path file) {
            super("'" + file + "' was changed by someone else while this change was being made, so nothing was written; "
                    + "run the command again", ExitCode.PLAN_ERRORS, null);
        }
    }

    /** Where a test breaks a write half way, to see that nothing is left half written. */
    interface Fault {
        void before(Path file) throws IOException;
    }

    private final Path planDir;
    private final LocalDate asOf;
    private final String message;
    private final List<FileChange> files;
    private final String oldPlanTag;
    /** The errors the plan had when the change was made, by {@link #key}: the ones a change may leave, not add. */
    private final Map<String, Integer> had;

    private Changeset(Path planDir, LocalDate asOf, String message, List<FileChange> files, Map<String, Integer> had) {
        this(planDir, asOf, message, files, null, had);
    }

    private Changeset(Path planDir, LocalDate asOf, String message, List<FileChange> files, String oldPlanTag,
            Map<String, Integer> had) {
        this.oldPlanTag = oldPlanTag;
        this.had = Map.copyOf(had);
        this.planDir = planDir;
        this.asOf = asOf;
        // One line: a title of several lines must not forge a commit's trailers (Signed-off-by: ...).
        this.message = message.replaceAll("\\s*\\R\\s*", " ").strip();
        this.files = List.copyOf(files);
        if (this.files.isEmpty()) {
            throw new IllegalArgumentException("a change of no file");
        }
    }

    /**
     * A change to the plan in {@code planDir} (which need not exist yet, for a new plan), checked as on {@code asOf}.
     *
     * @param message one line saying what changed, e.g. "1.2 Faith based groups: blue → green"
     */
    public static Changeset of(Path planDir, LocalDate asOf, String message, List<FileChange> files) {
        return of(planDir, asOf, message, files, Files.isDirectory(planDir) ? Validation.of(planDir, asOf).diagnostics() : List.of());
    }

    /**
     * As {@link #of(Path, LocalDate, String, List)}, for a plan whose diagnostics as read are {@code known} (the
     * writer read and checked it to make the change): its errors are the ones the change may leave, not add.
     */
    public static Changeset of(Path planDir, LocalDate asOf, String message, List<FileChange> files, List<Diagnostic> known) {
        Map<String, Integer> had = new HashMap<>();
        known.stream().filter(Diagnostic::isError).forEach(d -> had.merge(key(d), 1, Integer::sum));
        return new Changeset(planDir, asOf, message, files, had);
    }

    /**
     * Refuses a folder a change would make that is there already and not empty (rollover, init): their
     * promise is never to overwrite anything.
     *
     * @param promise what the command promises, e.g. "init makes a new plan folder and never overwrites anything"
     * @throws UserError (exit 2) when {@code folder} is a file, or a folder with anything in it
     */
    public static void refuseToOverwrite(Path folder, String promise) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError("'" + folder + "' is a file; " + promise);
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new UserError("'" + folder + "' already exists and is not empty; " + promise);
                }
            } catch (IOException e) {
                throw new UserError("cannot read '" + folder + "': " + e.getMessage());
            }
        }
    }

    /**
     * This change, always committed, with the commit before it (the plan as it was) tagged {@code tag} once the commit
     * is made: a rollover in place keeps the old year in history under its name. A tag of that name refuses the change
     * before anything is written.
     */
    public Changeset taggingTheOldPlan(String tag) {
        return new Changeset(planDir, asOf, message, files, tag, had);
    }

    public Path planDir() {
        return planDir;
    }

    public String message() {
        return message;
    }

    public List<FileChange> files() {
        return files;
    }

    /** The one file of a change that edits one (update, add). */
    public FileChange file() {
        if (files.size() != 1) {
            throw new IllegalStateException("a change of " + files.size() + " files");
        }
        return files.get(0);
    }

    /**
     * Checks, shows, writes and commits the change: the one way a plan file is written.
     *
     * @param dryRun only check and show: nothing is written
     * @param commit commit the written files alone, in one commit with the change's message
     * @throws UserError (exit 1) when the changed plan would have errors, or the files changed meanwhile ({@link Stale});
     *                   (exit 2) when a file cannot be written or a commit cannot be made. Either way nothing was written,
     *                   except when the commit itself fails after writing, which the message says
     */
    public Applied apply(boolean dryRun, boolean commit) {
        return apply(dryRun, commit, file -> { });
    }

    /** How many times a change is made again from the files as they are when another writer changed them meanwhile. */
    public static final int ATTEMPTS = 5;

    /**
     * Applies the change {@code make} makes, made again from the files as they are now when another writer changed them
     * between its reading and its writing ({@link Stale}), up to {@link #ATTEMPTS} times: two people recording progress
     * on one action at once both land, each on the other's.
     */
    public static Applied applyFresh(java.util.function.Supplier<Changeset> make, boolean dryRun, boolean commit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return make.get().apply(dryRun, commit);
            } catch (Stale stale) {
                if (attempt >= ATTEMPTS) {
                    throw stale;
                }
            }
        }
    }

    Applied apply(boolean dryRun, boolean commit, Fault fault) {
        check();
        String diff = files.stream().filter(f -> dryRun || !f.isNew()).map(FileChange::diff).collect(Collectors.joining());
        if (dryRun) {
            return new Applied(diff, List.of(), Optional.empty(), message, List.of());
        }
        List<FileChange> changed = files.stream().filter(FileChange::changed).toList();
        if (changed.isEmpty()) {
            return new Applied(diff, List.of(), Optional.empty(), message, List.of());
        }
        PlanCommit git = commit || oldPlanTag != null ? PlanCommit.of(changed.stream().map(FileChange::file).toList(),
                changed.stream().filter(FileChange::isNew).map(FileChange::file).toList(), oldPlanTag) : null;
        Written written = write(changed, fault, git);
        return new Applied(diff, changed, written.commit(), message, written.notices());
    }

    /**
     * Finishes a change that a killed run left half done in {@code planDir} (its journal), or removes the staged files
     * of one killed before it began, unless a live run is making it now: what any command does first.
     *
     * @return what was done, to say; none when there was nothing to do
     */
    public static Optional<String> finishInterrupted(Path planDir) {
        return Journal.recover(planDir);
    }

    /**
     * The change must add no error to the plan (warnings are the plan's own business): the plan as it would be after
     * it is checked, and any error the plan did not have when the change was made refuses it. An error is known by its rule, its file
     * and what it says is wrong, not by its line, which an edit above it moves; so a plan that has errors can still be repaired one
     * change at a time (a lead put right, two agencies merged).
     *
     * @throws UserError (exit 1) listing the errors the change would add
     */
    void check() {
        Validation check = Validation.of(wouldBe(), asOf);
        if (check.errors() == 0) {
            return;
        }
        Map<String, Integer> left = new HashMap<>(had);
        boolean hadNone = had.isEmpty();
        List<Diagnostic> added = new ArrayList<>();
        for (Diagnostic error : check.diagnostics().stream().filter(Diagnostic::isError).toList()) {
            if (left.merge(key(error), -1, Integer::sum) < 0) {
                added.add(error);
            }
        }
        if (added.isEmpty()) {
            return;
        }
        throw new UserError("the change would " + (hadNone ? "give the plan " : "add to the plan's errors ")
                + (added.size() == 1 ? "an error" : added.size() + " errors") + ", so nothing was written:\n"
                + added.stream().map(TextDiagnostics::line).collect(Collectors.joining("\n")), ExitCode.PLAN_ERRORS, null);
    }

    /**
     * An error as the comparison knows it: its rule, its file and what it says is wrong (its words up to the first
     * ';', after which a message says what to do, which may name what changed: "the agencies are ...").
     */
    private static String key(Diagnostic error) {
        String message = error.message();
        int advice = message.indexOf("; ");
        return error.rule() + "\u001f" + error.at().file().getFileName() + "\u001f" + (advice < 0 ? message : message.substring(0, advice));
    }

    /** The plan folder with the change made, in memory. */
    private PlanFiles wouldBe() {
        Path folder = planDir.normalize();
        List<FileChange> planFiles = files.stream().filter(f -> folder.equals(f.file().normalize().getParent())
                && PlanFiles.isPlanFileName(f.file().getFileName().toString())).toList();
        if (!Files.isDirectory(planDir)) {
            Map<String, byte[]> texts = new LinkedHashMap<>();
            planFiles.forEach(f -> texts.put(f.file().getFileName().toString(), f.after()));
            return new MemoryFiles(planDir, texts);
        }
        PlanFiles overlaid = new DiskFiles(planDir);
        for (FileChange f : planFiles) {
            overlaid = new ExtraFile(overlaid, f.file(), f.after());
        }
        return overlaid;
    }

    /**
     * Writes every file or none, under the plan's lock: each is first written beside itself, then all are moved into
     * place; a failure on the way puts back what was moved and removes the folders this write made.
     */
    /** What a write did: its notices, and the commit made, if asked. */
    private record Written(List<String> notices, Optional<String> commit) {
    }

    /**
     * Writes and, when asked, commits under the lock: another run's write cannot slip in between, into this commit.
     * A commit that fails leaves the files written, which its message says.
     */
    private Written write(List<FileChange> changed, Fault fault, PlanCommit git) {
        List<String> recovered = new ArrayList<>();
        List<Path> madeFolders = new ArrayList<>();
        makeFolders(planDir, madeFolders);
        try (PlanLock lock = PlanLock.take(planDir)) {
            // A change a killed run left half done is finished first, so this one starts from a whole plan.
            Journal.finishUnderLock(planDir).ifPresent(recovered::add);
            for (FileChange f : changed) {
                refuseChangedSinceRead(f);
            }
            for (FileChange f : changed) {
                makeFolders(f.file().toAbsolutePath().getParent(), madeFolders);
            }
            List<OutputFile.Pending> pending = new ArrayList<>();
            int moved = 0;
            boolean journaled = false;
            try {
                for (FileChange f : changed) {
                    pending.add(OutputFile.prepare(f.file(), f.after()));
                }
                // Every new text is whole on disk: the journal makes the change one that the next run can finish.
                List<Journal.Step> steps = new ArrayList<>();
                for (OutputFile.Pending p : pending) {
                    p.staged().ifPresent(staged -> steps.add(new Journal.Step(staged, p.target())));
                }
                if (steps.size() > 1 || git != null) {
                    Journal.write(planDir, message, steps, git != null, oldPlanTag, git == null ? null : git.head());
                    journaled = true;
                    pending.forEach(OutputFile.Pending::keep);
                }
                for (FileChange f : changed) {
                    fault.before(f.file());
                    pending.get(moved).commit();
                    moved++;
                }
            } catch (IOException | RuntimeException e) {
                pending.subList(moved, pending.size()).forEach(OutputFile.Pending::discard);
                undo(changed.subList(0, moved));
                if (journaled) {
                    Journal.done(planDir);
                }
                throw new UserError((e instanceof UserError user ? user.getMessage() : "cannot write: " + e.getMessage())
                        + (changed.size() > 1 ? "; none of the " + changed.size() + " files was written" : ""));
            }
            List<String> notices = new ArrayList<>(recovered);
            pending.stream().flatMap(p -> p.notice().stream()).forEach(notices::add);
            madeFolders.clear();
            try {
                return new Written(notices, git == null ? Optional.empty() : Optional.of(git.commit(message)));
            } finally {
                if (journaled) {
                    Journal.done(planDir);
                }
            }
        } catch (RuntimeException e) {
            removeFolders(madeFolders);
            throw e;
        }
    }

    /** Someone else's write between our read and now (an editor, another run) would be lost: refused instead. */
    private static void refuseChangedSinceRead(FileChange f) {
        if (f.isNew()) {
            if (Files.exists(f.file(), LinkOption.NOFOLLOW_LINKS)) {
                throw new UserError("'" + f.file() + "' already exists, so nothing was written; a new file never replaces one");
            }
            return;
        }
        try {
            if (!Arrays.equals(Files.readAllBytes(f.file()), f.before())) {
                throw new Stale(f.file());
            }
        } catch (IOException e) {
            throw new UserError("cannot read '" + f.file() + "', so nothing was written: " + e.getMessage());
        }
        refuseReadOnly(f.file());
    }

    /** By its permission bits: root may write any file, but a file made read-only was made so on purpose. */
    private static void refuseReadOnly(Path file) {
        boolean readOnly;
        try {
            readOnly = !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException notPosix) {
            readOnly = !Files.isWritable(file);
        }
        if (readOnly) {
            throw new UserError("'" + file + "' is read-only, so nothing was written; make it writable first");
        }
    }

    /** Puts back the files already moved into place: the old bytes for an edit, nothing for a new file. */
    private static void undo(List<FileChange> moved) {
        for (FileChange f : moved) {
            try {
                if (f.isNew()) {
                    Files.deleteIfExists(f.file());
                } else {
                    OutputFile.write(f.file(), f.before());
                }
            } catch (IOException | RuntimeException e) {
                // Nothing more can be done; the message the caller throws says the write failed.
            }
        }
    }

    private static void makeFolders(Path folder, List<Path> made) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p);
                made.add(p);
            } catch (IOException e) {
                removeFolders(made);
                throw new UserError("cannot make the folder '" + p + "', so nothing was written: " + e.getMessage());
            }
        }
    }

    private static void removeFolders(List<Path> made) {
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(made.get(i));
            } catch (IOException notEmpty) {
                // something else was put there meanwhile: it stays
            }
        }
        made.clear();
    }
}
