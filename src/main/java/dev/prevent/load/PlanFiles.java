package dev.prevent.load;

import dev.prevent.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where a plan's files are read from: the folder on disk, or the folder as it was at a git revision.
 * Paths are the folder as the user gave it joined with each file's name, as messages show them.
 * Files are read from several threads at once.
 */
public interface PlanFiles {

    /** The plan folder, as given. */
    Path folder();

    /** The .yaml and .yml files directly in the folder, in name order. */
    List<Path> list();

    /** A file's size in bytes, known before it is read, so a huge file is refused unread. */
    long size(Path file) throws IOException;

    byte[] read(Path file) throws IOException;

    /** Files of the folder that are refused unread (a link out of the folder, a dangling or looping link), as errors. */
    default List<Diagnostic> refused() {
        return List.of();
    }

    /** Whether a file name is one a plan folder reads: *.yaml or *.yml, in any case. */
    static boolean isPlanFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
