package dev.prevent.serve;

import dev.prevent.check.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plan as the workspace last read it, read again only when a file of the plan changed (by its name, size and
 * modification time) or the day did: an edit made in an editor shows on the next page, and a page of an unchanged plan
 * costs no reading.
 */
final class PlanReading {

    private final Path planDir;
    private List<String> seen = List.of();
    private LocalDate day;
    private Validation validation;

    PlanReading(Path planDir) {
        this.planDir = planDir;
    }

    /** The plan read and checked as of {@code today}. */
    synchronized Validation now(LocalDate today) {
        List<String> files = signature();
        if (validation == null || !files.equals(seen) || !today.equals(day)) {
            validation = Validation.of(planDir, today);
            seen = files;
            day = today;
        }
        return validation;
    }

    /** Each plan file's name, size and modification time, in name order: what tells that the plan changed. */
    private List<String> signature() {
        List<String> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(planDir)) {
            for (Path file : listed.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    files.add(name + "\u001f" + Files.size(file) + "\u001f" + Files.getLastModifiedTime(file).toMillis());
                }
            }
        } catch (IOException unreadable) {
            // Read again next time: the reading itself will say what is wrong.
            files.add("\u0000" + System.nanoTime());
        }
        return files;
    }
}
