package dev.prevent;

import dev.prevent.query.ActionFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the test plans are: one folder a case under src/test/resources/plans, and the shipped plan. */
public final class Fixtures {

    /** A filter that selects every action of a plan. */
    public static final ActionFilter EVERY_ACTION = ActionFilter.scope(List.of(), List.of());

    private Fixtures() {
    }

    public static Path plan(String name) {
        Path dir = Path.of("src/test/resources/plans", name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no fixture plan " + dir);
        }
        return dir;
    }

    public static Path shippedPlan() {
        return Path.of("plans");
    }

    /** Copies the files of a plan folder (not its sub-folders) into {@code target}, made if needed. */
    public static Path copy(Path plan, Path target) {
        try {
            Files.createDirectories(target);
            try (java.util.stream.Stream<Path> files = Files.list(plan)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            return target;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
