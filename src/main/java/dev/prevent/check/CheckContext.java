package dev.prevent.check;

import dev.prevent.load.LoadResult;
import dev.prevent.model.Plan;
import java.time.LocalDate;

/** What a rule may look at: the plan, the as-of date, and (through the load) the text of its files. */
record CheckContext(Plan plan, LocalDate asOf, LoadResult loaded) {
}
