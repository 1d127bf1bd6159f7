package dev.prevent.adopt;

import dev.prevent.exit.UserError;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a table's columns are read: the columns the user named ({@code import --column "Strategic intent=action"}),
 * then {@link SheetHeading}'s words. Remembers which named headings were found, so that a misspelt one is said,
 * not silently ignored.
 */
final class Columns {

    static final Columns NONE = new Columns(Map.of());

    /** The named columns by their heading's key ({@link SheetHeading#key}), with the heading as typed. */
    private final Map<String, SheetHeading> byKey = new LinkedHashMap<>();
    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Set<String> found = new HashSet<>();

    private Columns(Map<String, SheetHeading> named) {
        named.forEach((heading, field) -> {
            byKey.put(SheetHeading.key(heading), field);
            typed.put(SheetHeading.key(heading), heading);
        });
    }

    /**
     * The columns named on the command line, each {@code HEADING=FIELD}.
     *
     * @throws UserError (exit 2) naming the fields when one is not a field of an action
     */
    static Columns of(Map<String, String> named) {
        Map<String, SheetHeading> read = new LinkedHashMap<>();
        named.forEach((heading, field) -> {
            if (heading.isBlank()) {
                throw new UserError("--column \"" + heading + "=" + field + "\" names no heading; write the column's heading, "
                        + "then =, then the field, as in --column \"Strategic intent=action\"");
            }
            SheetHeading meant = SheetHeading.ofField(field).orElseThrow(() -> new UserError("--column \"" + heading + "="
                    + field + "\": '" + field + "' is not a field of an action; the fields are "
                    + String.join(", ", SheetHeading.fields())));
            read.put(heading.strip(), meant);
        });
        return new Columns(read);
    }

    /** The column a heading is read as. */
    Optional<SheetHeading> heading(String text) {
        String key = SheetHeading.key(SectionHeading.plain(text));
        SheetHeading named = byKey.get(key);
        if (named != null) {
            found.add(key);
            return Optional.of(named);
        }
        return SheetHeading.of(text);
    }

    /** The headings named on the command line that no table has, as typed. */
    List<String> notFound() {
        return typed.entrySet().stream().filter(e -> !found.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }
}
