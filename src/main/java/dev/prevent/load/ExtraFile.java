package dev.prevent.load;

import dev.prevent.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A plan's files with one more that is not written yet, to check a file before it is written. */
public final class ExtraFile implements PlanFiles {

    private final PlanFiles files;
    private final Path extra;
    private final byte[] bytes;

    public ExtraFile(PlanFiles files, Path extra, byte[] bytes) {
        this.files = files;
        this.extra = extra.normalize();
        this.bytes = bytes.clone();
    }

    @Override
    public Path folder() {
        return files.folder();
    }

    @Override
    public List<Path> list() {
        List<Path> all = new ArrayList<>(files.list());
        all.remove(extra);
        all.add(extra);
        return all.stream().sorted().toList();
    }

    @Override
    public List<Diagnostic> refused() {
        return files.refused();
    }

    @Override
    public long size(Path file) throws IOException {
        return file.equals(extra) ? bytes.length : files.size(file);
    }

    @Override
    public byte[] read(Path file) throws IOException {
        return file.equals(extra) ? bytes.clone() : files.read(file);
    }
}
