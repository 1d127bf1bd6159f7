package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import java.util.function.Consumer;

/**
 * An action with no timescale can never be overdue. One whose timescale was written but could not
 * be read already has its error, so it is not warned about twice.
 */
final class MissingTimescale implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        context.plan().actions()
                .filter(a -> a.timescale() == null && !a.source().has("timescale"))
                .forEach(a -> report.accept(new Diagnostic(Rule.MISSING_TIMESCALE, a.source().at(), "action " + a.id()
                        + " has no timescale, so it can never be overdue; give one such as 2015/16, Q3 2015/16, "
                        + "2016-03-31 or ongoing")));
    }
}
