package dev.prevent.history;

import dev.prevent.load.PlanFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The plan folder as it was in a commit: its .yaml and .yml files, read from git's objects. */
final class GitFiles implements PlanFiles {

    private final Path folder;
    private final ObjectReader reader;
    private final Map<Path, ObjectId> blobs = new LinkedHashMap<>();

    private GitFiles(Path folder, ObjectReader reader) {
        this.folder = folder;
        this.reader = reader;
    }

    /**
     * The files of {@code folderInRepo} (a path inside the repository, "" for its top) in {@code tree},
     * shown as {@code folder} joined with each name; null when the folder did not exist in that commit.
     */
    static GitFiles of(Path folder, String folderInRepo, RevTree tree, ObjectReader reader) throws IOException {
        GitFiles files = new GitFiles(folder, reader);
        try (TreeWalk walk = new TreeWalk(reader)) {
            if (folderInRepo.isEmpty()) {
                walk.addTree(tree);
            } else {
                try (TreeWalk find = TreeWalk.forPath(reader, folderInRepo, tree)) {
                    if (find == null || !find.getFileMode(0).equals(FileMode.TREE)) {
                        return null;
                    }
                    walk.addTree(find.getObjectId(0));
                }
            }
            // Not recursive, as a TreeWalk is unless told: a plan folder's files are its own, not its sub-folders'.
            List<String> names = new ArrayList<>();
            Map<String, ObjectId> byName = new LinkedHashMap<>();
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if ((mode.equals(FileMode.REGULAR_FILE) || mode.equals(FileMode.EXECUTABLE_FILE))
                        && PlanFiles.isPlanFileName(walk.getNameString())) {
                    names.add(walk.getNameString());
                    byName.put(walk.getNameString(), walk.getObjectId(0));
                }
            }
            names.stream().sorted().forEach(name -> files.blobs.put(folder.resolve(name).normalize(), byName.get(name)));
        }
        return files;
    }

    /** Each file's blob, by its path as shown: the same blob in two revisions is the same text, read once. */
    Map<Path, ObjectId> blobs() {
        return java.util.Collections.unmodifiableMap(blobs);
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<Path> list() {
        return List.copyOf(blobs.keySet());
    }

    // One ObjectReader is not safe across threads, and the loader reads files in parallel.
    @Override
    public synchronized long size(Path file) throws IOException {
        return reader.getObjectSize(blob(file), Constants.OBJ_BLOB);
    }

    @Override
    public synchronized byte[] read(Path file) throws IOException {
        return reader.open(blob(file)).getBytes();
    }

    private ObjectId blob(Path file) throws IOException {
        ObjectId id = blobs.get(file.normalize());
        if (id == null) {
            throw new NoSuchFileException(file.toString());
        }
        return id;
    }
}
