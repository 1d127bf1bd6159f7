package dev.prevent.load;

import dev.prevent.exit.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A plan folder on disk: the working tree. */
public final class DiskFiles implements PlanFiles {

    private final Path folder;
    private final List<Path> files;

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
            files = entries.filter(Files::isRegularFile)
                    .filter(p -> PlanFiles.isPlanFileName(p.getFileName().toString()))
                    .map(p -> folder.resolve(p.getFileName()).normalize())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UserError("cannot read the plan folder '" + folder + "': " + e.getMessage());
        }
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
    public long size(Path file) throws IOException {
        return Files.size(file);
    }

    @Override
    public byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
