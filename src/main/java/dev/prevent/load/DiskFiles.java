package dev.prevent.load;

import dev.prevent.exit.UserError;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import dev.prevent.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plan folder on disk: the working tree. Only regular files are read, so a FIFO or a device named
 * like a plan file can never block or flood a run. A link is followed only when it stays inside the
 * folder: one that points out of it (at /etc/passwd, at a credentials file) is refused unread, as are
 * dangling and looping links, each with an error that names the link and never its target's content.
 */
public final class DiskFiles implements PlanFiles {

    private final Path folder;
    private final List<Path> files;
    private final List<Diagnostic> refused = new ArrayList<>();

    /**
     * @throws UserError (exit 2) when the folder is missing, is a file, or cannot be listed
     */
    public DiskFiles(Path folder) {
        this.folder = folder;
        if (!Files.exists(folder)) {
            throw new UserError("no plan folder at '" + folder + "' (name one with --plan DIR, or set PREVENT_PLAN)");
        }
        if (!Files.isDirectory(folder)) {
            throw new UserError("'" + folder + "' is a file; --plan needs the folder that holds plan.yaml");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            Path inside = folder.toRealPath();
            List<Path> found = new ArrayList<>();
            for (Path entry : entries.sorted().toList()) {
                Path file = folder.resolve(entry.getFileName()).normalize();
                if (PlanFiles.isPlanFileName(entry.getFileName().toString()) && readable(entry, file, inside)) {
                    found.add(file);
                }
            }
            files = List.copyOf(found);
        } catch (IOException e) {
            throw new UserError("cannot read the plan folder '" + folder + "': " + e.getMessage());
        }
    }

    /** Whether a plan file is a regular file, or a link to one inside the folder; a bad link is recorded. */
    private boolean readable(Path entry, Path file, Path inside) {
        if (!Files.isSymbolicLink(entry)) {
            boolean regular = Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
            if (!regular && entry.getFileName().toString().equals(PlanLoader.PLAN_FILE)) {
                refused.add(new Diagnostic(Rule.NO_PLAN_FILE, SourcePosition.ofFile(file),
                        "plan.yaml is not a regular file (a pipe, a device or a folder), so it was not read"));
            }
            // Other files that are not regular (a FIFO, a device) are passed over: they hold no plan.
            return regular;
        }
        Path real;
        try {
            real = entry.toRealPath();
        } catch (IOException e) {
            refuse(file, "is a link that leads nowhere (dangling, or a loop of links)");
            return false;
        }
        if (!real.startsWith(inside)) {
            refuse(file, "is a link to a file outside the plan folder; plan files must be in the folder itself, so it was not read");
            return false;
        }
        return Files.isRegularFile(real);
    }

    private void refuse(Path file, String why) {
        refused.add(new Diagnostic(Rule.SYMLINK, SourcePosition.ofFile(file), "'" + file.getFileName() + "' " + why));
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<Path> list() {
        return files;
    }

    @Override
    public List<Diagnostic> refused() {
        return List.copyOf(refused);
    }

    @Override
    public long size(Path file) throws IOException {
        return Files.size(regular(file));
    }

    @Override
    public byte[] read(Path file) throws IOException {
        return Files.readAllBytes(regular(file));
    }

    /** Only files the listing accepted are opened: anything else (a FIFO plan.yaml asked for by name) could block. */
    private Path regular(Path file) throws IOException {
        if (!files.contains(file.normalize())) {
            throw new IOException("not a regular file of the plan folder");
        }
        return file;
    }
}
