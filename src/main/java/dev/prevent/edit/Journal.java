package dev.prevent.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prevent.output.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a change of several files is about to do, written before its first file is moved into place: each staged file
 * and the file it replaces, and the commit and tag asked for. Every file's new text is complete on disk before the
 * journal is, and the journal is written whole or not at all, so a run killed at any point leaves the plan either
 * wholly as it was (no journal: its staged files are thrown away) or able to be finished (a journal: every staged file
 * is moved into place, then the commit made). The next run of any command finishes it first, under the plan's lock,
 * and says so; the journal is removed when the change is done.
 */
final class Journal {

    /** The journal's name in the plan folder; it is not a plan file, so the loader never reads it. */
    static final String NAME = ".prevent.journal";

    /** Made only when a journal is written or read: every command looks for one, and almost never finds it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** One file of the change: the finished text waiting beside it, and the file it replaces or makes. */
    record Step(Path staged, Path target) {
    }

    /** The names of staged files, {@code .NAME.prevent-PID-....part}, as OutputFile makes them. */
    private static final String STAGED = ".*.prevent-*.part";

    private Journal() {
    }

    /**
     * Writes the journal of a change, whole or not at all.
     *
     * @param head the commit HEAD named when the change began, where a commit is asked for (a finished change is
     *             committed only onto the same HEAD)
     */
    static void write(Path planDir, String message, List<Step> steps, boolean commit, String tag, String head) {
        ObjectNode journal = Json.MAPPER.createObjectNode();
        journal.put("message", message);
        ArrayNode files = journal.putArray("files");
        Path folder = planDir.toAbsolutePath().normalize();
        for (Step step : steps) {
            files.addObject().put("staged", relative(folder, step.staged())).put("target", relative(folder, step.target()));
        }
        journal.put("commit", commit);
        if (tag != null) {
            journal.put("tag", tag);
        }
        if (head != null) {
            journal.put("head", head);
        }
        try {
            OutputFile.write(planDir.resolve(NAME), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(journal));
        } catch (IOException e) {
            throw new dev.prevent.exit.UserError("cannot write the journal of the change in " + planDir + ", so nothing was written: "
                    + e.getMessage());
        }
    }

    /** The change is done (or was undone): its journal goes. */
    static void done(Path planDir) {
        try {
            Files.deleteIfExists(planDir.resolve(NAME));
        } catch (IOException e) {
            // Left, it would be finished again by the next run: every step it names is done, so that changes nothing.
        }
    }

    private static String relative(Path folder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(folder) ? folder.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }

    /**
     * Finishes a change a killed run left in {@code planDir}, if there is one and no live run is making it: its staged
     * files moved into place, its commit made; and throws away the staged files of a change killed before its journal
     * was written. Says what it did, for the user.
     *
     * @return the words to say ("finished a change that was interrupted: ..."), or none when there was nothing to do
     */
    static Optional<String> recover(Path planDir) {
        if (!Files.isDirectory(planDir) || !Files.exists(planDir.resolve(NAME), LinkOption.NOFOLLOW_LINKS) && !leftovers(planDir)) {
            return Optional.empty();
        }
        PlanLock lock;
        try {
            lock = PlanLock.take(planDir, Duration.ZERO);
        } catch (dev.prevent.exit.UserError held) {
            // A live run is making its change now: it finishes its own.
            return Optional.empty();
        }
        try (lock) {
            return finishUnderLock(planDir);
        }
    }

    /** As {@link #recover}, for a run that holds the plan's lock already (a writer, before its own change). */
    static Optional<String> finishUnderLock(Path planDir) {
        Path file = planDir.resolve(NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            int removed = removeStaged(planDir);
            return removed == 0 ? Optional.empty() : Optional.of("removed " + removed + (removed == 1 ? " file" : " files")
                    + " a run stopped before its change began had left in " + planDir + "; the plan is as it was before that run");
        }
        JsonNode journal;
        try {
            journal = Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException | RuntimeException unreadable) {
            journal = null;
        }
        if (journal == null || !journal.path("files").isArray()) {
            // Written whole or not at all, so this is someone's hand: kept aside, never acted on.
            Path aside = planDir.resolve(NAME + ".unreadable");
            try {
                Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                return Optional.of("cannot read " + file + " (a change that was interrupted?); look at it, and remove it");
            }
            return Optional.of(file + " could not be read, so the change it describes was not finished; it is kept as " + aside);
        }
        Path folder = planDir.toAbsolutePath().normalize();
        List<Path> targets = new ArrayList<>();
        int moved = 0;
        for (JsonNode step : journal.path("files")) {
            Path staged = folder.resolve(step.path("staged").asText());
            Path target = folder.resolve(step.path("target").asText());
            targets.add(target);
            if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    OutputFile.moveIntoPlace(staged, target);
                    moved++;
                } catch (IOException e) {
                    return Optional.of("a change that was interrupted (" + journal.path("message").asText() + ") could not be "
                            + "finished: " + e.getMessage() + "; its journal is kept in " + file + " for the next run");
                }
            }
        }
        String message = journal.path("message").asText();
        String said = "finished a change that was interrupted: " + message + " (" + moved + " of " + targets.size()
                + (targets.size() == 1 ? " file" : " files") + " moved into place now)";
        if (journal.path("commit").asBoolean(false)) {
            try {
                said += PlanCommit.resume(targets, message, journal.path("tag").asText(null), journal.path("head").asText(null));
            } catch (dev.prevent.exit.UserError notYet) {
                // The files are in place; the journal stays, so that the next run makes the commit.
                removeStaged(planDir);
                return Optional.of(said + "; " + notYet.getMessage());
            }
        }
        done(planDir);
        removeStaged(planDir);
        return Optional.of(said);
    }

    /** Whether the folder holds staged files of a run that is gone. */
    private static boolean leftovers(Path planDir) {
        return !leftBehind(planDir).isEmpty();
    }

    /** Removes the staged files of runs that are gone; how many. */
    private static int removeStaged(Path planDir) {
        int removed = 0;
        for (Path file : leftBehind(planDir)) {
            try {
                removed += Files.deleteIfExists(file) ? 1 : 0;
            } catch (IOException | RuntimeException gone) {
                // Another run tidied it first, or it cannot be removed now: the next run tries again.
            }
        }
        return removed;
    }

    /** The staged files in the plan folder whose run is gone; none when the folder cannot be listed. */
    private static List<Path> leftBehind(Path planDir) {
        List<Path> gone = new ArrayList<>();
        try (DirectoryStream<Path> staged = Files.newDirectoryStream(planDir, STAGED)) {
            for (Path file : staged) {
                if (OutputFile.leftBehind(file)) {
                    gone.add(file);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return gone;
        }
        return gone;
    }
}
