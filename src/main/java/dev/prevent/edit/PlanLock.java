package dev.prevent.edit;

import dev.prevent.exit.ExitCode;
import dev.prevent.exit.UserError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;

/**
 * The plan folder's write lock: the operating system's lock ({@link FileChannel#tryLock}) on a file {@value #NAME} in
 * the plan folder, held for as long as the writing run lives. Every writer takes it, so two runs at once (two
 * coordinators, a script with {@code xargs -P}) write one after the other, never over each other. A run that dies
 * holds nothing: the system releases its lock, whatever the file says, so a lock can never go stale, and no process
 * id is trusted (PID 1 in a container, a PID reused after a restart, another PID namespace). The file holds the
 * holder's process id, for people; it is removed when the lock is released.
 * A lock path that is a link, a folder or anything but a file is refused at once, in plain words.
 */
final class PlanLock implements AutoCloseable {

    /** The lock file's name in the plan folder; it is not a plan file, so the loader never reads it. */
    static final String NAME = ".prevent.lock";

    /** How long a writer waits for another to finish: a write takes milliseconds, so this is very generous. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private PlanLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code folder}, waiting up to {@link #PATIENCE} for another writer.
     *
     * @throws UserError (exit 1) when another live run holds it all that time; (exit 2) when the folder cannot be
     *                   written or the lock path is not a plain file
     */
    static PlanLock take(Path folder) {
        return take(folder, PATIENCE);
    }

    static PlanLock take(Path folder, Duration patience) {
        Path file = folder.resolve(NAME);
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            refuseWhatIsNoLockFile(file);
            FileChannel channel = null;
            Object opened = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
                // Which file was opened: the one the path names just after (Windows has no such key, nor the need).
                opened = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            } catch (NoSuchFileException removedMeanwhile) {
                if (channel != null) {
                    close(channel);
                }
                continue;
            } catch (java.nio.file.AccessDeniedException beingRemoved) {
                // Windows refuses to open a file another run is removing: wait, as for a lock held, in a folder we may write.
                if (!Files.isWritable(folder)) {
                    throw new UserError("cannot write to " + folder + ", so nothing was written: " + beingRemoved.getMessage());
                }
            } catch (IOException e) {
                refuseWhatIsNoLockFile(file);
                throw new UserError("cannot write to " + folder + ", so nothing was written: " + e.getMessage());
            }
            FileLock lock = null;
            try {
                // One byte far past the mark: Windows keeps a locked region from every other reader, and the mark is read by name.
                lock = channel == null ? null : channel.tryLock(Long.MAX_VALUE - 1, 1, false);
            } catch (OverlappingFileLockException heldHere) {
                // Another writer of this same run holds it: wait for it as for any other.
            } catch (IOException e) {
                close(channel);
                throw new UserError("cannot lock " + file + ", so nothing was written: " + e.getMessage());
            }
            if (lock != null) {
                if (ours(file, channel, opened)) {
                    return new PlanLock(file, channel, lock);
                }
                // The file was removed by the run that held it while this one waited on it: take the new one.
                release(lock);
                close(channel);
                continue;
            }
            if (channel != null) {
                close(channel);
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new UserError("another run of prevent is writing to " + folder + " and has not finished after "
                        + patience.toSeconds() + " seconds, so nothing was written; try again when it has finished",
                        ExitCode.PLAN_ERRORS, null);
            }
            pause();
        }
    }

    /**
     * Whether the locked file is the one the path names now, by its identity (device and inode), which the system reads
     * without opening the file: a run that opened a lock file its holder has since removed holds a file no one else
     * will take, so it tries again. (Opening the file again to read it would release the lock: on POSIX systems a
     * process's locks on a file go with the first of its descriptors of that file to be closed.) The holder's process id
     * is written through the lock, for people; nothing reads it.
     */
    private static boolean ours(Path file, FileChannel channel, Object opened) {
        try {
            Object now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            if (opened != null && !opened.equals(now)) {
                return false;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return true;
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** A link (even one to a file), a folder or a device at the lock's path: refused, never followed or waited on. */
    private static void refuseWhatIsNoLockFile(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException none) {
            return;
        } catch (IOException e) {
            throw new UserError("cannot read the lock file " + file + ", so nothing was written: " + e.getMessage());
        }
        String what = attributes.isSymbolicLink() ? "a symbolic link" : attributes.isDirectory() ? "a folder"
                : attributes.isRegularFile() ? null : "not a file";
        if (what != null) {
            throw new UserError(file + " is " + what + ", where prevent keeps its lock file while it writes the plan, so nothing "
                    + "was written; remove it (it is no part of the plan) and run the command again");
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
        } catch (IOException | RuntimeException e) {
            // Closing the channel releases it in any case.
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written through it that matters.
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

    /** Removes the file while the lock is still held (so no one takes a lock on a file about to go), then releases it. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            // A lock file left behind is harmless: the next run takes its lock, as no one holds it.
        }
        release(lock);
        close(channel);
    }
}
