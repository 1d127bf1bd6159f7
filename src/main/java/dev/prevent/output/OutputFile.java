package dev.prevent.output;

import dev.prevent.exit.UserError;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an output file whole or not at all: the bytes go to a temporary file beside it, which then
 * replaces it in one move. A reader never sees half a report, and a failure leaves the old file as it was.
 * A temporary file is removed on every exit the JVM sees, and one left by a killed run is removed by the
 * next write to the same file.
 */
public final class OutputFile {

    /** A new file is readable by all, as one made by any other program would be (a temporary file is not). */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFile() {
    }

    private static void keepPermissions(Path temporary, Path target) throws IOException {
        try {
            Files.setPosixFilePermissions(temporary,
                    Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's rules apply to the new file as to any other
        }
    }

    /**
     * The replacement keeps the file's owner and group (a file of the coordinator's, edited by root, stays the
     * coordinator's); the words to say when the process may not give them, or none.
     */
    private static Optional<String> keepOwner(Path temporary, Path target, Path file) {
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        try {
            PosixFileAttributes was = Files.readAttributes(target, PosixFileAttributes.class);
            PosixFileAttributeView now = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
            if (!now.readAttributes().owner().equals(was.owner())) {
                now.setOwner(was.owner());
            }
            if (!now.readAttributes().group().equals(was.group())) {
                now.setGroup(was.group());
            }
            return Optional.empty();
        } catch (UnsupportedOperationException notPosix) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("'" + file + "' was owned by another user or group, and this run may not give it back, so it is "
                    + "now yours (" + e.getMessage() + ")");
        }
    }

