package dev.prevent.adopt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** How a new objective file is named and where its schema modeline points: one way for import and add-objective. */
final class ObjectiveFiles {

    private ObjectiveFiles() {
    }

    /** {@code objective-4-training-and-awareness.yaml}: the id, then the name as words of a file name (at most 40 letters). */
    static Path path(Path folder, String id, String name) {
        String slug = name.equalsIgnoreCase("objective " + id) ? "" : slug(name);
        return folder.resolve("objective-" + id.replaceAll("[^A-Za-z0-9.]+", "-") + slug + ".yaml").normalize();
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "" : "-" + slug;
    }

    /** Where the plan's schemas are, relative to the folder: the new file's modeline must point at a file that exists. */
    static String schemaFolder(Path folder) {
        for (String relative : List.of("schema/", "../schema/")) {
            if (Files.isRegularFile(folder.resolve(relative).resolve(PlanSchema.OBJECTIVE.fileName()))) {
                return relative;
            }
        }
        return null;
    }
}
