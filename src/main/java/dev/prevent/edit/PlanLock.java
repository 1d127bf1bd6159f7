package dev.prevent.edit;

import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The plan folder's write lock, as git's {@code index.lock}: a file {@value #NAME} made with create-new, holding
 * the writer's process id, and removed when the write is done. Every writer takes it, so two runs at once (two
 * coordinators, a script with {@code xargs -P}) write one after the other, never over each other. A lock left by
 * a run that was killed (its process is gone) is taken over; a lock held by a live run is waited for, briefly.
 */
final class PlanLock implements AutoCloseable {

    /** The lock file's name in the plan folder; it is not a plan file, so the loader never reads it. */
    static final String NAME = ".prevent.lock";

    /** How long a writer waits for another to finish: a write takes milliseconds, so this is very generous. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Path file;

    private PlanLock(Path file) {
        this.file = file;
    }

    /**
     * Takes the lock of {@code folder}, waiting up to {@link #PATIENCE} for another writer.
     *
     * @throws UserError (exit 1) when another live run holds it all that time, or the folder cannot be written
     */
    static PlanLock take(Path folder) {
        return take(folder, PATIENCE);
    }

    static PlanLock take(Path folder, Duration patience) {
        Path file = folder.resolve(NAME);
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            try {
                Files.writeString(file, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new PlanLock(file);
            } catch (FileAlreadyExistsException held) {
                if (takenOverFromTheDead(file)) {
                    continue;
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new UserError("another run of prevent is writing to " + folder + " and has not finished after "
                            + patience.toSeconds() + " seconds, so nothing was written; try again when it has finished. "
                            + "If no prevent is running, remove the lock file '" + file + "'", ExitCode.PLAN_ERRORS, null);
                }
                pause();
            } catch (IOException e) {
                throw new UserError("cannot write to " + folder + ", so nothing was written: " + e.getMessage());
            }
        }
    }

    /** Removes a lock whose process is gone (killed mid-write, or on a machine restarted since). */
    private static boolean takenOverFromTheDead(Path file) {
        String holder;
        try {
            holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException released) {
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        if (!holder.matches("\\d{1,18}")) {
            // Being written this instant (empty), or not ours: only a lock old enough to be left over is removed.
            return olderThanPatience(file) && removed(file);
        }
        boolean alive = ProcessHandle.of(Long.parseLong(holder)).map(ProcessHandle::isAlive).orElse(false);
        return !alive && removed(file);
    }

    private static boolean olderThanPatience(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(PATIENCE));
        } catch (IOException gone) {
            return true;
        }
    }

    private static boolean removed(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while waiting for another run of prevent to finish; nothing was written");
        }
    }

    @Override
    public void close() {
        removed(file);
    }
}
