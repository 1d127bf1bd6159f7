package dev.prevent.check;

import dev.prevent.model.Diagnostic;
import dev.prevent.model.DidYouMean;
import dev.prevent.model.Duty;
import dev.prevent.model.Plan;
import dev.prevent.model.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The duty areas actions name are areas plan.yaml declares ({@code unknown-duty}), and every declared area is
 * served by some action ({@code uncovered-duty}); a plan that declares no areas is not checked for either.
 */
final class KnownDuties implements PlanRule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Plan plan = context.plan();
        List<String> keys = plan.duties().stream().map(Duty::key).toList();
        Set<String> served = new HashSet<>();
        plan.actions().forEach(action -> {
            for (int i = 0; i < action.duties().size(); i++) {
                String key = action.duties().get(i);
                var duty = plan.duty(key);
                if (duty.isPresent()) {
                    served.add(duty.get().key());
                } else if (!key.isEmpty()) {
                    report.accept(new Diagnostic(Rule.UNKNOWN_DUTY, action.source().of("duties[" + i + "]"), "duty area '" + key
                            + "' of action " + action.id() + " is not declared in plan.yaml's duties"
                            + DidYouMean.suggestion(key, keys) + (keys.isEmpty() ? "; declare the areas the plan must cover "
                            + "under 'duties:' in plan.yaml" : "; the areas are " + String.join(", ", keys))));
                }
            }
        });
        for (Duty duty : plan.duties()) {
            if (!served.contains(duty.key())) {
                report.accept(new Diagnostic(Rule.UNCOVERED_DUTY, plan.source().of("duties." + duty.key()), "no action serves "
                        + "the duty area '" + duty.key() + "' (" + duty.name() + "); add one, or name this area in the "
                        + "'duties' of an action that serves it"));
            }
        }
    }
}
