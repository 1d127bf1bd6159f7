package dev.prevent.adopt;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Plan files written by the tool: block style, multi-line text as literal blocks, keys in the
 * format's order, and the schema modeline on the first line for editors. Quoting is the YAML
 * library's, so whatever text a cell holds reads back exactly.
 */
final class PlanYaml {

    private static final Dump DUMP = new Dump(DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(120)
            .setSplitLines(false)
            // Quote whatever the loader would not read back as the same text: ~, null, true, 1.10...
            .setSchema(new CoreSchema())
            .build());

    private PlanYaml() {
    }

    /**
     * A file's text: the modeline pointing at the schema in {@code schemaPath} (none when null: a modeline must
     * point at a file that exists), a comment, then the mapping.
     */
    static String file(PlanSchema kind, String schemaPath, String comment, Map<String, Object> content) {
        StringBuilder text = new StringBuilder(schemaPath == null ? ""
                : "# yaml-language-server: $schema=" + schemaPath + kind.fileName() + "\n");
        for (String line : comment.split("\n")) {
            text.append("# ").append(line).append('\n');
        }
        return text.append(DUMP.dumpToString(content)).toString();
    }
}
