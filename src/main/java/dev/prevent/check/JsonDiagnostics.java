package dev.prevent.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.prevent.model.Diagnostic;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code {"valid", "errors", "warnings", "diagnostics": [...]}} for scripts. */
final class JsonDiagnostics implements DiagnosticWriter {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Item(String file, int line, int column, String severity, String rule, String message) {
    }

    record Document(boolean valid, long errors, long warnings, List<Item> diagnostics) {
    }

    @Override
    public void write(Validation v, boolean strict, PrintWriter out) {
        List<Item> items = v.diagnostics().stream().map(JsonDiagnostics::item).toList();
        print(new Document(v.passes(strict), v.errors(), v.warnings(), items), out);
    }

    static Item item(Diagnostic d) {
        return new Item(d.at().file().toString(), d.at().line(), d.at().column(), d.severity().word(), d.rule().id(),
                d.message());
    }

    static void print(Object document, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
