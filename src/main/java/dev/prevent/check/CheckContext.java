package dev.prevent.check;

import dev.prevent.load.SourceText;
import dev.prevent.model.Plan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** What a rule may look at: the plan, the as-of date, and the text of its files. */
record CheckContext(Plan plan, LocalDate asOf, Map<Path, SourceText> sources) {
}
