package dev.prevent;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test plans are: one folder a case under src/test/resources/plans, and the shipped plan. */
public final class Fixtures {

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
}
