package dev.prevent.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launchers' start-up archive, forgotten when the JVM would not use it. The launchers run Java with
 * {@code -XX:+VerifySharedSpaces}, so a damaged archive (bit rot, a restore, a copy that kept its time) fails the
 * JVM's own checksums and the run goes on without it, instead of crashing; they name the archive in
 * {@code prevent.archive}. Here, when that archive was asked for and not mapped, it is removed with its marks, so the
 * next run makes it again rather than paying for the check on every run.
 */
final class StartupArchive {

    private StartupArchive() {
    }

    /** Removes the archive the launcher named when this JVM runs without it; never fails a run. */
    static void forgetIfRefused() {
        String archive = System.getProperty("prevent.archive");
        // "sharing" is in java.vm.info exactly when the JVM mapped an archive: one string, no management classes loaded.
        if (archive == null || archive.isEmpty() || System.getProperty("java.vm.info", "").contains("sharing")) {
            return;
        }
        for (String suffix : new String[] {".whole", "", ".java", ".jar"}) {
            try {
                Files.deleteIfExists(Path.of(archive + suffix));
            } catch (IOException | RuntimeException e) {
                // A cache that cannot be tidied is made again by the launcher when it can; the run itself goes on.
            }
        }
    }
}