    /** Whether the file has other names (hard links), which a replacement would part it from. */
    private static boolean linked(Path target) {
        try {
            return Files.exists(target) && ((Number) Files.getAttribute(target, "unix:nlink")).intValue() > 1;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException notUnix) {
            return false;
        }
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Makes the folder outputs are written into, with its parents, where it is not there yet. */
    public static void folder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserError("cannot make the folder '" + folder + "': " + e.getMessage());
        }
    }

    public static void write(Path file, byte[] bytes) {
        write(file, out -> out.write(bytes));
    }

    /**
     * Writes whatever {@code content} writes, whole or not at all; a failure leaves the file as it was. What
     * is not a regular file (a device such as /dev/null, a FIFO) is written into, as every Unix tool does,
     * never replaced; a symbolic link keeps pointing where it did, and the file it points to is replaced.
     */
    public static void write(Path file, Content content) {
        Pending pending = prepare(file, content);
        pending.commit();
    }

    /**
     * The first half of a write: the content in a temporary file beside the target, which {@link Pending#commit}
     * moves into place and {@link Pending#discard} removes. Several files are written all or none by preparing
     * each, then committing each (a failure before the first commit leaves every file as it was).
     */
    public static Pending prepare(Path file, byte[] bytes) {
        return prepare(file, out -> out.write(bytes));
    }

    private static Pending prepare(Path file, Content content) {
        Path given = file.toAbsolutePath();
        Path target;
        try {
            target = resolved(given);
        } catch (IOException e) {
            throw new UserError("cannot write '" + file + "': it is a link that leads nowhere (" + e.getMessage() + ")");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            if (Files.isDirectory(target)) {
                throw new UserError("cannot write '" + file + "': it is a folder");
            }
            return new Pending(file, target, null, content, Optional.empty());
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError("cannot write '" + file + "': there is no folder '" + (folder == null ? "" : folder) + "'");
        }
        removeLeftovers(target);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + PART + ProcessHandle.current().pid() + "-", ".part");
            UNFINISHED.add(temporary);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            }
            keepPermissions(temporary, target);
            return new Pending(file, target, temporary, null, keepOwner(temporary, target, file));
        } catch (AccessDeniedException e) {
            forget(temporary);
            throw new UserError("cannot write '" + file + "': the folder '" + folder + "' may not be written to (its permissions, "
                    + "or a read-only disk); nothing was written");
        } catch (IOException e) {
            forget(temporary);
            throw new UserError("cannot write '" + file + "' (in the folder '" + folder + "'): " + e.getMessage());
        } catch (RuntimeException e) {
            forget(temporary);
            throw e;
        }
    }

    /** A file written to its temporary twin, waiting to replace the target or to be thrown away. */
    public static final class Pending {
        private final Path file;
        private final Path target;
        private final Path temporary;
        /** For a device or a FIFO, which is written into when committed: there is nothing to stage. */
        private final Content into;
        private final Optional<String> notice;

        private Pending(Path file, Path target, Path temporary, Content into, Optional<String> notice) {
            this.file = file;
            this.target = target;
            this.temporary = temporary;
            this.into = into;
            this.notice = notice;
        }

        /** The finished temporary file that {@link #commit} moves into place, or none for a device written into. */
        public Optional<Path> staged() {
            return Optional.ofNullable(temporary);
        }

        /** The file this replaces (the target of a link, where the name given is one). */
        public Path target() {
            return target;
        }

        /**
         * Kept past the end of the run: once a change's journal names it, a run stopped by a signal must leave it for the
         * next run to move into place, not remove it half way through the change.
         */
        public void keep() {
            if (temporary != null) {
                UNFINISHED.remove(temporary);
            }
        }

        /** What the user should know of the write: an owner that could not be kept. */
        public Optional<String> notice() {
            return notice;
        }

        /** Moves the file into place in one step. */
        public void commit() {
            if (into != null) {
                writeInto(file, target, into);
                return;
            }
            try {
                if (linked(target)) {
                    // A file with other names stays one file: written in place (whole, from the finished temporary).
                    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                        Files.copy(temporary, out);
                    }
                    return;
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UserError("cannot write '" + file + "': " + e.getMessage());
            } finally {
                forget(temporary);
            }
        }

        /** Removes the temporary file; the target stays as it was. */
        public void discard() {
            forget(temporary);
        }
    }

    /**
     * Moves a finished temporary file into place in one step, as a {@link Pending} does: for a change a killed run left
     * half done, finished by the next run.
     */
    public static void moveIntoPlace(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forget(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the move succeeded or the write failed: either way there is nothing more to do
        }
        UNFINISHED.remove(temporary);
    }

    /** The marker in a temporary file's name, before the writing process's id: {@code .report.html.prevent-1234-…part}. */
    static final String PART = ".prevent-";

    /** Temporary files being written, deleted by a shutdown hook if the run ends before they are moved. */
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> UNFINISHED.forEach(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the run is ending: nothing more can be done
            }
        }), "remove unfinished output"));
    }

    /** The file a path names: itself, or for a symbolic link the file it leads to (which may not exist yet). */
    private static Path resolved(Path given) throws IOException {
        if (!Files.isSymbolicLink(given)) {
            return given;
        }
        if (Files.exists(given)) {
            return given.toRealPath();
        }
        // A dangling link: the file it names is made. A loop of links fails here, with the system's words.
        Path link = Files.readSymbolicLink(given);
        Path pointed = given.resolveSibling(link).normalize();
        if (Files.isSymbolicLink(pointed)) {
            throw new IOException("a loop of links");
        }
        return pointed;
    }

    /** A device or a FIFO is written into, never replaced: that is what it is there for. */
    private static void writeInto(Path file, Path target, Content content) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UserError("cannot write '" + file + "': " + e.getMessage());
        }
    }

    /**
     * Whether a temporary file ({@code .NAME.prevent-PID-....part}) was left by a run that is gone: its process is not
     * alive, or its name holds no process id.
     */
    public static boolean leftBehind(Path temporary) {
        String name = temporary.getFileName().toString();
        int at = name.lastIndexOf(PART);
        int end = at < 0 ? -1 : name.indexOf('-', at + PART.length());
        String pid = at < 0 || end < 0 ? "" : name.substring(at + PART.length(), end);
        return !pid.matches("\\d{1,18}") || !ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Temporary files left beside the target by runs that were killed (their process is gone). */
    private static void removeLeftovers(Path target) {
        String prefix = "." + target.getFileName() + PART;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.getParent(), prefix + "*.part")) {
            for (Path leftover : leftovers) {
                if (!leftBehind(leftover)) {
                    continue;
                }
                Files.deleteIfExists(leftover);
            }
        } catch (IOException | RuntimeException ignored) {
            // tidying is a courtesy: a leftover that cannot be removed harms nothing
        }
    }
}
