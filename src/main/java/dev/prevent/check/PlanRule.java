package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import java.util.function.Consumer;

/** One check over a loaded plan, reporting what it finds. */
interface PlanRule {
    void check(CheckContext context, Consumer<Diagnostic> report);
}
