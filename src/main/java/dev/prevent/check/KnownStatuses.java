package dev.prevent.check;

import dev.prevent.model.DidYouMean;
import dev.prevent.model.Diagnostic;
import dev.prevent.model.Plan;
import dev.prevent.model.Rule;
import dev.prevent.model.SourcePosition;
import dev.prevent.model.Status;
import dev.prevent.model.Update;
import java.util.List;
import java.util.function.Consumer;

/** Every status, of an action or an update, is a key of the plan's own scale; unassessed actions are a warning. */
final class KnownStatuses implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Plan plan = context.plan();
        List<String> keys = plan.statuses().stream().map(Status::key).toList();
        plan.actions().forEach(action -> {
            if (action.status() == null || action.status().isEmpty()) {
                report.accept(new Diagnostic(Rule.MISSING_STATUS, action.source().at(), "action " + action.id()
                        + " has not been assessed; give it a status (" + String.join(", ", keys) + ")"));
            } else {
                known(plan, keys, action.status(), action.source().of("status"), "action " + action.id(), report);
            }
            for (Update update : action.updates()) {
                if (update.status() != null && !update.status().isEmpty()) {
                    known(plan, keys, update.status(), update.source().of("status"),
                            "an update of action " + action.id(), report);
                }
            }
        });
    }

    private static void known(Plan plan, List<String> keys, String status, SourcePosition at, String what,
            Consumer<Diagnostic> report) {
        if (!keys.isEmpty() && plan.status(status).isEmpty()) {
            report.accept(new Diagnostic(Rule.UNKNOWN_STATUS, at, "status '" + status + "' of " + what
                    + " is not on the plan's scale" + DidYouMean.suggestion(status, keys) + "; the statuses are "
                    + String.join(", ", keys)));
        }
    }
}
