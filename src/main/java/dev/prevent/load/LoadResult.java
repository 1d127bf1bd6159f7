package dev.prevent.load;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A plan as far as it could be read, what was wrong with its files, and their text
 * (for rules that point inside a value). {@code plan} is partial when there are errors.
 */
public record LoadResult(Plan plan, List<Diagnostic> diagnostics, Map<Path, SourceText> sources) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        sources = Map.copyOf(sources);
    }

    public int files() {
        return sources.size();
    }
}
