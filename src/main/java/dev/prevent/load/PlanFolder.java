package dev.prevent.load;

import dev.prevent.exit.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finding the plan the way git finds a repository: in the working folder and then each parent, the first
 * that has {@code plans/plan.yaml} (that {@code plans/}) or {@code plan.yaml} itself (that folder), stopping at
 * a folder holding {@code .git} or at the root. So {@code prevent validate} works from anywhere in a plan's
 * repository, and from inside the plan folder.
 */
public final class PlanFolder {

    private PlanFolder() {
    }

    /**
     * The plan folder found from {@code start}, as a path relative to it where it can be (so messages read
     * {@code plans/objective-1.yaml}, or {@code ../plans/...} from a sub-folder).
     *
     * @throws UserError (exit 2) saying where it looked and how to name a plan
     */
    public static Path find(Path start) {
        Path from = start.toAbsolutePath().normalize();
        List<String> looked = new ArrayList<>();
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("plans").resolve(PlanLoader.PLAN_FILE))) {
                return shown(from, dir.resolve("plans"));
            }
            if (Files.isRegularFile(dir.resolve(PlanLoader.PLAN_FILE))) {
                return shown(from, dir);
            }
            looked.add(dir.toString());
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        throw new UserError("no plan here: looked for plans/plan.yaml and plan.yaml in " + String.join(", ", looked)
                + (looked.size() > 1 || Files.exists(from.resolve(".git")) ? " (up to the top of the repository or the file system)" : "")
                + "; name the plan folder with --plan DIR, or set PREVENT_PLAN");
    }

    private static Path shown(Path from, Path found) {
        Path relative = from.relativize(found);
        return relative.toString().isEmpty() ? Path.of(".") : relative;
    }

    /**
     * The top of the git work tree holding {@code folder} (the nearest folder above it, or itself, with a {@code .git}
     * folder or file), or empty when it is in none. Found without git's classes: asked on every run of some commands.
     */
    public static java.util.Optional<Path> repositoryTop(Path folder) {
        for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return java.util.Optional.of(at);
            }
        }
        return java.util.Optional.empty();
    }

    /** The folder a plan's files must stay inside: the top of its git work tree, or the plan folder itself outside git. */
    public static Path repositoryOf(Path folder) {
        return repositoryTop(folder).orElse(folder.toAbsolutePath().normalize());
    }
}
