package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.Rule;
import dev.prevent.model.Timescale;
import java.util.function.Consumer;

/**
 * An action with no timescale can never be overdue. One whose timescale was written but could not
 * be read already has its error, so it is not warned about twice; a closed one has nothing left to fall due.
 */
final class MissingTimescale implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        // The examples are the plan's own year, so that they can be copied as they stand.
        String period = context.plan().period() == null ? "2026/27" : context.plan().period();
        String examples = period + ", Q3 " + period + ", a day such as " + lastDay(period) + ", ongoing, or a recurring word "
                + "such as Quarterly or Termly";
        context.plan().actions()
                .filter(a -> a.timescale() == null && !a.source().has("timescale"))
                // A closed action has nothing left to fall due: it needs no timescale.
                .filter(a -> a.status() == null || context.plan().status(a.status()).map(s -> !s.closed()).orElse(true))
                .forEach(a -> report.accept(new Diagnostic(Rule.MISSING_TIMESCALE, a.source().at(), "action " + a.id()
                        + " has no timescale, so it can never be overdue; give one such as " + examples)));
    }

    /** The financial year's last day, 31 March of its second year; a period of another shape gives a day of its own. */
    private static String lastDay(String period) {
        try {
            return Timescale.parse(period).due().toString();
        } catch (Timescale.InvalidTimescale e) {
            return "2027-03-31";
        }
    }
}
