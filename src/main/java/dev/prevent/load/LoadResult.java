package dev.prevent.load;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A plan as far as it could be read and what was wrong with its files. {@code plan} is partial when
 * there are errors. The files' text is not kept (a national plan's would fill the heap): a rule that
 * needs to point inside a value reads a file's text again with {@link #text(Path)}.
 */
public record LoadResult(Plan plan, List<Diagnostic> diagnostics, PlanFiles source, int files) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A file's text as it was read (byte-order mark dropped), or empty when it is not readable text. */
    public Optional<SourceText> text(Path file) {
        return YamlFile.text(source, file).map(SourceText::of);
    }
}
