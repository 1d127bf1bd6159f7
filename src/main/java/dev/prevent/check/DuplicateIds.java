package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.Objective;
import dev.prevent.model.Rule;
import dev.prevent.model.SourcePosition;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Objective ids are unique in the plan, action ids across the whole plan; both places are named. */
final class DuplicateIds implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Map<String, SourcePosition> objectives = new HashMap<>();
        for (Objective objective : context.plan().objectives()) {
            seen(objectives, objective.id(), objective.source().of("id"), "objective", report);
        }
        Map<String, SourcePosition> actions = new HashMap<>();
        context.plan().actions().forEach(a -> seen(actions, a.id(), a.source().of("id"), "action", report));
    }

    private static void seen(Map<String, SourcePosition> ids, String id, SourcePosition at, String kind,
            Consumer<Diagnostic> report) {
        if (id == null || id.isEmpty()) {
            return;
        }
        SourcePosition first = ids.putIfAbsent(id, at);
        if (first != null) {
            report.accept(new Diagnostic(Rule.DUPLICATE_ID, at, kind + " id '" + id + "' is used twice: here and at "
                    + first + "; give each " + kind + " its own id"));
        }
    }
}
