package dev.prevent.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output committed under src/test/resources/golden/ and reviewed by eye.
 * {@code mvn test -Dgolden.update=true} rewrites them from the current output; git diff shows what changed.
 */
public final class Golden {

    private static final Path FOLDER = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void check(String name, String actual) {
        Path file = FOLDER.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(FOLDER);
                Files.writeString(file, actual);
            }
            assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true)", file).exists();
            assertThat(actual).as("%s differs from the golden file; regenerate with -Dgolden.update=true and review the diff", name)
                    .isEqualTo(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
