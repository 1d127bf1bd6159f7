package dev.prevent.check;

import dev.prevent.load.SourceText;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import dev.prevent.model.SourceMap;
import dev.prevent.model.SourceRange;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Text left from a draft ({@code xxx}, {@code TBC}, {@code TBA}, {@code TODO}, {@code Insert details}),
 * pointed at exactly: the value's text is searched as it stands in the file, so the line is the
 * placeholder's own even inside a long block of notes. Comments are not plan text and are not searched.
 */
final class Placeholders implements PlanRule {

    static final Pattern PLACEHOLDER = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(x{3,}|tbc|tba|todo|insert details)(?![\\p{L}\\p{N}])");

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        var plan = context.plan();
        scan(context, plan.source(), "plan.yaml", report);
        plan.objectives().forEach(o -> {
            scan(context, o.source(), "objective " + o.id(), report);
            o.actions().forEach(a -> {
                scan(context, a.source(), "action " + a.id(), report);
                a.updates().forEach(u -> scan(context, u.source(), "an update of action " + a.id(), report));
            });
        });
    }

    private static void scan(CheckContext context, SourceMap source, String what, Consumer<Diagnostic> report) {
        SourceText text = context.sources().get(source.file());
        if (text == null) {
            return;
        }
        for (Map.Entry<String, SourceRange> value : new TreeMap<>(source.values()).entrySet()) {
            int from = text.offset(value.getValue().start());
            int to = Math.max(from, text.offset(value.getValue().end()));
            Matcher m = PLACEHOLDER.matcher(text.text()).region(from, to);
            while (m.find()) {
                report.accept(new Diagnostic(Rule.PLACEHOLDER, text.position(source.file(), m.start()), "'" + m.group()
                        + "' in the " + field(value.getKey()) + " of " + what
                        + " looks like a placeholder left from a draft; write the real text"));
            }
        }
    }

    private static String field(String key) {
        return Stream.of(key.replaceAll("\\[\\d+]$", "").split("_")).reduce((a, b) -> a + " " + b).orElse(key);
    }
}
