package dev.prevent.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostics in the order an editor walks a file, and a range that covers nothing. */
class DiagnosticOrderTest {

    static Diagnostic at(String file, int line, int column) {
        return new Diagnostic(Rule.UNKNOWN_LEAD, new SourcePosition(Path.of(file), line, column), line + ":" + column);
    }

    @Test
    void byFileThenLineThenColumn() {
        List<Diagnostic> found = new ArrayList<>(List.of(at("b.yaml", 1, 1), at("a.yaml", 10, 2), at("a.yaml", 3, 9),
                at("a.yaml", 10, 1)));

        found.sort(Diagnostic.BY_POSITION);

        assertThat(found).extracting(d -> d.at().file() + " " + d.message())
                .containsExactly("a.yaml 3:9", "a.yaml 10:1", "a.yaml 10:2", "b.yaml 1:1");
    }

    @Test
    void aRangeIsEmptyOnlyWhereItStartsAndEndsAtOnePlace() {
        Path file = Path.of("a.yaml");

        assertThat(new SourceRange(new SourcePosition(file, 2, 5), new SourcePosition(file, 2, 5)).isEmpty()).isTrue();
        assertThat(new SourceRange(new SourcePosition(file, 2, 5), new SourcePosition(file, 2, 9)).isEmpty()).isFalse();
        assertThat(new SourceRange(new SourcePosition(file, 2, 5), new SourcePosition(file, 3, 5)).isEmpty()).isFalse();
    }
}
