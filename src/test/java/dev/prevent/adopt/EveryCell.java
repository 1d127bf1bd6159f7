package dev.prevent.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prevent.model.Action;
import dev.prevent.model.Agency;
import dev.prevent.model.Plan;
import dev.prevent.model.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The check that an import lost nothing: every non-empty cell of the source's tables is in the plan, in a field
 * or in the notes. Text columns must be found word for word; a column read into a value (a time, a status, a lead)
 * must have given its action that value or be in its notes; a heading row across the table must be in an
 * objective's name and aim, or a theme.
 */
final class EveryCell {

    private EveryCell() {
    }

    static void inThePlan(List<Grid> grids, Plan plan) {
        String all = normal(String.join("\n", plan.objectives().stream().flatMap(o -> Stream.concat(Stream.of(o.name(), o.aim()),
                o.actions().stream().map(a -> text(plan, a)))).toList()));
        List<String> missing = new ArrayList<>();
        for (Grid grid : grids) {
            List<Optional<SheetHeading>> columns = null;
            for (Grid.Row row : grid.rows()) {
                if (row.isEmpty()) {
                    continue;
                }
                if (columns == null && !row.across() && row.cells().stream()
                        .anyMatch(c -> SheetHeading.of(c.text()).filter(h -> h == SheetHeading.ACTION).isPresent())) {
                    columns = row.cells().stream().map(c -> SheetHeading.of(c.text())).toList();
                    continue;
                }
                if (columns == null || row.across()) {
                    // A title above the headings, an objective's or a theme's row: each word is in the plan.
                    // The heading's own word and number ("Objective 1:") are layout: the id says them.
                    for (String word : normal(SectionHeading.themeOf(row.firstText())).split("[^\\p{L}\\p{N}'’]+")) {
                        if (!word.isEmpty() && !all.contains(word)) {
                            missing.add(row.where() + ": '" + word + "' of '" + row.firstText() + "'");
                        }
                    }
                    continue;
                }
                Action action = actionOf(plan, row, columns);
                if (action == null) {
                    missing.add(row.where() + ": no action holds its text");
                    continue;
                }
                String own = normal(text(plan, action));
                for (int i = 0; i < row.cells().size(); i++) {
                    String cell = row.text(i);
                    if (cell.isBlank() || row.cells().get(i).fromAbove()) {
                        continue;
                    }
                    SheetHeading column = i < columns.size() ? columns.get(i).orElse(null) : null;
                    String notes = normal(action.notes() == null ? "" : action.notes());
                    boolean kept = switch (column == null ? SheetHeading.COMMENTS : column) {
                        // A time, or a status written in the time column ("Complete"), read as the action's status.
                        case TIMESCALE -> action.timescale() != null || notes.contains(normal(cell)) || own.contains(normal(cell));
                        // A status, or words that are no status: the log's note then, as a progress column's text is.
                        case PROGRESS -> action.status() != null || notes.contains(normal(cell)) || own.contains(normal(cell));
                        case LEAD, OWNER -> Stream.of(normal(cell).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 2)
                                .filter(w -> !w.equals("and")).allMatch(own::contains);
                        case REF -> action.id().equals(cell.strip());
                        default -> cell.lines().map(EveryCell::normal).filter(l -> !l.isEmpty()).allMatch(own::contains);
                    };
                    if (!kept) {
                        missing.add(row.where() + " column " + (i + 1) + ": '" + cell + "' (action " + action.id() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("cells of the source that are not in the plan").isEmpty();
    }

    /** The action whose text holds the row's action cell (its number, if it began with one, being the id). */
    private static Action actionOf(Plan plan, Grid.Row row, List<Optional<SheetHeading>> columns) {
        int at = columns.indexOf(Optional.of(SheetHeading.ACTION));
        String first = normal(row.text(at).lines().findFirst().orElse(""));
        return plan.actions().filter(a -> normal(a.id() + " " + a.action()).contains(first)).findFirst().orElse(null);
    }

    /** Everything an action says, with its agencies' names and its objective's. */
    private static String text(Plan plan, Action a) {
        List<String> parts = new ArrayList<>(List.of(a.id() + " " + a.action()));
        Stream.of(a.title(), a.theme(), a.owner(), a.notes(), a.status(), a.timescale() == null ? null : a.timescale().written())
                .filter(t -> t != null).forEach(parts::add);
        a.lead().forEach(code -> {
            parts.add(code);
            plan.agency(code).map(Agency::name).ifPresent(parts::add);
        });
        parts.addAll(a.successCriteria());
        parts.addAll(a.resources());
        parts.addAll(a.evidence());
        parts.addAll(a.duties());
        a.updates().stream().map(Update::note).filter(n -> n != null).forEach(parts::add);
        return String.join("\n", parts);
    }

    static String normal(String text) {
        return text.replace("*", "").replaceAll("(?m)^\\s*[-•]\\s+", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
