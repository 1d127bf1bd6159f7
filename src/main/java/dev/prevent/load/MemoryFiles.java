package dev.prevent.load;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A plan folder held in memory: one that is about to be written (a new year's plan), checked before it is. */
public final class MemoryFiles implements PlanFiles {

    private final Path folder;
    private final Map<Path, byte[]> files = new TreeMap<>();

    /** @param files the file names in the folder and their bytes */
    public MemoryFiles(Path folder, Map<String, byte[]> files) {
        this.folder = folder;
        files.forEach((name, bytes) -> this.files.put(folder.resolve(name).normalize(), bytes.clone()));
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<Path> list() {
        return List.copyOf(files.keySet());
    }

    @Override
    public long size(Path file) throws IOException {
        return read(file).length;
    }

    @Override
    public byte[] read(Path file) throws IOException {
        byte[] bytes = files.get(file.normalize());
        if (bytes == null) {
            throw new NoSuchFileException(file.toString());
        }
        return bytes.clone();
    }
}
