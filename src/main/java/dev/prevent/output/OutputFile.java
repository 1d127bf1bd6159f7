package dev.prevent.output;

import dev.prevent.exit.UserError;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output file whole or not at all: the bytes go to a temporary file beside it, which then
 * replaces it in one move. A reader never sees half a report, and a failure leaves the old file as it was.
 */
public final class OutputFile {

    /** A new file is readable by all, as one made by any other program would be (a temporary file is not). */
    private static final java.util.Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

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

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path file, byte[] bytes) {
        write(file, out -> out.write(bytes));
    }

    /** Writes whatever {@code content} writes, whole or not at all; a failure leaves the file as it was. */
    public static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError("cannot write '" + file + "': there is no folder '" + (folder == null ? "" : folder) + "'");
        }
        if (Files.isDirectory(target)) {
            throw new UserError("cannot write '" + file + "': it is a folder");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            }
            keepPermissions(temporary, target);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write '" + file + "': " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the move succeeded or the write failed: either way there is nothing more to do
                }
            }
        }
    }
}
