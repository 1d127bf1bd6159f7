package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results. */
final class SarifDiagnostics implements DiagnosticWriter {

    /** A relative path as a URI reference, percent-encoded by the JDK: spaces, '#' and '%' are legal in file names. */
    static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(Validation v, boolean strict, PrintWriter out) {
        List<Map<String, Object>> rules = Arrays.stream(Rule.values())
                .map(r -> Map.<String, Object>of("id", r.id(),
                        "shortDescription", Map.of("text", r.id()),
                        "defaultConfiguration", Map.of("level", level(r))))
                .toList();
        List<Map<String, Object>> results = v.diagnostics().stream().map(SarifDiagnostics::result).toList();
        Map<String, Object> driver = Map.of("name", "prevent", "rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        JsonDiagnostics.print(log, out);
    }

    private static Map<String, Object> result(Diagnostic d) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("artifactLocation", Map.of("uri", uri(d.at().file().toString().replace('\\', '/'))));
        if (d.at().hasLine()) {
            location.put("region", Map.of("startLine", d.at().line(), "startColumn", d.at().column()));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", d.rule().id());
        result.put("level", level(d.rule()));
        result.put("message", Map.of("text", d.message()));
        result.put("locations", List.of(Map.of("physicalLocation", location)));
        return result;
    }

    private static String level(Rule rule) {
        return rule.severity().word();
    }
}
