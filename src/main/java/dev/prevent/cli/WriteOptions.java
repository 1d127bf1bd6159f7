package dev.prevent.cli;

import dev.prevent.edit.Changeset;
import dev.prevent.output.ColouredDiff;
import dev.prevent.output.Visible;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --dry-run} and {@code --commit}: what every command that writes plan files offers, and the one way each
 * shows what it did (the diff, then each file written and the commit made).
 */
final class WriteOptions {

    @Option(names = "--dry-run", description = "Show what would change (the diff; new files in full) and write nothing.")
    boolean dryRun;

    @Option(names = "--commit", description = "Commit the written files, and only them, in one commit in their git work tree.")
    boolean commit;

    /** Applies a change made once (a new folder, new files: nothing another run could change under it). */
    Changeset.Applied apply(Changeset change, boolean colour, PrintWriter out) {
        return apply(() -> change, colour, out);
    }

    /**
     * Applies the change {@code make} makes, made again from the files as they are now when another run changed them
     * meanwhile, and prints what it did.
     */
    Changeset.Applied apply(Supplier<Changeset> make, boolean colour, PrintWriter out) {
        Changeset.Applied applied = Changeset.applyFresh(make, dryRun, commit);
        print(applied, colour, out);
        return applied;
    }

    private void print(Changeset.Applied applied, boolean colour, PrintWriter out) {
        out.print(ColouredDiff.shown(applied.diff(), colour));
        if (dryRun) {
            out.println("(dry run: nothing written)");
        } else if (applied.written().isEmpty()) {
            out.println("nothing to write: " + Visible.line(applied.message()));
        }
        List<Changeset.FileChange> written = applied.written();
        String committed = applied.commit().map(id -> " and committed " + (written.size() == 1 ? "it" : "them") + " as " + id).orElse("");
        for (int i = 0; i < written.size(); i++) {
            Changeset.FileChange file = written.get(i);
            out.println("wrote " + Visible.line(file.file().toString()) + (file.about() == null ? "" : " (" + file.about() + ")")
                    + (i == written.size() - 1 ? committed : ""));
        }
        applied.notices().forEach(notice -> out.println("note: " + Visible.line(notice)));
        out.flush();
    }
}
