package dev.prevent.cli;

import java.io.IOException;
import java.util.jar.Manifest;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, so it is written once, in the pom. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"prevent " + (version == null ? "(development build)" : version) + commit()};
    }

    /** " (commit 1a2b3c4d)" from the jar's manifest, or nothing when the jar was built outside git. */
    private static String commit() {
        try (var in = Version.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in == null) {
                return "";
            }
            String commit = new Manifest(in).getMainAttributes().getValue("Build-Commit");
            return commit == null || commit.isBlank() || commit.startsWith("$") ? "" : " (commit " + commit + ")";
        } catch (IOException e) {
            return "";
        }
    }
}
