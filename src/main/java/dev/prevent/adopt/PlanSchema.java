package dev.prevent.adopt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JSON Schemas of the three kinds of plan file (the header, an objective, the self-assessment). The files in the repository's {@code schema/}
 * folder are packed into the jar as they are, so editors and the tool read the same text.
 */
public enum PlanSchema {
    PLAN, OBJECTIVE, ASSURANCE;

    /** The file name, as committed under schema/. */
    public String fileName() {
        return toString() + ".schema.json";
    }

    public String text() {
        try (InputStream in = PlanSchema.class.getResourceAsStream("/dev/prevent/schema/" + fileName())) {
            if (in == null) {
                throw new IllegalStateException("the jar is missing " + fileName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
